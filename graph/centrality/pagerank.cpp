// PageRank as NetworkX's pagerank (pagerank_scipy) computes it, with uniform teleportation and
// dangling nodes jumping uniformly (see graph/centrality.hpp).
#include <cmath>

#include "graph/centrality.hpp"
#include "graph/centrality/compact_adjacency.hpp"

namespace kg {

PowerIterationResult pagerank(const ConnectionGraph& g, const PageRankOptions& options) {
    const std::size_t n = g.node_count();
    PowerIterationResult r;
    if (n == 0) {
        r.converged = true;
        return r;
    }
    const double uniform = 1.0 / static_cast<double>(n);
    // Out-strength of each node: the row sums of A (links count both ways when undirected).
    std::vector<double> out_strength(n, 0.0);
    for (std::size_t v = 0; v < n; ++v)
        for (const Neighbor& nb : g.out[v]) out_strength[v] += options.weighted ? nb.weight : 1.0;
    std::vector<std::size_t> dangling;
    for (std::size_t v = 0; v < n; ++v)
        if (out_strength[v] == 0.0) dangling.push_back(v);

    // The links as compact rows (and their weights when weighted): each iteration streams
    // them once, 4 bytes a link instead of a 24-byte Neighbor (same sums in the same order).
    const detail::CompactAdjacency rows(g.out);
    const std::vector<double> weights =
        options.weighted ? detail::CompactAdjacency::weights_of(g.out) : std::vector<double>{};
    std::vector<double> x(n, uniform), next(n);
    for (std::size_t iter = 0; iter < options.max_iter; ++iter) {
        double dangling_sum = 0.0;
        for (std::size_t v : dangling) dangling_sum += x[v];
        std::fill(next.begin(), next.end(), 0.0);
        for (std::size_t v = 0; v < n; ++v) {
            if (out_strength[v] == 0.0) continue;
            const double share = x[v] / out_strength[v];
            const std::size_t first = rows.offsets[v], last = rows.offsets[v + 1];
            if (options.weighted)
                for (std::size_t k = first; k < last; ++k) next[rows.nodes[k]] += share * weights[k];
            else
                for (std::size_t k = first; k < last; ++k) next[rows.nodes[k]] += share;
        }
        double err = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            next[v] = options.alpha * (next[v] + dangling_sum * uniform) +
                      (1.0 - options.alpha) * uniform;
            err += std::fabs(next[v] - x[v]);
        }
        x.swap(next);
        r.iterations = iter + 1;
        if (err < static_cast<double>(n) * options.tol) {
            r.converged = true;
            break;
        }
    }
    r.values = std::move(x);
    return r;
}

}  // namespace kg
