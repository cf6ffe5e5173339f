// Stage 1: text hygiene. Unicode quotes, apostrophes and dashes become ASCII, CRLF and a BOM
// go, hard-wrapped lines are joined, invalid UTF-8 becomes U+FFFD. Every byte of the result
// remembers where it came from, so that spans refer to the text as read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract {

struct NormalizedText {
    std::string text;                    // '\n' separates paragraphs, nothing else
    std::vector<std::uint32_t> origin;   // origin[i]: input offset of the character behind byte i
    std::vector<std::size_t> invalid;    // input offsets of invalid UTF-8 sequences replaced

    // [begin, end) in `text` -> [begin, end) in `input`.
    std::pair<std::size_t, std::size_t> to_input(std::size_t begin, std::size_t end,
                                                  std::string_view input) const;
};

// When `title_line` is set, the first non-empty line (a text file's title) is a paragraph of
// its own. A line break starts a new paragraph after a blank line, before an indented line or
// a Markdown heading or list item; otherwise it is a hard wrap and becomes a space.
NormalizedText normalize(std::string_view input, bool title_line = true);
// The same into `out`, whose memory is reused (one per thread, article after article).
void normalize(std::string_view input, bool title_line, NormalizedText& out);

// A sentence as evidence: its text with every run of whitespace (hard wraps included) made one
// space, and none at either end.
std::string collapse_whitespace(std::string_view text);

}  // namespace kg::extract
