#include "extract/normalize.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#include "graph/names.hpp"

namespace kg::extract {
namespace {

// Characters replaced by ASCII: quotes, apostrophes, dashes, spaces. Returns nullptr when the
// code point is kept as it is, "" when it is dropped.
const char* ascii_replacement(char32_t cp) {
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032:
            return "'";
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
        case 0x00BB:
            return "\"";
        case 0x2014: case 0x2015:
            return "--";
        case 0x2013: case 0x2012: case 0x2010: case 0x2011: case 0x2212:
            return "-";
        case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
        case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
        case 0x3000: case '\t': case '\f': case '\v':
            return " ";
        case 0x2026:
            return "...";
        case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
            return "";
        default:
            return nullptr;
    }
}

bool plain(unsigned char c) { return c > 0x20 && c < 0x7F; }

// High bit of each byte of `x` equal to `b` (exact, no false positives).
std::uint64_t bytes_equal(std::uint64_t x, unsigned char b) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
    std::uint64_t t = x ^ (kOnes * b);
    return ~(((t & kLow7) + kLow7) | t | kLow7);
}

// The end of the run from `pos` of printable ASCII and single spaces each followed by one.
std::size_t plain_run_end(std::string_view input, std::size_t pos) {
    const std::size_t n = input.size();
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    // Eight bytes at a time while they are all printable ASCII or spaces, no two spaces
    // together, and a space in the last byte is followed by a printable character.
    while (std::endian::native == std::endian::little && pos + 9 <= n) {
        std::uint64_t x;
        std::memcpy(&x, input.data() + pos, 8);
        bool other = (((x - kOnes * 0x20) & ~x) | x | bytes_equal(x, 0x7F)) & kHigh;  // < 0x20, >= 0x7F
        if (other) break;
        std::uint64_t spaces = bytes_equal(x, ' ');
        if (spaces & (spaces >> 8)) break;
        if ((spaces >> 63) && !plain(static_cast<unsigned char>(input[pos + 8]))) break;
        pos += 8;
    }
    while (pos < n) {
        unsigned char c = static_cast<unsigned char>(input[pos]);
        if (plain(c)) ++pos;
        else if (c == ' ' && pos + 1 < n && plain(static_cast<unsigned char>(input[pos + 1]))) pos += 2;
        else break;
    }
    return pos;
}

}  // namespace

NormalizedText normalize(std::string_view input, bool title_line) {
    NormalizedText out;
    normalize(input, title_line, out);
    return out;
}

void normalize(std::string_view input, bool title_line, NormalizedText& out) {
    // One pass over the input. Spaces are held back until a character follows on the same
    // line (trailing spaces go); a line break is decided when the next line's first character
    // is seen: a paragraph break ('\n') or a hard wrap (' ').
    out.text.clear();
    out.origin.clear();
    out.invalid.clear();
    out.text.reserve(input.size());
    out.origin.reserve(input.size());
    std::size_t pos = input.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    bool have_text = false;       // something written already
    bool title_done = !title_line;
    bool line_started = false;    // a non-space character on the current line
    bool blank_seen = false;      // a blank line since the last text
    bool prev_heading = false;    // the previous text line was a Markdown heading
    bool line_heading = false;
    std::size_t indent = 0;       // spaces before the first character of the line
    std::size_t pending_spaces = 0, space_origin = 0, newline_origin = 0;
    bool after_newline = false;   // a line break since the last text

    auto emit = [&](std::string_view bytes, std::size_t origin, std::string_view rest) {
        if (!line_started) {
            // First character of a line: decide how it joins the text before.
            if (have_text && after_newline) {
                char c = bytes[0];
                bool marker = c == '#' || c == '>' || c == '|' ||
                              ((c == '-' || c == '*' || c == '+') && !rest.empty() && rest[0] == ' ');
                bool new_par = blank_seen || !title_done || indent >= 2 || marker || prev_heading;
                title_done = true;
                out.text.push_back(new_par ? '\n' : ' ');
                out.origin.push_back(static_cast<std::uint32_t>(newline_origin));
            }
            line_started = true;
            line_heading = bytes[0] == '#';
            pending_spaces = 0;
        } else {
            for (; pending_spaces; --pending_spaces) {
                out.text.push_back(' ');
                out.origin.push_back(static_cast<std::uint32_t>(space_origin));
            }
        }
        out.text.append(bytes);
        out.origin.insert(out.origin.end(), bytes.size(), static_cast<std::uint32_t>(origin));
        have_text = true;
        after_newline = false;
        blank_seen = false;
    };
    auto space = [&](std::size_t origin) {
        if (!line_started) {
            ++indent;
            return;
        }
        if (!pending_spaces) space_origin = origin;
        ++pending_spaces;
    };
    auto newline = [&](std::size_t origin) {
        if (line_started) {
            prev_heading = line_heading;
            newline_origin = origin;
        } else if (have_text) {
            blank_seen = true;
        }
        if (have_text) after_newline = true;
        line_started = false;
        pending_spaces = 0;
        indent = 0;
    };

    char buf[4];
    while (pos < input.size()) {
        std::size_t start = pos;
        unsigned char b = static_cast<unsigned char>(input[pos]);
        if (b < 0x80) {
            ++pos;
            if (b == '\r') {
                if (pos < input.size() && input[pos] == '\n') continue;  // CRLF: the LF breaks
                newline(start);
            } else if (b == '\n') {
                newline(start);
            } else if (b == ' ' || b == '\t' || b == '\f' || b == '\v') {
                space(start);
            } else if (b >= 0x20) {
                buf[0] = static_cast<char>(b);
                emit(std::string_view(buf, 1), start, input.substr(pos));
                // The rest of the line in plain ASCII, words and single spaces between them,
                // goes in at once (the common case): it is copied as it is, each byte its own
                // origin. Anything else (line ends, runs of spaces, UTF-8) takes the path above.
                std::size_t e = plain_run_end(input, pos);
                if (e > pos) {
                    out.text.append(input.substr(pos, e - pos));
                    std::size_t o = out.origin.size();
                    out.origin.resize(o + (e - pos));
                    std::uint32_t* dst = out.origin.data() + o;
                    for (std::size_t k = 0; k < e - pos; ++k) dst[k] = static_cast<std::uint32_t>(pos + k);
                    pos = e;
                }
            }
            continue;
        }
        char32_t cp = decode_utf8(input, pos);
        if (cp == 0xFFFD && input.substr(start, 3) != "\xEF\xBF\xBD") out.invalid.push_back(start);
        if (const char* repl = ascii_replacement(cp)) {
            std::string_view r(repl);
            if (r == " ") space(start);
            else if (!r.empty()) emit(r, start, input.substr(pos));
            continue;
        }
        // A character decoded without error re-encodes to its own bytes: they are copied as
        // they are (no string built per character); a bad byte becomes U+FFFD.
        std::string_view kept = cp == 0xFFFD ? std::string_view("\xEF\xBF\xBD") : input.substr(start, pos - start);
        emit(kept, start, input.substr(pos));
    }
}

std::pair<std::size_t, std::size_t> NormalizedText::to_input(std::size_t begin, std::size_t end,
                                                             std::string_view input) const {
    if (begin >= end || end > origin.size()) return {0, 0};
    std::size_t b = origin[begin];
    std::size_t last = origin[end - 1];
    std::size_t e = last;
    if (e < input.size()) decode_utf8(input, e);
    return {b, e};
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace kg::extract
