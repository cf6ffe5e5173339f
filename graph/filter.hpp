// Subgraphs of a KnowledgeGraph: ego networks and the export filters. Each returns a new
// KnowledgeGraph that keeps the node and edge ids, every property and extra column, the
// attribute declarations, the articles and the relative order of nodes and edges.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/analyze.hpp"
#include "graph/connection_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg {

// The nodes marked in keep_node and the edges between them that keep_edge marks (by edge
// insertion order index, see edges_in_order; empty keeps them all).
KnowledgeGraph induced_subgraph(const KnowledgeGraph& kg, const std::vector<char>& keep_node,
                                const std::vector<char>& keep_edge = {});

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

// The filters of `kgraph export`, applied in this order:
//   1. edges: no co_mention edges, no hedged or negated edges, weight >= min_weight;
//   2. ego: the nodes within ego_depth hops of `ego` (over the edges left);
//   3. types: only nodes of these types;
//   4. top N: the `top` nodes ranked by measure `by` (computed on what is left, ties by id);
//   5. the largest connected component (ties: the one with the smallest node).
// Node filters drop the edges of the nodes they drop.
struct ExportFilter {
    bool no_co_mentions = false;
    bool no_hedged = false;
    std::optional<double> min_weight;
    std::optional<Vertex> ego;
    std::size_t ego_depth = 1;
    std::vector<NodeType> types;  // empty keeps every type
    std::optional<std::size_t> top;
    Measure by = Measure::degree;
    bool largest_component = false;
};

KnowledgeGraph filter_graph(const KnowledgeGraph& kg, const ExportFilter& filter,
                            const AnalysisOptions& analysis = {});

}  // namespace kg
