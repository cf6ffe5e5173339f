// Communities: groups of entities more densely connected to each other than to the rest.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/connection_graph.hpp"

namespace kg {

// Louvain modularity maximisation, as NetworkX's louvain_communities(G, weight, resolution,
// threshold, seed): nodes, visited in a seeded random order, move to the neighbouring
// community with the largest modularity gain until none moves; communities then become the
// nodes of a new graph and the process repeats while modularity grows by more than
// `threshold`. Equal gains go to the neighbouring community met first in NetworkX's adjacency
// order (insertion order, successors before predecessors). Same graph and seed, same
// communities (the node order differs from NetworkX's, whose random generator is Python's).
//
// Modularity (NetworkX's modularity):
//   undirected  Q = sum over communities c of  L_c / m - resolution * (d_c / 2m)^2
//   directed    Q = sum over communities c of  L_c / m - resolution * d_c^out * d_c^in / m^2
// where m is the total link weight (the number of links when unweighted), L_c the weight of the
// links inside c and d_c the summed (in-, out-) degree of its nodes. Resolution < 1 favours
// larger communities, > 1 smaller ones.
struct LouvainOptions {
    double resolution = 1.0;
    double threshold = 1e-7;
    std::uint64_t seed = 0;
    bool weighted = false;
};

struct Communities {
    std::vector<std::int64_t> community;  // per node; numbered 0, 1, ... by smallest node
    std::size_t count = 0;
    double modularity = 0.0;
};

Communities louvain_communities(const ConnectionGraph& g, const LouvainOptions& options = {});

double modularity(const ConnectionGraph& g, const std::vector<std::int64_t>& community,
                  double resolution = 1.0, bool weighted = false);

}  // namespace kg
