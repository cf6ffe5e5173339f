#include "graph/names.hpp"

#include <array>
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace kg {
namespace {

// Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), lower case;
// '\0' where the code point is not a letter we fold (multiplication and division signs).
constexpr char kLatinFold[] =
    "aaaaaaaceeeeiiii"  // C0-CF
    "dnooooo\0ouuuuyts"  // D0-DF (D7 x, DE thorn, DF sharp s)
    "aaaaaaaceeeeiiii"  // E0-EF
    "dnooooo\0ouuuuyty"  // F0-FF
    "aaaaaaccccccccdd"  // 100-10F
    "ddeeeeeeeeeegggg"  // 110-11F
    "gggghhhhiiiiiiii"  // 120-12F
    "iijjjjkkklllllll"  // 130-13F
    "lllnnnnnnnnnoooo"  // 140-14F
    "oooorrrrrrssssss"  // 150-15F
    "ssttttttuuuuuuuu"  // 160-16F
    "uuuuwwyyyzzzzzzs";  // 170-17F

bool is_combining_mark(char32_t c) { return c >= 0x300 && c <= 0x36F; }

// Punctuation and symbols that never distinguish two names.
bool is_punctuation(char32_t c) {
    if (c < 0x80) return !(c == ' ' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                           (c >= 'A' && c <= 'Z'));
    return (c >= 0x2000 && c <= 0x206F) ||  // general punctuation (dashes, quotes)
           (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x3000 && c <= 0x303F);
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }

char32_t fold_char(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0x17F) {
        char base = kLatinFold[c - 0xC0];
        return base ? static_cast<char32_t>(base) : c;
    }
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;  // Cyrillic capitals
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;  // Ѐ..Џ
    if (c >= 0x391 && c <= 0x3A9) return c + 0x20;  // Greek capitals
    return c;
}

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char ch : s) {
        h ^= ch;
        h *= 1099511628211ULL;
    }
    return h;
}

}  // namespace

char32_t decode_utf8(std::string_view s, std::size_t& pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char b0 = byte(pos);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    int len = (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || pos + len > s.size()) {
        ++pos;
        return 0xFFFD;
    }
    char32_t cp = b0 & (0x7F >> len);
    for (int i = 1; i < len; ++i) {
        unsigned char b = byte(pos + i);
        if ((b >> 6) != 0x2) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return 0xFFFD;
    }
    pos += len;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

// name_key() over the code points of a name: cps(i) is the i-th of n. A template so that
// an all-ASCII name (nearly all) is read in place, with no decoding into a u32string.
template <class CodePoints>
std::string fold_name(const CodePoints& cps, std::size_t n) {
    std::string out;
    out.reserve(n);
    bool pending_space = false;
    for (std::size_t i = 0; i < n; ++i) {
        char32_t c = cps(i);
        // A possessive 's ends a word: drop both characters.
        if (is_apostrophe(c) && i + 1 < n && (cps(i + 1) == 's' || cps(i + 1) == 'S') &&
            (i + 2 == n || is_space(cps(i + 2)) || is_punctuation(cps(i + 2)))) {
            ++i;
            continue;
        }
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (is_punctuation(c) || is_combining_mark(c)) continue;
        if (pending_space) out += ' ';
        pending_space = false;
        append_utf8(out, fold_char(c));
    }
    return out;
}

bool all_ascii(std::string_view s) {
    for (char ch : s)
        if (static_cast<unsigned char>(ch) >= 0x80) return false;
    return true;
}

}  // namespace

namespace {

// "Organisation" and "Organization" name the same body: British -isation is keyed as -ization
// (the label keeps the spelling written first).
std::string british_spellings_as_american(std::string key) {
    static constexpr std::string_view kBritish = "isation", kAmerican = "ization";
    for (std::size_t at = key.find(kBritish); at != std::string::npos; at = key.find(kBritish, at + 1)) {
        const std::size_t end = at + kBritish.size();
        const bool word_ends = end == key.size() || key[end] == ' ' || (key[end] == 's' && (end + 1 == key.size() || key[end + 1] == ' '));
        if (word_ends && at > 0) key.replace(at, kBritish.size(), kAmerican);
    }
    return key;
}

}  // namespace

std::string name_key(std::string_view name) {
    std::string out;
    if (all_ascii(name)) {
        out = fold_name([&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(name[i])); },
                        name.size());
    } else {
        std::u32string cps;
        cps.reserve(name.size());
        for (std::size_t pos = 0; pos < name.size();) cps.push_back(decode_utf8(name, pos));
        out = fold_name([&](std::size_t i) { return cps[i]; }, cps.size());
    }
    if (out.rfind("the ", 0) == 0) out.erase(0, 4);
    return british_spellings_as_american(std::move(out));
}

std::string_view last_word(std::string_view key) {
    auto space = key.rfind(' ');
    return space == std::string_view::npos ? key : key.substr(space + 1);
}

std::string node_id_base(NodeType type, std::string_view name) {
    static constexpr std::array<std::string_view, kNodeTypeCount> kPrefix = {"p_", "o_", "pl_",
                                                                             "ev_", "x_"};
    std::string key = name_key(name);
    std::string slug;
    for (char ch : key) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            slug += ch;
        } else if (ch == ' ' && !slug.empty() && slug.back() != '_') {
            slug += '_';
        }
        if (slug.size() >= 40) break;
    }
    while (!slug.empty() && slug.back() == '_') slug.pop_back();
    if (slug.empty()) {
        static constexpr char kHex[] = "0123456789abcdef";
        std::uint64_t h = fnv1a(key.empty() ? name : std::string_view(key));
        slug.push_back('h');  // (not slug = "h": GCC 12 warns falsely, bug 105329)
        for (int i = 0; i < 10; ++i, h >>= 4) slug += kHex[h & 0xF];
    }
    std::string id(kPrefix[static_cast<int>(type)]);
    id += slug;
    return id;
}

std::string strip_control_chars(std::string_view s, bool keep_newlines) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t c = decode_utf8(s, pos);
        if (c == 0xFFFD && !(pos - start == 3 && s.substr(start, 3) == "\xEF\xBF\xBD")) continue;
        if (c < 0x20 && !(keep_newlines && (c == '\t' || c == '\n' || c == '\r'))) {
            if (c == '\t' || c == '\n' || c == '\r') out += ' ';
            continue;
        }
        if (c == 0x7F || c == 0xFFFE || c == 0xFFFF) continue;
        out.append(s.substr(start, pos - start));
    }
    return out;
}

}  // namespace kg

namespace kg {
namespace {

std::vector<std::string_view> words_of(std::string_view key) {
    std::vector<std::string_view> out;
    while (!key.empty()) {
        std::size_t sp = key.find(' ');
        out.push_back(key.substr(0, sp));
        if (sp == std::string_view::npos) break;
        key.remove_prefix(sp + 1);
    }
    return out;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
    for (std::string_view x : list)
        if (w == x) return true;
    return false;
}

// Words that do not count in an acronym ("Bank of Japan" is "BOJ" or "BJ").
bool is_acronym_filler(std::string_view w) { return one_of(w, {"of", "and", "the", "for", "de", "la", "du"}); }

bool is_body_head(std::string_view w) {
    return one_of(w, {"ministry", "ministries", "bank", "exchange", "bourse"});
}

// Modifiers that say what a body does, not whose it is. A word naming an owner (a place,
// a person, "world", "asian") is not among them, so "Asian Development Bank" is no generic
// name while "Development Bank" is.
bool is_generic_modifier(std::string_view w) {
    return one_of(w, {"finance", "financial", "foreign", "trade", "economy", "economic", "economics",
                      "agriculture", "agricultural", "industry", "interior", "defence", "defense", "labour",
                      "labor", "health", "justice", "energy", "oil", "petroleum", "mines", "mining",
                      "transport", "communications", "telecommunications", "posts", "commerce", "planning",
                      "treasury", "international", "external", "central", "national", "reserve", "state",
                      "people", "peoples", "development", "investment", "export", "import", "exportimport",
                      "stock", "stocks", "futures", "commodity", "commodities", "grain", "cooperative",
                      "commercial", "merchant", "savings", "land", "housing", "construction", "fisheries",
                      "forestry", "food", "environment", "education", "information", "industrial",
                      "of", "and", "for", "the"});
}

}  // namespace

// "Holdings" and "Group" are left out: "Acme Holdings" and "Acme Group" may well be two
// companies, while "Acme Corp" and "Acme Inc" are spellings of one.
bool is_legal_form(std::string_view w) {
    return one_of(w, {"corp", "corporation", "inc", "incorporated", "co", "company", "ltd", "limited",
                      "plc", "llc", "ag", "sa", "nv", "spa", "gmbh", "lp", "bhd", "pty", "cos"});
}

bool is_name_suffix(std::string_view w) { return one_of(w, {"jr", "sr", "ii", "iii", "iv"}); }

bool is_bank_holding_company(std::string_view key) {
    const std::size_t sp = key.rfind(' ');
    if (sp == std::string_view::npos) return false;
    const std::string_view form = key.substr(sp + 1);
    if (!one_of(form, {"corp", "corporation", "inc", "incorporated", "co", "cos", "company"})) return false;
    const std::string bank = " " + std::string(key.substr(0, sp)) + " ";
    return bank.find(" bank ") != std::string::npos;
}

std::string_view without_legal_form(std::string_view key) {
    std::string_view k = key;
    for (;;) {
        std::size_t sp = k.rfind(' ');
        if (sp == std::string_view::npos || !is_legal_form(k.substr(sp + 1))) break;
        k = k.substr(0, sp);
    }
    return k;
}

AliasForm alias_form(std::string_view alias_key, std::string_view name_key) {
    if (without_legal_form(alias_key) == without_legal_form(name_key)) return AliasForm::Same;
    const auto alias = words_of(alias_key);
    const auto name = words_of(without_legal_form(name_key));
    if (alias.size() == 1 && alias[0].size() >= 2) {
        std::string initials, all_initials;
        for (std::string_view w : name) {
            all_initials += w[0];
            if (!is_acronym_filler(w)) initials += w[0];
        }
        if (name.size() >= 2 && (alias[0] == initials || alias[0] == all_initials)) return AliasForm::Acronym;
    }
    if (alias.empty() || alias.size() >= name.size()) return AliasForm::Other;
    for (std::size_t start = 0; start + alias.size() <= name.size(); ++start)
        if (std::equal(alias.begin(), alias.end(), name.begin() + static_cast<std::ptrdiff_t>(start)))
            return alias.size() == 1 ? AliasForm::OneWord : AliasForm::Part;
    return AliasForm::Other;
}

bool is_generic_body_name(std::string_view key) {
    const auto words = words_of(key);
    if (words.empty()) return false;
    bool has_head = false;
    for (std::string_view w : words) {
        if (is_body_head(w)) has_head = true;
        else if (!is_generic_modifier(w)) return false;
    }
    return has_head;
}

bool is_standalone_body_word(std::string_view key) {
    return one_of(key, {"house", "parliament", "treasury", "cabinet", "government",
                        "army", "navy", "council", "assembly", "diet", "court", "board", "commission",
                        "fed", "bank", "exchange", "ministry", "corp", "inc", "co", "ltd", "plc", "group"});
}

std::string initials_of(std::string_view key) {
    const auto words = words_of(without_legal_form(key));
    std::string out;
    if (words.size() < 2) return out;
    for (std::string_view w : words)
        if (!is_acronym_filler(w)) out += w[0];
    return out;
}

std::string without_middle_initials(std::string_view key) {
    const auto words = words_of(key);
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0 && i + 1 < words.size() && words[i].size() == 1) continue;
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

}  // namespace kg
