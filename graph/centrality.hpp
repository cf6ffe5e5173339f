// Centrality measures on a ConnectionGraph, each defined and normalised as NetworkX 2.8 defines
// it on the same simple graph, so that the values can be checked against NetworkX.
// Weighted variants read a link's weight as its strength; where a measure needs a distance, a
// stronger tie is a shorter one: distance = 1 / weight.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/connection_graph.hpp"

namespace kg {

// Degrees, as NetworkX's G.degree / G.in_degree / G.out_degree / G.degree(weight="weight").
//   degree      number of neighbours (directed: in-degree + out-degree), not normalised
//   in_degree   number of links into the node (undirected: the degree)
//   out_degree  number of links out of the node (undirected: the degree)
//   strength    sum of the weights of the node's links (directed: in and out)
struct Degrees {
    std::vector<std::int64_t> degree;
    std::vector<std::int64_t> in_degree;
    std::vector<std::int64_t> out_degree;
    std::vector<double> strength;
};
Degrees degree_centrality(const ConnectionGraph& g);

// Options shared by the measures that search shortest paths from every source.
struct PathMeasureOptions {
    bool weighted = false;  // distance = 1 / weight instead of one hop
    unsigned threads = 0;   // 0 = every core; the result does not depend on it
};

// Betweenness, NetworkX's betweenness_centrality(G, k, normalized=True, weight, endpoints=False):
//   c_B(v) = sum over s != v != t of sigma(s, t | v) / sigma(s, t),
// where sigma(s, t) counts the shortest s-t paths and sigma(s, t | v) those through v (Brandes'
// algorithm). Normalised by 1 / ((n - 1)(n - 2)) for directed graphs and 2 / ((n - 1)(n - 2))
// for undirected ones (no normalisation when n <= 2). With `samples` = k > 0, only k source
// nodes, drawn without replacement with `seed`, are used and the sum is scaled by n / k; k >= n
// gives the exact value.
struct BetweennessOptions : PathMeasureOptions {
    bool normalized = true;
    std::size_t samples = 0;  // 0 = every node is a source
    std::uint64_t seed = 0;
};
std::vector<double> betweenness_centrality(const ConnectionGraph& g,
                                           const BetweennessOptions& options = {});

// The sources that betweenness_centrality samples: k distinct nodes drawn with `seed`, in
// increasing order; every node when k == 0 or k >= n.
std::vector<std::size_t> sample_sources(std::size_t node_count, std::size_t k,
                                        std::uint64_t seed);

// Closeness, NetworkX's closeness_centrality(G, distance, wf_improved=True):
//   C(u) = (r - 1) / sum of d(v, u) over the r - 1 other nodes v that reach u,
// multiplied by (r - 1) / (n - 1) (Wasserman and Faust's correction, so that nodes in small
// components do not score high); 0 for a node nothing reaches. Directed graphs use incoming
// distance d(v, u).
std::vector<double> closeness_centrality(const ConnectionGraph& g,
                                         const PathMeasureOptions& options = {});

// Harmonic closeness, NetworkX's harmonic_centrality(G, distance):
//   H(u) = sum over v != u of 1 / d(v, u)   (1 / infinity = 0), not normalised.
// Directed graphs use incoming distance d(v, u).
std::vector<double> harmonic_centrality(const ConnectionGraph& g,
                                        const PathMeasureOptions& options = {});

// Result of a power iteration: the values, the iterations made and whether it converged
// (NetworkX raises PowerIterationFailedConvergence where `converged` is false).
struct PowerIterationResult {
    std::vector<double> values;
    std::size_t iterations = 0;
    bool converged = false;
};

// PageRank, NetworkX's pagerank(G, alpha, personalization=None, max_iter, tol, weight,
// dangling=None): the stationary distribution of a random walk that follows an out-link
// (chosen in proportion to its weight when weighted) with probability alpha and jumps to a
// uniformly chosen node otherwise; a node without out-links (dangling) jumps uniformly.
// Undirected links are followed both ways. Iterates from 1/n until the L1 change is below
// n * tol. The values sum to 1.
struct PageRankOptions {
    double alpha = 0.85;
    double tol = 1e-6;
    std::size_t max_iter = 100;
    bool weighted = false;
};
PowerIterationResult pagerank(const ConnectionGraph& g, const PageRankOptions& options = {});

// Eigenvector centrality, NetworkX's eigenvector_centrality(G, max_iter, tol, weight): the
// principal eigenvector x of A (x_v = (1 / lambda) sum over links u -> v of w_uv x_u, i.e. the
// left eigenvector for directed graphs), found by power iteration on A + I from the uniform
// vector, normalised to unit Euclidean norm; stops when the L1 change is below n * tol.
struct EigenvectorOptions {
    double tol = 1e-6;
    std::size_t max_iter = 100;
    bool weighted = false;
};
PowerIterationResult eigenvector_centrality(const ConnectionGraph& g,
                                            const EigenvectorOptions& options = {});

// Core number, NetworkX's core_number(G): the largest k such that the node belongs to the
// k-core, the maximal subgraph whose nodes all have degree >= k. Directed graphs use
// in-degree + out-degree. Unweighted.
std::vector<std::int64_t> core_number(const ConnectionGraph& g);

}  // namespace kg
