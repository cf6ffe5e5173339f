// Raw text split into words the way the treebanks split them (Penn Treebank style, as in UD
// English-EWT and CoNLL-2003): punctuation apart ("said," -> "said" ","), clitics apart
// ("Moravec's" -> "Moravec" "'s", "don't" -> "do" "n't"), while "U.S.", "Inc.", "5.93",
// "155,221", "10:30" and hyphenated words stay whole. Used for unlabelled text (word clusters),
// so that its words are the words the taggers see.
#pragma once

#include <string_view>
#include <vector>

namespace kg::nlp {

// Appends the tokens of `text` to `out`: views into `text`, in order.
void tokenize_treebank(std::string_view text, std::vector<std::string_view>& out);

// True for a token that ends a sentence (".", "?", "!").
bool ends_sentence(std::string_view token);

}  // namespace kg::nlp
