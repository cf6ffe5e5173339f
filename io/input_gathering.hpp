// Gathering the program's INPUT arguments: any mix of article files and folders, "-" (standard
// input), statements (JSON Lines) and saved graphs (GraphML, node-link JSON), told apart by
// content. What is gathered is read but not yet extracted or built (extract/ and graph/ do that).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/statement.hpp"
#include "io/io.hpp"

namespace kg::io {

struct GatherOptions {
    bool strict = false;  // stop at the first bad statements line instead of skipping it
};

struct GatheredInputs {
    StatementSet statements;             // every statements input, in input order
    std::vector<KnowledgeGraph> graphs;  // every saved graph, in input order
    // Every article; the same article twice counts once, and so does an article whose text a
    // saved graph among the inputs has read (its Article::text_hash).
    std::vector<ArticleText> articles;
    // How many of `graphs` came before every statements and article input: a build puts
    // those first, the others after the rest, as given (a graph's names that were met first
    // keep their first spelling, as they would in a build from its statements).
    std::size_t leading_graphs = 0;
};

// Standard input is held in memory: beyond this, a file is asked for instead.
inline constexpr std::size_t kMaxStandardInputBytes = std::size_t{1} << 30;

// Reads every input. A file's kind is told by its content (io/input_kind.hpp). A folder gives
// every input it holds, recursively in sorted order: articles (.txt .md, JSON Lines of
// articles), statements (.jsonl), saved graphs (.graphml .json); the other files are skipped
// with one warning naming them. "-" is `standard_input`, read once (at most
// kMaxStandardInputBytes). Bad input throws InputError naming the file: "no such file",
// "permission denied", "not an article, statements or graph file (first bytes: ...)".
// Warnings (skipped lines and files) are added to diag.
GatheredInputs gather_inputs(const std::vector<std::string>& paths, std::istream& standard_input,
                             const GatherOptions& options, Diagnostics& diag);

}  // namespace kg::io
