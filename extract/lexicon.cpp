#include "extract/lexicon.hpp"

namespace kg::extract {

namespace {

std::uint32_t hash_word(std::string_view s) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    return h | 1u;  // never 0
}

}  // namespace

Lexicon::Lexicon() {
    std::size_t size = 1;
    while (size < kLexRecordCount * 2) size <<= 1;
    slots_.resize(size);
    mask_ = size - 1;
    for (std::size_t i = 0; i < kLexRecordCount; ++i) {
        std::uint32_t h = hash_word(kLexRecords[i].key);
        std::size_t p = h & mask_;
        while (slots_[p].record) p = (p + 1) & mask_;
        slots_[p] = {h, static_cast<std::uint32_t>(i + 1)};
    }
}

const LexRecord* Lexicon::find(std::string_view lower) const {
    std::uint32_t h = hash_word(lower);
    for (std::size_t p = h & mask_;; p = (p + 1) & mask_) {
        const Slot& s = slots_[p];
        if (!s.record) return nullptr;
        if (s.hash == h && kLexRecords[s.record - 1].key == lower) return &kLexRecords[s.record - 1];
    }
}

std::string_view to_lower_ascii(std::string_view s, std::string& out) {
    out.assign(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

}  // namespace kg::extract
