#include "extract/normalize.hpp"

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

struct Line {
    std::size_t begin, end;  // in the mapped text, without the newline
};

bool blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

bool starts_block(std::string_view line) {
    std::size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos) return false;
    if (i >= 2) return true;  // indented: a new paragraph (Reuters, many plain-text wires)
    char c = line[i];
    if (c == '#' || c == '>' || c == '|') return true;
    if ((c == '-' || c == '*' || c == '+') && i + 1 < line.size() && line[i + 1] == ' ') return true;
    return false;
}

}  // namespace

NormalizedText normalize(std::string_view input, bool title_line) {
    // Pass 1: characters. `mapped` uses '\n' for every line break.
    std::string mapped;
    std::vector<std::uint32_t> morigin;
    mapped.reserve(input.size());
    morigin.reserve(input.size());
    NormalizedText out;
    std::size_t pos = 0;
    if (input.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    while (pos < input.size()) {
        std::size_t start = pos;
        unsigned char b = static_cast<unsigned char>(input[pos]);
        if (b < 0x80) {
            ++pos;
            if (b == '\r') {
                if (pos < input.size() && input[pos] == '\n') continue;  // CRLF: keep the LF
                b = '\n';
            }
            if (b == '\t' || b == '\f' || b == '\v') b = ' ';
            if (b < 0x20 && b != '\n') continue;  // other control characters
            mapped.push_back(static_cast<char>(b));
            morigin.push_back(static_cast<std::uint32_t>(start));
            continue;
        }
        char32_t cp = decode_utf8(input, pos);
        if (cp == 0xFFFD && input.substr(start, 3) != "\xEF\xBF\xBD") out.invalid.push_back(start);
        const char* repl = ascii_replacement(cp);
        if (repl) {
            for (const char* p = repl; *p; ++p) {
                mapped.push_back(*p);
                morigin.push_back(static_cast<std::uint32_t>(start));
            }
            continue;
        }
        std::size_t before = mapped.size();
        append_utf8(mapped, cp);
        for (std::size_t i = before; i < mapped.size(); ++i)
            morigin.push_back(static_cast<std::uint32_t>(start));
    }

    // Pass 2: lines into paragraphs.
    std::vector<Line> lines;
    for (std::size_t b = 0; b <= mapped.size();) {
        std::size_t e = mapped.find('\n', b);
        if (e == std::string::npos) e = mapped.size();
        lines.push_back({b, e});
        b = e + 1;
    }
    out.text.reserve(mapped.size());
    out.origin.reserve(mapped.size());
    bool have_text = false, title_done = !title_line, pending_break = false;
    std::size_t last_newline_origin = 0;
    bool prev_heading = false;
    for (const Line& l : lines) {
        std::string_view line(mapped.data() + l.begin, l.end - l.begin);
        if (blank(line)) {
            if (have_text) pending_break = true;
            continue;
        }
        std::size_t lb = line.find_first_not_of(' ');
        std::size_t le = line.find_last_not_of(' ') + 1;
        if (have_text) {
            bool new_par = pending_break || !title_done || starts_block(line) || prev_heading;
            title_done = true;
            out.text.push_back(new_par ? '\n' : ' ');
            out.origin.push_back(static_cast<std::uint32_t>(last_newline_origin));
        }
        for (std::size_t i = lb; i < le; ++i) {
            out.text.push_back(line[i]);
            out.origin.push_back(morigin[l.begin + i]);
        }
        prev_heading = line[lb] == '#';
        have_text = true;
        pending_break = false;
        last_newline_origin = l.end < morigin.size() ? morigin[l.end] : input.size();
    }
    return out;
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

}  // namespace kg::extract
