#include "extract/tokens.hpp"

#include <bit>
#include <cstring>

namespace kg::extract {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
// Bytes of non-ASCII characters count as letters: names in Cyrillic, accents.
bool is_word_char(char c) {
    return is_digit(c) || is_upper(c) || is_lower(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Is the non-ASCII character at s[0..] an upper-case letter? (Latin-1, Latin Extended-A,
// Greek and Cyrillic capitals.)
bool non_ascii_upper(std::string_view s) {
    if (s.size() < 2) return false;
    unsigned char b0 = static_cast<unsigned char>(s[0]), b1 = static_cast<unsigned char>(s[1]);
    char32_t cp = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
    if ((b0 >> 5) != 0x6) return false;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
    if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
    if (cp >= 0x391 && cp <= 0x3A9) return true;
    if (cp >= 0x400 && cp <= 0x42F) return true;
    return false;
}

// `inner_hyphen`: the tokenizer saw a hyphen inside the word while cutting it.
std::uint16_t word_shape(std::string_view w, bool inner_hyphen) {
    std::uint16_t s = inner_hyphen ? shape::kHyphen : 0;
    char c = w[0];
    if (is_digit(c)) return shape::kDigit;
    if (is_upper(c) || (static_cast<unsigned char>(c) >= 0x80 && non_ascii_upper(w))) s |= shape::kCap;
    else if (is_lower(c) || static_cast<unsigned char>(c) >= 0x80) s |= shape::kLower;
    // All capitals: two or more capital letters and no small one (the scan stops at the
    // first small letter, so most words are decided by their first two letters).
    if (is_lower(c)) return s;
    int upper = 0;
    for (char d : w) {
        if (is_lower(d)) return s;
        if (is_upper(d)) ++upper;
    }
    if (upper >= 2) s |= shape::kAllCaps;
    return s;
}

}  // namespace

TokenScratch::TokenScratch() : cache_(kCacheEntries) {}

namespace {

// Like lookup(), among the special words only.
const LexRecord* lookup_special(std::string_view lower, const Lexicon& lexicon) {
    const LexRecord* r = lexicon.find_special(lower);
    if (!r && lower.size() > 1 && lower.back() == '.') r = lexicon.find_special(lower.substr(0, lower.size() - 1));
    return r;
}

}  // namespace

namespace {

// ASCII capitals of eight bytes at once to lower case; other bytes (digits, punctuation,
// UTF-8 sequences, the zero padding) are left as they are.
std::uint64_t lower_ascii_word(std::uint64_t x) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    std::uint64_t low7 = x & ~kHigh;
    std::uint64_t above_z = low7 + kOnes * (0x7F - 'Z');     // high bit: byte > 'Z'
    std::uint64_t from_a = low7 + kOnes * (0x80 - 'A');      // high bit: byte >= 'A'
    std::uint64_t upper = (from_a & ~above_z) & ~x & kHigh;  // and an ASCII byte
    return x | (upper >> 2);                                 // 0x80 >> 2 = 0x20
}

}  // namespace

const LexRecord* TokenScratch::lookup(std::string_view word, const Lexicon& lexicon, bool capitalised,
                                     std::uint32_t* flags, std::size_t readable) {
    if (word.size() > sizeof(Entry::key) || word.empty()) {
        std::string_view lower = to_lower_ascii(word, lower_);
        const LexRecord* r = capitalised ? extract::lookup(word, lexicon, lower_) : lookup_special(lower, lexicon);
        if (flags) *flags = r ? r->flags : 0;
        return r;
    }
    std::uint64_t key[2] = {0, 0};
    if (std::endian::native == std::endian::little && readable >= sizeof key) {
        // Two whole words, the bytes after the word masked off: no byte-wise copy, whose
        // stores the loads below would have to wait for.
        std::memcpy(key, word.data(), sizeof key);
        std::size_t n = word.size();
        if (n < 8) {
            key[0] &= (std::uint64_t{1} << (8 * n)) - 1;
            key[1] = 0;
        } else if (n < 16) {
            key[1] &= (std::uint64_t{1} << (8 * (n - 8))) - 1;
        }
    } else {
        std::memcpy(key, word.data(), word.size());
    }
    key[0] = lower_ascii_word(key[0]);
    key[1] = lower_ascii_word(key[1]);
    std::uint32_t size = static_cast<std::uint32_t>(word.size()) | (capitalised ? 0x80u : 0u);
    // Multiplicative hashing; the top bits index the cache.
    std::uint64_t h = (key[0] * 0x9E3779B97F4A7C15ull) ^ ((key[1] + size) * 0xC2B2AE3D27D4EB4Full);
    Entry& e = cache_[(h ^ (h >> 29)) >> (64 - 13)];
    static_assert(kCacheEntries == 1u << 13);
    if (e.size != size || e.key[0] != key[0] || e.key[1] != key[1]) {
        e.key[0] = key[0];
        e.key[1] = key[1];
        e.size = size;
        std::string_view lower(reinterpret_cast<const char*>(key), word.size());
        e.record = capitalised ? extract::lookup(lower, lexicon, lower_) : lookup_special(lower, lexicon);
        e.flags = e.record ? e.record->flags : 0;
    }
    if (flags) *flags = e.flags;
    return e.record;
}

const LexRecord* lookup(std::string_view word, const Lexicon& lexicon, std::string& scratch) {
    std::string_view lower = to_lower_ascii(word, scratch);
    const LexRecord* r = lexicon.find(lower);
    if (!r && lower.size() > 1 && lower.back() == '.') r = lexicon.find(lower.substr(0, lower.size() - 1));
    return r;
}

void tokenize(std::string_view text, Sentence& sentence, const Lexicon& lexicon,
              std::vector<Token>& out, TokenScratch& cache) {
    sentence.first_token = static_cast<std::uint32_t>(out.size());
    auto push = [&](std::size_t b, std::size_t e, std::uint16_t shp) {
        Token t;
        t.begin = static_cast<std::uint32_t>(b);
        t.end = static_cast<std::uint32_t>(e);
        t.shape = shp;
        // Numbers are in no word list: no lookup.
        if ((!(shp & shape::kPunct) || (shp & shape::kPossessive)) && !(shp & shape::kDigit)) {
            t.lex = cache.lookup(text.substr(b, e - b), lexicon, !(shp & shape::kLower), &t.lex_flags,
                                 text.size() - b);
        }
        out.push_back(t);
    };
    std::size_t i = sentence.begin, end = sentence.end;
    while (i < end) {
        char c = text[i];
        if (c == ' ' || c == '\n') {
            ++i;
            continue;
        }
        if (!is_word_char(c)) {
            if (c == '-' && i + 1 < end && text[i + 1] == '-') {
                std::size_t j = i;
                while (j < end && text[j] == '-') ++j;
                push(i, j, shape::kPunct | shape::kDash);
                i = j;
                continue;
            }
            if (c == '\'' && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') &&
                (i + 2 >= end || !is_word_char(text[i + 2])) && i > sentence.begin &&
                is_word_char(text[i - 1])) {
                push(i, i + 2, shape::kPunct | shape::kPossessive);
                i += 2;
                continue;
            }
            if (c == '\'' && i > sentence.begin && text[i - 1] == 's' &&
                (i + 1 >= end || !is_word_char(text[i + 1]))) {
                push(i, i + 1, shape::kPunct | shape::kPossessive);  // "Jennings' claims"
                ++i;
                continue;
            }
            std::size_t j = i + 1;
            if (c == '.') while (j < end && text[j] == '.') ++j;  // "..."
            // '"', and the treebank's opening quote "`` " (often spaced: "` ` With Lund ...").
            push(i, j, shape::kPunct | (c == '"' || c == '`' ? shape::kQuote : 0));
            i = j;
            continue;
        }
        // A word: letters and digits, with inner hyphens, apostrophes, dots ("U.S."),
        // digit separators ("155,221", "5.93") and "&" between letters ("AT&T").
        // The scan notes the hyphens and dots it takes in, so the word is not searched again.
        std::size_t j = i, first_hyphen = std::string_view::npos;
        bool hyphens = false, dots = false;
        while (j < end) {
            char d = text[j];
            if (is_word_char(d)) {
                ++j;
                continue;
            }
            bool next_word = j + 1 < end && is_word_char(text[j + 1]);
            if ((d == '-' || d == '&' || d == '/') && next_word && j > i) {
                if (d == '-') {
                    if (!hyphens) first_hyphen = j - i;
                    else first_hyphen = std::string_view::npos - 1;  // two or more: never split
                    hyphens = true;
                }
                ++j;
                continue;
            }
            if (d == '\'' && next_word && !(text[j + 1] == 's' && (j + 2 >= end || !is_word_char(text[j + 2])))) {
                ++j;
                continue;
            }
            if ((d == '.' || d == ',') && next_word && is_digit(text[j - 1]) && is_digit(text[j + 1])) {
                dots = dots || d == '.';
                ++j;
                continue;
            }
            if (d == '.' && next_word && j - i <= 2 && (is_upper(text[j + 1]) || is_lower(text[j + 1])) &&
                (j + 2 >= end || text[j + 2] == '.')) {
                dots = true;
                ++j;  // "U.S", "a.m"
                continue;
            }
            break;
        }
        // Keep the full stop of an abbreviation or initial ("U.S.", "Mr.", "J.").
        if (j < end && text[j] == '.') {
            std::string_view w = text.substr(i, j - i);
            bool keep = (w.size() == 1 && is_upper(w[0])) || dots;
            if (!keep && j + 1 < end) {
                // The word never ends in a full stop here, so its capitalised lookup is the
                // lexicon's record for it (and is cached).
                std::uint32_t flags = 0;
                cache.lookup(w, lexicon, true, &flags, text.size() - i);
                keep = (flags & lx::kAbbrev) != 0;
            }
            if (keep) ++j;
        }
        std::string_view w = text.substr(i, j - i);
        // "then-Senator", "ex-President": split the lower-case prefix off (one hyphen only).
        std::size_t hy = first_hyphen;
        if (hy < w.size() && hy > 0 && is_lower(w[0]) && hy + 1 < w.size() && is_upper(w[hy + 1])) {
            push(i, i + hy + 1, shape::kLower | shape::kPrefix);
            push(i + hy + 1, j, word_shape(w.substr(hy + 1), false));  // its only hyphen is cut off
        } else {
            push(i, j, word_shape(w, hyphens));
        }
        i = j;
    }
    sentence.last_token = static_cast<std::uint32_t>(out.size());
    if (sentence.last_token > sentence.first_token) {
        // The first word (after opening quotes) starts the sentence.
        for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
            if (out[t].is(shape::kQuote) || text[out[t].begin] == '(') continue;
            out[t].shape |= shape::kSentenceStart;
            break;
        }
    }
}

}  // namespace kg::extract
