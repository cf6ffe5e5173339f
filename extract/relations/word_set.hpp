// Internal to the relation patterns: a fixed set of lower-case words matched against a
// token's text in any case, with no copy. The patterns ask it about every token, so most
// tokens are turned down by their length and first letter alone.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kg::extract::relation_rules {

template <std::size_t N>
class WordSet {
   public:
    // Words of 1 to 31 lower-case ASCII letters (checked when the set is built).
    constexpr explicit WordSet(std::array<std::string_view, N> words) : words_(words) {
        for (std::string_view w : words_) {
            if (w.empty() || w.size() >= kMaxLength || w[0] < 'a' || w[0] > 'z') throw "WordSet: bad word";
            first_letters_[w.size()] |= 1u << (w[0] - 'a');
        }
    }

    bool contains(std::string_view text) const {
        if (text.empty() || text.size() >= kMaxLength) return false;
        char c = lower(text[0]);
        if (c < 'a' || c > 'z' || !((first_letters_[text.size()] >> (c - 'a')) & 1)) return false;
        for (std::string_view w : words_)
            if (same_lower(text, w)) return true;
        return false;
    }

   private:
    static constexpr std::size_t kMaxLength = 32;
    std::array<std::string_view, N> words_;
    std::array<std::uint32_t, kMaxLength> first_letters_{};  // by length: bit (c - 'a') of a first letter

    static char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
    static bool same_lower(std::string_view text, std::string_view w) {
        if (text.size() != w.size()) return false;
        for (std::size_t k = 0; k < w.size(); ++k)
            if (lower(text[k]) != w[k]) return false;
        return true;
    }
};

}  // namespace kg::extract::relation_rules
