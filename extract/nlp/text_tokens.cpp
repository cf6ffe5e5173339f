#include "extract/nlp/text_tokens.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg::nlp {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool leading_punct(char c) {
    return c == '(' || c == '[' || c == '{' || c == '"' || c == '`' || c == '\'' || c == '$' || c == '<' ||
           c == '#';
}
bool trailing_punct(char c) {
    return c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')' || c == ']' || c == '}' ||
           c == '"' || c == '>' || c == '%';
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

// Abbreviations that keep their full stop (the treebanks write "Mr." and "Inc." as one token).
constexpr std::array<std::string_view, 46> kAbbreviations = {
    "Mr",  "Mrs", "Ms",   "Dr",  "Inc",  "Corp", "Co",   "Ltd",  "Jr",   "Sr",   "St",  "Bros",
    "vs",  "etc", "Jan",  "Feb", "Mar",  "Apr",  "Jun",  "Jul",  "Aug",  "Sept", "Sep", "Oct",
    "Nov", "Dec", "No",   "Gov", "Sen",  "Rep",  "Gen",  "Col",  "Lt",   "Prof", "Dept", "Mt",
    "Ave", "Adm", "Capt", "Sgt", "Calif", "Mass", "Conn", "Wash", "approx", "Pty"};

// "U.S.", "p.m.", "J.": letters each followed by a full stop.
bool is_initials(std::string_view s) {
    if (s.size() < 2 || s.size() % 2 != 0) return false;
    for (std::size_t i = 0; i < s.size(); i += 2)
        if (!is_alpha(s[i]) || s[i + 1] != '.') return false;
    return true;
}

bool keeps_full_stop(std::string_view word) {  // word ends with '.'
    if (is_initials(word)) return true;
    std::string_view stem = word.substr(0, word.size() - 1);
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), stem) != kAbbreviations.end();
}

// Splits a clitic off the end of a word: "n't", "'s", "'re", "'ve", "'ll", "'d", "'m".
std::size_t clitic_start(std::string_view w) {
    if (w.size() > 3 && ends_with_ci(w, "n't")) return w.size() - 3;
    for (std::string_view c : {"'s", "'re", "'ve", "'ll", "'d", "'m"})
        if (w.size() > c.size() && ends_with_ci(w, c) && is_alpha(w[w.size() - c.size() - 1]))
            return w.size() - c.size();
    return w.size();
}

// One whitespace-free chunk without "--".
void split_chunk(std::string_view w, std::vector<std::string_view>& out) {
    while (w.size() > 1 && leading_punct(w[0])) {
        std::size_t n = (w.size() > 2 && (w.substr(0, 2) == "``" || w.substr(0, 2) == "''")) ? 2 : 1;
        // "'s" / "'80s" after a space are words of their own, not quotes.
        if (w[0] == '\'' && (iequals(w, "'s") || (w.size() > 1 && is_digit(w[1])))) break;
        out.push_back(w.substr(0, n));
        w.remove_prefix(n);
    }
    std::vector<std::string_view> tail;  // peeled from the end, in reverse
    while (w.size() > 1) {
        char c = w.back();
        if (w.size() > 3 && w.substr(w.size() - 3) == "...") {
            tail.push_back(w.substr(w.size() - 3));
            w.remove_suffix(3);
        } else if (w.size() > 2 && w.substr(w.size() - 2) == "''") {
            tail.push_back(w.substr(w.size() - 2));
            w.remove_suffix(2);
        } else if (trailing_punct(c) || c == '\'') {  // "companies'" -> "companies" "'"
            tail.push_back(w.substr(w.size() - 1));
            w.remove_suffix(1);
        } else if (c == '.' && !keeps_full_stop(w)) {
            tail.push_back(w.substr(w.size() - 1));
            w.remove_suffix(1);
        } else {
            break;
        }
    }
    if (!w.empty()) {
        std::size_t cut = clitic_start(w);
        if (cut > 0) out.push_back(w.substr(0, cut));
        if (cut < w.size()) out.push_back(w.substr(cut));
    }
    out.insert(out.end(), tail.rbegin(), tail.rend());
}

}  // namespace

void tokenize_treebank(std::string_view text, std::vector<std::string_view>& out) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        std::size_t start = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        std::string_view chunk = text.substr(start, i - start);
        // "word--word": the dash is a token of its own.
        while (!chunk.empty()) {
            std::size_t dash = chunk.find("--");
            if (dash == std::string_view::npos) {
                split_chunk(chunk, out);
                break;
            }
            if (dash > 0) split_chunk(chunk.substr(0, dash), out);
            std::size_t end = dash;
            while (end < chunk.size() && chunk[end] == '-') ++end;
            out.push_back(chunk.substr(dash, end - dash));
            chunk.remove_prefix(end);
        }
    }
}

bool ends_sentence(std::string_view token) { return token == "." || token == "?" || token == "!"; }

}  // namespace kg::nlp
