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
    std::vector<std::uint32_t> special, common;
    for (std::uint32_t i = 0; i < kLexRecordCount; ++i)
        (kLexRecords[i].flags == lx::kCommon ? common : special).push_back(i);
    special_.build(special);
    common_.build(common);
}

void Lexicon::Table::build(const std::vector<std::uint32_t>& records) {
    std::size_t size = 2;
    while (size < records.size() * 2) size <<= 1;
    slots.assign(size, Slot{});
    mask = size - 1;
    for (std::uint32_t i : records) {
        std::uint32_t h = hash_word(kLexRecords[i].key);
        std::size_t p = h & mask;
        while (slots[p].record) p = (p + 1) & mask;
        slots[p] = {h, i + 1};
    }
}

const LexRecord* Lexicon::Table::find(std::string_view lower, std::uint32_t h) const {
    for (std::size_t p = h & mask;; p = (p + 1) & mask) {
        const Slot& s = slots[p];
        if (!s.record) return nullptr;
        if (s.hash == h && kLexRecords[s.record - 1].key == lower) return &kLexRecords[s.record - 1];
    }
}

const LexRecord* Lexicon::find(std::string_view lower) const {
    std::uint32_t h = hash_word(lower);
    const LexRecord* r = special_.find(lower, h);
    return r ? r : common_.find(lower, h);
}

const LexRecord* Lexicon::find_special(std::string_view lower) const {
    return special_.find(lower, hash_word(lower));
}

std::string_view to_lower_ascii(std::string_view s, std::string& out) {
    out.assign(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

}  // namespace kg::extract
