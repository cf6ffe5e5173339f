#include "graph/names.hpp"

#include <array>
#include <cstdint>

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
    return out;
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
