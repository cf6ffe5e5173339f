// Name normalisation: when two surface forms name the same entity, and how a name becomes a
// stable node id.
#pragma once

#include <string>
#include <string_view>

#include "graph/types.hpp"

namespace kg {

// The key under which names are compared: case-folded, accents removed, punctuation and a
// possessive 's dropped, whitespace collapsed, a leading "the" removed.
// "The Kremlin's" -> "kremlin", "U.S." -> "us", "Кивелко" -> "кивелко", "Zürich" -> "zurich".
std::string name_key(std::string_view name);

// The last word of a name key ("serafim kivelko" -> "kivelko"); empty for an empty key.
std::string_view last_word(std::string_view key);

// How an alias relates to the name it was declared for (both name keys), which decides how
// far it joins (graph/build.hpp):
//   Same      the same name once a legal form is dropped ("bolt" of "bolt corp");
//   Acronym   one word spelling the initials of the name's words ("ngb", "us");
//   OneWord   one word of a longer name ("kivelko", "acme");
//   Part      several words of a longer name, in order ("stock exchange", "national bank");
//   Other     anything else: another spelling or language, a demonym ("ussr", "american").
enum class AliasForm { Same, Acronym, OneWord, Part, Other };
AliasForm alias_form(std::string_view alias_key, std::string_view name_key);

// A word of a company's legal form ("corp", "inc", "ltd", "ag"), as a name key: no name on its own.
bool is_legal_form(std::string_view key_word);

// A generational suffix ending a person's name ("jr", "sr", "iii"), as a name key.
bool is_name_suffix(std::string_view key_word);

// The name key without trailing legal forms ("bolt corp ltd" -> "bolt"); the key itself when
// it has none or is nothing else.
std::string_view without_legal_form(std::string_view key);

// "bank of arden corp": a bank's name with a holding company's legal form (Corp, Inc, Co),
// the bank's parent rather than the bank ("arden bank ag", "arden bank ltd" are the bank).
bool is_bank_holding_company(std::string_view key);

// The initials of a name key's words, fillers ("of", "and") and legal forms left out:
// "organization of petroleum exporting countries" -> "opec". Empty for a one-word key.
std::string initials_of(std::string_view key);

// A person's name key without middle initials ("ivan f boesky" -> "ivan boesky").
std::string without_middle_initials(std::string_view key);

// True for the name of a kind of body that every country or city has, which names no one
// body by itself: "trade ministry", "ministry of trade", "central bank", "national bank",
// "stock exchange", "bank". Every word is a body head or a generic modifier.
bool is_generic_body_name(std::string_view key);

// One word that names a body of its own as well as ending longer names: "house" (of
// Representatives, not the president's residence), "parliament", "treasury". Such a
// word is never taken as a short form of a longer name.
bool is_standalone_body_word(std::string_view key);

// A stable XML name token for a node: a type prefix and an ASCII slug of the name
// ("p_serafim_kivelko", "pl_morvask"); names without ASCII letters get a hash-based slug.
std::string node_id_base(NodeType type, std::string_view name);

// Decodes one UTF-8 code point at `pos`, advancing it; invalid bytes yield U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

// Removes characters that XML 1.0 and DOT cannot carry: C0 controls except tab, LF and CR
// (and those too when keep_newlines is false), U+FFFE/U+FFFF and invalid UTF-8 sequences.
std::string strip_control_chars(std::string_view s, bool keep_newlines = true);

}  // namespace kg
