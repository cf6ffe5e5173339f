// Turning the program's INPUT arguments (any mix of articles, statements and saved graphs)
// into statements or one KnowledgeGraph: io gathers, extract reads articles, graph builds.
#pragma once

#include <string>
#include <vector>

#include "extract/core/models.hpp"
#include "graph/build.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/phase_timer.hpp"
#include "io/io.hpp"

namespace kg::cli {

struct LoadOptions {
    bool strict = false;       // stop at the first bad statement line
    bool co_mentions = false;  // extract and keep same-sentence co_mention edges
    unsigned threads = 1;
    std::string models_dir;  // the NLP core's models; empty: the shipped ones
    PhaseTimer timings;      // reports "load" (reading inputs), "models", "extract" and "build"
    bool progress = false;   // a progress line on a terminal for large article inputs
};

// The NLP core's models: --models DIR, or the shipped ones.
nlp::Models load_models(const LoadOptions& options);

// Reads every input and builds one graph. A single saved graph is used as it is (so that a
// GraphML file read and written again is unchanged); several inputs are combined through
// their statements. Warnings are printed to stderr.
KnowledgeGraph load_graph(const std::vector<std::string>& inputs, const LoadOptions& options);

// Reads article inputs (files, folders, "-", article JSON Lines) and statement inputs and
// returns the statements: what `kgraph extract` writes.
StatementSet load_statements(const std::vector<std::string>& inputs, const LoadOptions& options);

}  // namespace kg::cli
