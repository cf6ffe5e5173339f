// A summary of a graph: what `kgraph stats` and `kgraph build` print.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

struct RankedNode {
    Vertex v;
    std::size_t degree;  // distinct neighbours, any relation, either direction
};

struct GraphStats {
    std::size_t nodes = 0, edges = 0, statements = 0, articles = 0;
    std::array<std::size_t, kNodeTypeCount> nodes_by_type{};
    std::array<std::size_t, kRelationCount> edges_by_relation{};
    std::size_t flagged_edges = 0;   // hedged, negated or attributed
    std::size_t components = 0;      // weakly connected
    std::size_t largest_component = 0;
    std::size_t isolated = 0;
    std::vector<RankedNode> top_by_degree;  // highest first, ties by label, then id
};

GraphStats compute_stats(const KnowledgeGraph& kg, std::size_t top = 10);

}  // namespace kg
