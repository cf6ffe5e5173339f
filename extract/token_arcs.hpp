// Puts the NLP core's dependency parse, made over treebank words, onto kgraph's tokens, where
// the mention and relation stages work (Document::arcs).
#pragma once

#include "extract/core/annotator.hpp"
#include "extract/document.hpp"
#include "extract/treebank_words.hpp"

namespace kg::extract {

// One TokenArc per token of `doc`. Sentences the core did not parse get arcs with no head and
// no label (and their tags, when tagged), so every token has one.
void attach_arcs(const TreebankWords& words, const nlp::DocumentAnalysis& analysis, const nlp::Parser& parser,
                 Document& doc);

}  // namespace kg::extract
