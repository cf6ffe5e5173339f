// Escaping text for the output formats, and number literals every reader accepts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::io {

// XML character data and attribute values: control characters removed (XML 1.0 cannot
// carry them), & < > " escaped; newlines kept (as &#10; inside attributes so they survive
// attribute-value normalisation).
std::string xml_escape(std::string_view s);
std::string xml_attr_escape(std::string_view s);

// A DOT quoted string (escString rules): controls dropped, \ " escaped, & as &amp; (Graphviz
// decodes entities in labels), newlines as \n.
std::string dot_escape(std::string_view s);

// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
std::string csv_escape(std::string_view s);

// Shortest decimal that reads back as the same double ("3", "0.1", "1e-05"); non-finite
// values are written as 0 because no target format can carry them.
std::string format_double(double v);

// Valid XML name token (letters, digits, . - _ :), other characters replaced by '_'.
std::string to_nmtoken(std::string_view s);

}  // namespace kg::io
