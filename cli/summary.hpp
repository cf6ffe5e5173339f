// The short text summary that `build` and `stats` print.
#pragma once

#include <iosfwd>

#include "graph/knowledge_graph.hpp"

namespace kg::cli {

void print_summary(std::ostream& out, const KnowledgeGraph& kg, std::size_t top);

}  // namespace kg::cli
