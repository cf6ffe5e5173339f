// Ego networks: everything within a few hops of one entity, on the connection view.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "graph/connection_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg {

// Hop distance from `center` of every node within `depth` hops on the connection graph
// (undirected unless options.directed, where it follows edge directions out of the center);
// nullopt beyond.
std::vector<std::optional<std::size_t>> ego_distances(const KnowledgeGraph& kg, Vertex center,
                                                      std::size_t depth,
                                                      const ConnectionOptions& options = {});

// The ego network: the nodes within `depth` hops of `center` and the edges among them that
// the connection options keep (co_mention edges only when asked for).
KnowledgeGraph ego_graph(const KnowledgeGraph& kg, Vertex center, std::size_t depth,
                         const ConnectionOptions& options = {});

// One row of the ego network's table: `entity`, `hop` hops from the center, reached from
// `from` (one hop nearer) over `edge`.
struct EgoRow {
    std::size_t hop;
    Vertex entity;
    Vertex from;
    Edge edge;
};

// Every edge that reaches a node from the layer before it (direction followed when
// options.directed, symmetric relations both ways), by hop, then the entity's label and id.
std::vector<EgoRow> ego_rows(const KnowledgeGraph& kg, const std::vector<std::optional<std::size_t>>& dist,
                             const ConnectionOptions& options = {});

}  // namespace kg
