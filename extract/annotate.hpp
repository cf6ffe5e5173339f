// kgraph annotate: the NLP core's analysis written in the field's formats, for inspection
// and for scoring against treebanks.
//   CoNLL-U in  -> CoNLL-U out: every line kept; word lines get UPOS, XPOS, HEAD, DEPREL and
//                  NER=<IOB2 tag> in MISC (other MISC items kept).
//   CoNLL-2003  -> "WORD TAG" lines (IOB2), blank and -DOCSTART- lines kept.
//   plain text  -> CoNLL-U: kgraph's own sentence splitter and tokenizer, treebank words.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "extract/core/models.hpp"

namespace kg::extract {

// `name` names the input in error messages (file:line).
void annotate_conllu(std::istream& in, const std::string& name, const nlp::Models& models, std::ostream& out);
void annotate_conll2003(std::istream& in, const std::string& name, const nlp::Models& models, std::ostream& out);
// Returns how many invalid UTF-8 sequences were replaced with U+FFFD (for a warning).
std::size_t annotate_text(std::string_view text, const nlp::Models& models, std::ostream& out);

}  // namespace kg::extract
