// Stage 6: coreference within one article. Names become entities (a surname joins the full
// name it ends, "Foreign Ministry" the "Polish Foreign Ministry" named before, an acronym the
// body whose initials it spells); pronouns join the nearest person of a fitting gender;
// descriptions ("the ambassador", "The 66-year-old") join the person holding that title or
// the article's main person.
#pragma once

#include "extract/document.hpp"

namespace kg::extract {

void resolve_coreference(Document& doc);

}  // namespace kg::extract
