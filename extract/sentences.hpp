// Stage 2: sentence splitting. Paragraphs (the title line included) end sentences; inside a
// paragraph a sentence ends at . ! ? (and closing quotes) before a capital, except after an
// abbreviation ("Mr.", "Jan.") or an initial ("J. Smith").
#pragma once

#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

std::vector<Sentence> split_sentences(std::string_view text, const Lexicon& lexicon);
// The same into `out` (cleared first; its memory is reused).
void split_sentences(std::string_view text, const Lexicon& lexicon, std::vector<Sentence>& out);

}  // namespace kg::extract
