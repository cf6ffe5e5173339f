// Eigenvector centrality by power iteration on A + I, as NetworkX's eigenvector_centrality
// computes it (see graph/centrality.hpp).
#include <cmath>

#include "graph/centrality.hpp"
#include "graph/centrality/compact_adjacency.hpp"

namespace kg {

PowerIterationResult eigenvector_centrality(const ConnectionGraph& g,
                                            const EigenvectorOptions& options) {
    const std::size_t n = g.node_count();
    PowerIterationResult r;
    if (n == 0) {
        r.converged = true;
        return r;
    }
    // The links as compact rows (and their weights when weighted), streamed once an
    // iteration (same sums in the same order as over the neighbour lists).
    const detail::CompactAdjacency rows(g.out);
    const std::vector<double> weights =
        options.weighted ? detail::CompactAdjacency::weights_of(g.out) : std::vector<double>{};
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n);
    for (std::size_t iter = 0; iter < options.max_iter; ++iter) {
        next = x;  // the I of A + I
        for (std::size_t u = 0; u < n; ++u) {
            const double xu = x[u];
            const std::size_t first = rows.offsets[u], last = rows.offsets[u + 1];
            if (options.weighted)
                for (std::size_t k = first; k < last; ++k) next[rows.nodes[k]] += xu * weights[k];
            else
                for (std::size_t k = first; k < last; ++k) next[rows.nodes[k]] += xu;
        }
        double sq = 0.0;
        for (double v : next) sq += v * v;
        double norm = std::sqrt(sq);
        if (norm == 0.0) norm = 1.0;
        double err = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            next[v] /= norm;
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
