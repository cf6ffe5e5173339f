// One article through every stage, into its statements (used by extract() per thread, and by
// tests that look at one stage's output).
#pragma once

#include <string>
#include <vector>

#include "extract/core/annotator.hpp"
#include "extract/document.hpp"
#include "extract/extract.hpp"
#include "extract/lexicon.hpp"
#include "extract/normalize.hpp"
#include "extract/tokens.hpp"
#include "extract/treebank_words.hpp"
#include "graph/statement.hpp"

namespace kg::extract {

struct AnalysedArticle {
    NormalizedText normalized;
    Document doc;  // doc.text views normalized.text
    // The NLP core's view (when it ran): treebank words of each sentence, their tags and
    // dependency trees, and the recognised entities (also on tokens in doc.recognised).
    TreebankWords words;
    nlp::DocumentAnalysis analysis;
};

// Runs normalize, sentences and tokens only.
void analyse_tokens(std::string_view text, const Lexicon& lexicon, AnalysedArticle& out, bool title_line = true,
                    TokenScratch* scratch = nullptr);

// Runs normalize, sentences, tokens, the NLP core (when `core` is given: tags and entities
// of every sentence, the dependency parse of each sentence a later stage reads: two mentions
// or more, or a name the outlet stage examines), mentions and coreference (not relations).
// `title_line`: the text's first line is its title (text files), not the start of a
// paragraph. `scratch`: the calling thread's
// tokenizer memory, kept from article to article (a fresh one when null).
void analyse(std::string_view text, const Lexicon& lexicon, AnalysedArticle& out, bool title_line = true,
             TokenScratch* scratch = nullptr, nlp::Annotator* core = nullptr);

// Does the article's text start with its title line? (Text files do; JSON Lines articles
// carry the title apart.)
bool starts_with_title(const ArticleText& article);

// `work`: the calling thread's analysis memory, reused from article to article (a fresh one
// when null).
StatementSet extract_article(const ArticleText& article, const Lexicon& lexicon,
                             const ExtractOptions& options, std::vector<std::string>& warnings,
                             TokenScratch* scratch = nullptr, AnalysedArticle* work = nullptr,
                             nlp::Annotator* core = nullptr);

}  // namespace kg::extract
