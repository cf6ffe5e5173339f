// The connection view of a KnowledgeGraph that the analyses run on (DESIGN.md, "The connection
// graph used by the analyses"): one link between two entities whatever the number and types of
// relations between them, its weight the sum of their weights; co_mention edges only when asked
// for; direction ignored unless `directed`. The result is a simple graph: self-loops are dropped
// (and counted) so that every measure is defined as NetworkX defines it on the same graph.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/types.hpp"

namespace kg {

struct ConnectionOptions {
    bool directed = false;             // follow edge directions (symmetric relations go both ways)
    bool include_co_mentions = false;  // keep co_mention edges
    bool skip_hedged = false;          // drop edges flagged hedged or negated
    bool include_media = false;        // keep the edges of news outlets (nodes marked media)
    std::vector<Relation> relations = {};  // keep only these relation types; empty keeps all
};

// One neighbour of a node: the node at the other end, the link's weight and the link's index in
// ConnectionGraph::links.
struct Neighbor {
    std::size_t node = 0;
    double weight = 0.0;
    std::size_t link = 0;
};

// One link: its ends (source -> target when directed; source < target otherwise), the summed
// weight and the KnowledgeGraph edges behind it, in insertion order.
struct Link {
    std::size_t source = 0;
    std::size_t target = 0;
    double weight = 0.0;
    std::vector<Edge> edges;
};

// Nodes are the KnowledgeGraph's vertex indices. Neighbour lists are sorted by node index.
struct ConnectionGraph {
    bool directed = false;
    std::vector<std::vector<Neighbor>> out;  // successors; every neighbour when undirected
    std::vector<std::vector<Neighbor>> in;   // predecessors when directed; empty otherwise
    std::vector<Link> links;                 // sorted by (source, target)
    std::size_t self_loops_dropped = 0;      // KnowledgeGraph edges from a node to itself

    std::size_t node_count() const { return out.size(); }
    std::size_t link_count() const { return links.size(); }
    // Nodes with a link into v (every neighbour when undirected).
    const std::vector<Neighbor>& predecessors(std::size_t v) const {
        return directed ? in[v] : out[v];
    }
    const std::vector<Neighbor>& successors(std::size_t v) const { return out[v]; }
};

// Is this KnowledgeGraph edge part of the connection view under these options? (The edge's
// own properties only; connection_graph also drops the edges of news outlets.)
bool keeps_edge(const EdgeProps& edge, const ConnectionOptions& options);
// ... and with its ends: an edge touching a news outlet is kept only with include_media.
bool keeps_edge(const KnowledgeGraph& kg, Edge e, const ConnectionOptions& options);

ConnectionGraph connection_graph(const KnowledgeGraph& kg, const ConnectionOptions& options = {});

// A connection graph straight from weighted pairs (duplicates summed, self-loops dropped), for
// generated graphs; links carry no KnowledgeGraph edges.
struct WeightedPair {
    std::size_t source = 0;
    std::size_t target = 0;
    double weight = 1.0;
};
ConnectionGraph connection_graph_from_pairs(std::size_t node_count,
                                            const std::vector<WeightedPair>& pairs,
                                            bool directed);

// Connected components (weakly connected when directed): the component of each node, numbered
// 0, 1, ... in order of each component's smallest node.
std::vector<std::size_t> connected_components(const ConnectionGraph& g);

}  // namespace kg
