// What a command works on: one EdgeSelection (the edges and entities asked for) and the filters
// every command applies in one order. Each filter returns a new KnowledgeGraph that keeps the
// node and edge ids, every property and extra column, the attribute declarations, the articles
// and the relative order of nodes and edges.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/analyze.hpp"
#include "graph/connection_graph.hpp"
#include "graph/ego.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg {

// The edges and entities a command looks at (--co-mentions, --no-hedged, --include-media,
// --relations, --type): the one place these switches live.
struct EdgeSelection {
    bool co_mentions = false;         // keep co_mention edges (always kept when named in relations)
    bool hedged = true;               // keep edges flagged hedged or negated
    bool media = false;               // count news outlets' edges in degrees and analyses
    std::vector<Relation> relations;  // only these relation types; empty keeps every type
    std::vector<NodeType> types;      // only entities of these types; empty keeps every type

    bool keeps(const EdgeProps& edge) const;
    bool keeps(const NodeProps& node) const;
};

// The connection view of a selection (graph/connection_graph.hpp), directed or not.
ConnectionOptions connection_options(const EdgeSelection& selection, bool directed = false);

// The nodes marked in keep_node and the edges between them that keep_edge marks (by edge
// insertion order index, see edges_in_order; empty keeps them all).
KnowledgeGraph induced_subgraph(const KnowledgeGraph& kg, const std::vector<char>& keep_node,
                                const std::vector<char>& keep_edge = {});

// The filters, applied in this order by filter_graph (each on what the one before left):
//   1. selection: entities of `selection.types`, edges of `selection.relations` (co_mention edges
//      only with co_mentions, hedged or negated ones unless hedged is false), and edges with at
//      least min_weight statements;
//   2. exclusions: the entities with these ids and their edges;
//   3. degree: entities with at least min_degree neighbours;
//   4. components: the ego network (nodes within ego_depth hops of the entity with id ego),
//      then isolated entities dropped, then the largest connected component (ties: the one with
//      the smallest node);
//   5. top: the `top` entities ranked by `by` (rank_nodes: highest first, ties by label, id).
// Degrees, hops, components and the ranking are those of the connection view of the selection
// (news outlets' edges count only with selection.media). Node filters drop the edges of the
// nodes they drop. A graph that no filter changes is returned unchanged.
struct GraphFilter {
    EdgeSelection selection;
    bool drop_outlets = false;         // step 1 also leaves out news outlets (nodes marked media)
    std::optional<double> min_weight;
    std::vector<std::string> exclude;  // node ids
    std::size_t min_degree = 0;
    std::optional<std::string> ego;    // node id
    std::size_t ego_depth = 1;
    bool drop_isolates = false;
    bool largest_component = false;
    std::optional<std::size_t> top;
    Measure by = Measure::degree;
};

KnowledgeGraph filter_graph(KnowledgeGraph kg, const GraphFilter& filter,
                            const AnalysisOptions& analysis = {});

// Node indices ordered by value, highest first (lowest first when `ascending`, as community
// numbers are read), ties by label, then by id: the one order of every ranking kgraph prints.
// `limit`: only the first that many (a partial sort: the same first rows, in O(n log limit)).
std::vector<std::size_t> rank_nodes(const KnowledgeGraph& kg, const std::vector<double>& values,
                                    bool ascending = false, std::size_t limit = SIZE_MAX);
// The same for a computed measure (community ascending, every other measure descending).
std::vector<std::size_t> rank_nodes(const KnowledgeGraph& kg, const Measures& values, Measure by);

}  // namespace kg
