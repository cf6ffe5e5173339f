// Internal: single-source shortest-path searches shared by the path-based measures, written
// as NetworkX writes them (_single_source_shortest_path_basic and
// _single_source_dijkstra_path_basic) so that ties between equally short paths are counted
// the same way. Weighted searches use distance = 1 / weight; links of weight <= 0 are not
// followed.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

#include "graph/connection_graph.hpp"

namespace kg::detail {

using Adjacency = std::vector<std::vector<Neighbor>>;

inline double link_distance(double weight) { return 1.0 / weight; }

// Reusable state of one search. After a search, `order` lists the reached nodes in
// non-decreasing distance (S in Brandes' algorithm); dist, sigma and preds are valid for
// them only. reset() clears just what the previous search touched.
struct SearchState {
    static constexpr double kUnreached = std::numeric_limits<double>::infinity();
    std::vector<std::size_t> order;
    std::vector<double> dist;
    std::vector<double> sigma;                     // number of shortest paths from the source
    std::vector<std::vector<std::size_t>> preds;  // predecessors on shortest paths
    std::vector<double> seen;                      // tentative distances (Dijkstra)
    std::vector<std::size_t> touched;

    explicit SearchState(std::size_t n)
        : dist(n, kUnreached), sigma(n, 0.0), preds(n), seen(n, kUnreached) {}
    void reset();
};

// Shortest paths from s following `adj`, counting them (sigma) and recording predecessors
// when `count_paths` is set; by hops, or by 1 / weight when `weighted`.
void single_source_search(const Adjacency& adj, std::size_t s, bool weighted, bool count_paths,
                          SearchState& state);

}  // namespace kg::detail
