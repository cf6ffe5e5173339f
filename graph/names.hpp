// Name normalisation: when two surface forms name the same entity, and how a name becomes a
// stable node id.
#pragma once

#include <string>
#include <string_view>

#include "graph/types.hpp"

namespace kg {

// The key under which names are compared: case-folded, accents removed, punctuation and a
// possessive 's dropped, whitespace collapsed, a leading "the" removed.
// "The Kremlin's" -> "kremlin", "U.S." -> "us", "Кисляк" -> "кисляк", "Zürich" -> "zurich".
std::string name_key(std::string_view name);

// The last word of a name key ("sergey kislyak" -> "kislyak"); empty for an empty key.
std::string_view last_word(std::string_view key);

// A stable XML name token for a node: a type prefix and an ASCII slug of the name
// ("p_sergey_kislyak", "pl_moscow"); names without ASCII letters get a hash-based slug.
std::string node_id_base(NodeType type, std::string_view name);

// Decodes one UTF-8 code point at `pos`, advancing it; invalid bytes yield U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

// Removes characters that XML 1.0 and DOT cannot carry: C0 controls except tab, LF and CR
// (and those too when keep_newlines is false), U+FFFE/U+FFFF and invalid UTF-8 sequences.
std::string strip_control_chars(std::string_view s, bool keep_newlines = true);

}  // namespace kg
