// The words the trained models see. kgraph's tokenizer keeps contractions whole ("didn't",
// "we'll"); the treebanks the models learned from (UD English-EWT, Penn Treebank style) split
// them ("did" "n't", "we" "'ll"). This stage cuts each sentence's tokens into treebank words
// and remembers which token each word came from, so that the models' answers (entity spans,
// arcs) map back onto tokens.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/document.hpp"

namespace kg::extract {

struct TreebankWords {
    std::vector<std::vector<std::string_view>> sentences;  // words of each sentence
    std::vector<std::vector<std::uint32_t>> token_of_word;  // the token each word came from
    std::vector<std::vector<std::uint32_t>> first_word_of_token;  // per sentence, per token (relative)

    void clear() {
        sentences.clear();
        token_of_word.clear();
        first_word_of_token.clear();
    }
};

// Fills `out` for every sentence of `doc` (views into doc.text). Memory is reused.
void treebank_words(const Document& doc, TreebankWords& out);

// Appends the treebank words of one token: itself, or its stem and clitic ("can't" -> "ca",
// "n't"; "they're" -> "they", "'re"; "cannot" -> "can", "not").
void split_contraction(std::string_view token, std::vector<std::string_view>& out);

}  // namespace kg::extract
