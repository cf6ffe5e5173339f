// Who connects to whom: shortest paths between two entities on the connection graph, with the
// KnowledgeGraph edges (and their evidence) behind every hop.
//
// Unweighted searches count hops; weighted ones prefer strong ties (distance = 1 / weight).
// Single-pair searches run from both ends at once (bidirectional BFS / Dijkstra, as NetworkX's
// bidirectional_shortest_path and bidirectional_dijkstra); the one-ended searches are kept for
// all shortest paths, hop-limited weighted searches and for checking.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "graph/connection_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg {

// What a search may use, on top of the connection graph's own filters.
struct SearchConstraints {
    std::vector<char> blocked_nodes;  // by node; never entered (except as an end)
    std::vector<char> blocked_links;  // by link id; never followed
    std::optional<std::size_t> max_hops;
};

// A path: its nodes, the links between consecutive nodes, and its length (hops, or the sum of
// 1 / weight when weighted).
struct Path {
    std::vector<std::size_t> nodes;
    std::vector<std::size_t> links;
    double length = 0.0;
    std::size_t hops() const { return links.size(); }
};

// One shortest path from s to t, searching from both ends; nullopt when there is none (within
// max_hops). Weighted searches with a hop limit use hop_limited_shortest_path instead.
std::optional<Path> bidirectional_shortest_path(const ConnectionGraph& g, std::size_t s,
                                                std::size_t t, bool weighted,
                                                const SearchConstraints& c = {});

// The same answer from a search that starts at s only (BFS or Dijkstra), for comparison.
std::optional<Path> one_ended_shortest_path(const ConnectionGraph& g, std::size_t s,
                                            std::size_t t, bool weighted,
                                            const SearchConstraints& c = {});

// The shortest path of at most max_hops hops (Bellman-Ford over hop counts); for weighted
// searches with a hop limit, where the fewest-hop path need not be the shortest.
std::optional<Path> hop_limited_shortest_path(const ConnectionGraph& g, std::size_t s,
                                              std::size_t t, bool weighted,
                                              const SearchConstraints& c);

// The best available search for this query: bidirectional, or hop-limited when weighted with
// a hop limit.
std::optional<Path> shortest_path(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                  bool weighted, const SearchConstraints& c = {});

// Every shortest path from s to t (as NetworkX's all_shortest_paths), at most `limit` of them,
// in lexicographic order of their nodes.
std::vector<Path> all_shortest_paths(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                     bool weighted, const SearchConstraints& c = {},
                                     std::size_t limit = 1000);

// The k shortest simple paths from s to t in order of length (Yen's algorithm, as NetworkX's
// shortest_simple_paths); fewer when there are not that many.
std::vector<Path> k_shortest_paths(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                   std::size_t k, bool weighted,
                                   const SearchConstraints& c = {});

// ---- Paths between entities of a KnowledgeGraph, explained ----

struct PathOptions {
    ConnectionOptions connection;                  // directed, co-mentions, no-hedged, relations
    bool weighted = false;                         // prefer strong ties
    std::optional<std::size_t> max_hops;
    std::optional<NodeType> via;                   // intermediate nodes of this type only
    std::vector<Vertex> exclude;                   // never pass through these
    enum class Mode { shortest, all, k_shortest } mode = Mode::shortest;
    std::size_t k = 1;                             // for k_shortest
    std::size_t limit = 1000;                      // for all
};

// How a KnowledgeGraph edge runs relative to a hop from `from` to `to`.
enum class HopDirection { forward, backward, symmetric };
std::string_view to_string(HopDirection d);

struct HopEdge {
    Edge edge;
    HopDirection direction = HopDirection::forward;
};

struct Hop {
    Vertex from = 0;
    Vertex to = 0;
    double weight = 0.0;          // the link's summed weight
    std::vector<HopEdge> edges;   // the KnowledgeGraph edges behind it, in insertion order
};

struct ExplainedPath {
    std::vector<Vertex> nodes;
    std::vector<Hop> hops;
    double length = 0.0;
};

// The answer to "how does FROM connect to TO": the paths found, or none, with the connected
// components (of the connection graph without the search's constraints) of both ends.
struct PathAnswer {
    std::vector<ExplainedPath> paths;
    std::size_t from_component = 0;
    std::size_t to_component = 0;
    std::size_t from_component_size = 0;
    std::size_t to_component_size = 0;
    std::size_t component_count = 0;
    bool same_component() const { return from_component == to_component; }
};

PathAnswer find_paths(const KnowledgeGraph& kg, Vertex from, Vertex to,
                      const PathOptions& options = {});

}  // namespace kg
