// Stage 5: entity mentions. Capitalised runs are split into the title before a name
// ("Polish Foreign Ministry spokeswoman Anna Rossi": the ministry, the title, the
// person), typed (Person, Organization, Place, Event) from head words and gazetteers, and
// demonyms become their country ("German" -> Germany). Lower-case constructions add
// organisations ("the Lund administration", "Danish parliament", "the foreign affairs
// committee of ..."), descriptions ("the ambassador", "The 66-year-old") and pronouns.
#pragma once

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

void find_mentions(Document& doc, const Lexicon& lexicon);

// Tokens such as "66-year-old" that describe a person by age.
bool is_age_word(std::string_view word);

}  // namespace kg::extract
