// Degrees and weighted strength, as NetworkX's G.degree, G.in_degree, G.out_degree and
// G.degree(weight="weight") report them (see graph/centrality.hpp).
#include "graph/centrality.hpp"

namespace kg {

Degrees degree_centrality(const ConnectionGraph& g) {
    const std::size_t n = g.node_count();
    Degrees d;
    d.degree.assign(n, 0);
    d.in_degree.assign(n, 0);
    d.out_degree.assign(n, 0);
    d.strength.assign(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        const auto out = static_cast<std::int64_t>(g.out[v].size());
        const auto in = g.directed ? static_cast<std::int64_t>(g.in[v].size()) : out;
        d.out_degree[v] = out;
        d.in_degree[v] = in;
        d.degree[v] = g.directed ? in + out : out;
        double s = 0.0;
        for (const Neighbor& nb : g.out[v]) s += nb.weight;
        if (g.directed)
            for (const Neighbor& nb : g.in[v]) s += nb.weight;
        d.strength[v] = s;
    }
    return d;
}

}  // namespace kg
