// Public header of extract/: news articles in, statements out (see ../shared/DESIGN.md).
// A spaCy-like pipeline of small stages, each in its own file: normalize, sentences, tokens
// (with lexicon lookup), mentions, coref, relations, flags.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "graph/statement.hpp"

namespace kg::nlp {
struct Models;
}

namespace kg::extract {

struct ExtractOptions {
    // The NLP core (tagger, parser, entity recogniser); null: the rules alone.
    const nlp::Models* models = nullptr;
    bool co_mentions = false;  // also emit co_mention statements (same sentence, no relation)
    unsigned threads = 0;      // 0 = all cores
    // Called now and then from the calling thread with the articles and bytes done so far
    // (for a progress line); may be empty.
    std::function<void(std::size_t articles_done, std::size_t bytes_done)> progress;
};

// Articles -> statements: article lines, entity lines with aliases, statement lines, in
// article order and byte-identical whatever the thread count. Warnings (invalid UTF-8
// replaced, naming the article and byte offset) are appended to `warnings`.
StatementSet extract(const std::vector<ArticleText>& articles, const ExtractOptions& options,
                     std::vector<std::string>& warnings);

}  // namespace kg::extract
