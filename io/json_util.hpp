// Internal to io/: parsing JSON text safely with RapidJSON. Every reader of JSON input goes
// through parse_json so that the same limits (nesting depth, encoding, no NaN) hold
// everywhere. Not part of the public io interface.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

namespace kg::io::json {

// Deepest nesting of arrays and objects accepted. The parser runs iteratively (no recursion
// while parsing), but the DOM is walked recursively afterwards (writing a nested value back
// as text), so the depth stays bounded. Real inputs need 4 or 5 levels.
inline constexpr std::size_t kMaxDepth = 128;

struct ParseError {
    std::size_t offset = 0;  // byte offset in the text where parsing stopped
    std::string message;
};

// Byte offsets where each element of an array that is the value of a top-level key starts,
// by that key: {"nodes": [offset of nodes[0], ...], "links": [...]}. Used to give line
// numbers in messages about one node or edge of a JSON graph.
using ElementOffsets = std::map<std::string, std::vector<std::size_t>, std::less<>>;

// Parses `text` as one JSON value into `doc`: UTF-8 is validated, NaN/Infinity and
// comments are rejected, numbers are read in full precision, nesting deeper than
// kMaxDepth is an error, and a raw NUL byte is an error (it would otherwise end the text
// early). Fills `offsets` when given.
std::optional<ParseError> parse(std::string_view text, rapidjson::Document& doc,
                                ElementOffsets* offsets = nullptr);

// 1-based line and column of a byte offset.
struct LineCol {
    std::size_t line = 1;
    std::size_t column = 1;
};
LineCol line_col(std::string_view text, std::size_t offset);

// The JSON text of a value, compact ("12", "1.5", "[1,2]", "{\"a\":true}").
std::string to_text(const rapidjson::Value& v);

// True when `s` is valid UTF-8, i.e. valid_utf8(s) == s (a quick check, no copy).
bool is_valid_utf8(std::string_view s);
// Replaces invalid UTF-8 sequences by U+FFFD so that a writer always emits valid UTF-8.
std::string valid_utf8(std::string_view s);

// Writes `s` as a JSON string with invalid UTF-8 replaced (RapidJSON would copy it as is).
template <class Writer>
void write_string(Writer& w, std::string_view s) {
    const std::string clean = valid_utf8(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

}  // namespace kg::io::json
