// Stage 3 and 4: tokens of a sentence, each looked up in the lexicon. Possessive "'s" and a
// bare "'" after a plural become their own tokens, "--" is a dash token, hyphenated words stay
// whole ("US-Russia", "66-year-old") except a lower-case prefix before a capital ("then-").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

// Appends the tokens of `sentence` to `out` and sets its token range.
void tokenize(std::string_view text, Sentence& sentence, const Lexicon& lexicon,
              std::vector<Token>& out, std::string& scratch);

// Looks a token's text up in the lexicon (lower case; a final full stop is tried without).
const LexRecord* lookup(std::string_view word, const Lexicon& lexicon, std::string& scratch);

}  // namespace kg::extract
