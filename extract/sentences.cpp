#include "extract/sentences.hpp"

#include <cstdint>
#include <cstring>
#include <string>

namespace kg::extract {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }
bool is_space(char c) { return c == ' ' || c == '\n'; }

// The word before position `dot` (exclusive), back to whitespace or an opening bracket/quote.
std::string_view word_before(std::string_view text, std::size_t begin, std::size_t dot) {
    std::size_t b = dot;
    while (b > begin && !is_space(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"') --b;
    return text.substr(b, dot - b);
}

std::string_view word_after(std::string_view text, std::size_t pos, std::size_t end) {
    while (pos < end && (text[pos] == '"' || text[pos] == '(' || text[pos] == '\'' ||
                         text[pos] == '`' || text[pos] == ' '))
        ++pos;
    std::size_t e = pos;
    while (e < end && is_alpha(text[e])) ++e;
    return text.substr(pos, e - pos);
}

// The first '.', '!' or '?' in [i, end), or `end`; plain text is skipped eight bytes at a
// time (this reads every byte of the article).
std::size_t next_stop(std::string_view text, std::size_t i, std::size_t end) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_byte = [&](std::uint64_t v, char b) {
        std::uint64_t y = v ^ (kOnes * static_cast<unsigned char>(b));
        return (y - kOnes) & ~y & kHigh;
    };
    for (; i + 8 <= end; i += 8) {
        std::uint64_t x;
        std::memcpy(&x, text.data() + i, 8);
        if (has_byte(x, '.') | has_byte(x, '!') | has_byte(x, '?')) break;
    }
    for (; i < end; ++i)
        if (text[i] == '.' || text[i] == '!' || text[i] == '?') return i;
    return end;
}

// Does a full stop after `word` not end the sentence?
bool is_abbreviation(std::string_view word, std::string_view next, const Lexicon& lex,
                     std::string& scratch) {
    if (word.empty()) return false;
    if (word.size() == 1 && is_upper(word[0])) return true;  // an initial: "J. Smith"
    std::string_view lower = to_lower_ascii(word, scratch);
    bool inner_dot = word.find('.') != std::string_view::npos;  // "U.S", "a.m"
    if (!inner_dot && !(lex.flags(lower) & lx::kAbbrev)) return false;
    // "... in the U.S. The company said": a sentence-starting function word after it wins.
    std::string lnext;
    to_lower_ascii(next, lnext);
    std::uint32_t nf = lex.flags(lnext);
    bool starter = (nf & (lx::kStop | lx::kPronoun)) != 0 && !next.empty() && is_upper(next[0]);
    if (starter && (inner_dot || lower == "inc" || lower == "corp" || lower == "co" ||
                    lower == "ltd" || lower == "etc"))
        return false;
    return true;
}

void split_paragraph(std::string_view text, std::size_t begin, std::size_t end,
                     const Lexicon& lex, std::vector<Sentence>& out, std::string& scratch) {
    std::size_t start = begin;
    for (std::size_t i = begin; i < end; ++i) {
        i = next_stop(text, i, end);
        if (i >= end) break;
        char c = text[i];
        std::size_t j = i + 1;
        while (j < end && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' ||
                           text[j] == '\'' || text[j] == ')' || text[j] == ']'))
            ++j;
        // A treebank-style closing quote stands apart from its stop: "... it failed. '' Lund said".
        if (j + 2 < end && text[j] == ' ' && text[j + 1] == '\'' && text[j + 2] == '\'') j += 3;
        if (j >= end) break;
        if (!is_space(text[j])) continue;  // "5.93", "U.S.-based"
        std::size_t k = j;
        while (k < end && is_space(text[k])) ++k;
        if (k >= end) break;
        char n = text[k];
        bool opener = n == '"' || n == '(' || n == '\'';
        char first = opener && k + 1 < end ? text[k + 1] : n;
        if (n == '`') {  // a treebank-style opening quote: "consequences. `` The agency ..."
            std::size_t f = k;
            while (f < end && (text[f] == '`' || text[f] == ' ')) ++f;
            first = f < end ? text[f] : n;
        }
        if (!(is_upper(first) || (first >= '0' && first <= '9') ||
              static_cast<unsigned char>(first) >= 0x80))
            continue;
        if (c == '.' && is_abbreviation(word_before(text, start, i), word_after(text, k, end), lex,
                                        scratch))
            continue;
        out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(j), 0, 0,
                       false, false});
        start = k;
        i = k - 1;
    }
    if (start < end) {
        std::size_t e = end;
        while (e > start && is_space(text[e - 1])) --e;
        out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(e), 0, 0,
                       false, false});
    }
}

bool ends_with_stop(std::string_view s) {
    while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ' '))
        s.remove_suffix(1);
    return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':');
}

// High bit of each byte of `x` that is an ASCII letter in [first, last].
std::uint64_t in_range(std::uint64_t x, char first, char last) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    std::uint64_t low7 = x & ~kHigh;
    std::uint64_t from_first = low7 + kOnes * (0x80 - first);  // high bit: byte >= first
    std::uint64_t after_last = low7 + kOnes * (0x7F - last);   // high bit: byte > last
    return from_first & ~after_last & ~x & kHigh;
}

// How many bytes of a mask from in_range() are set (a multiply adds the eight bytes up;
// std::popcount is a library call without a CPU flag).
int high_bits(std::uint64_t mask) {
    return static_cast<int>((((mask >> 7) * 0x0101010101010101ull) >> 56) & 0xFF);
}

bool shouted(std::string_view s) {
    int upper = 0, lower = 0;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {  // eight letters at a time: this reads every sentence
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        lower += high_bits(in_range(x, 'a', 'z'));
        upper += high_bits(in_range(x, 'A', 'Z'));
    }
    for (; i < s.size(); ++i) {
        if (s[i] >= 'a' && s[i] <= 'z') ++lower;
        else if (is_upper(s[i])) ++upper;
    }
    return upper >= 4 && lower * 5 < upper;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const Lexicon& lexicon) {
    std::vector<Sentence> out;
    split_sentences(text, lexicon, out);
    return out;
}

void split_sentences(std::string_view text, const Lexicon& lexicon, std::vector<Sentence>& out) {
    out.clear();
    std::string scratch;
    for (std::size_t b = 0; b < text.size();) {
        std::size_t e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        std::size_t first = out.size();
        split_paragraph(text, b, e, lexicon, out, scratch);
        bool headline = !ends_with_stop(text.substr(b, e - b));
        for (std::size_t i = first; i < out.size(); ++i) {
            out[i].headline = headline && out.size() - first == 1;
            out[i].all_caps = shouted(text.substr(out[i].begin, out[i].end - out[i].begin));
        }
        b = e + 1;
    }
}

}  // namespace kg::extract
