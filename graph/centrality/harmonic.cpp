// Harmonic closeness, as NetworkX's harmonic_centrality(G, distance) computes it (see
// graph/centrality.hpp).
#include "graph/centrality.hpp"
#include "graph/centrality/compact_adjacency.hpp"
#include "graph/centrality/single_source.hpp"
#include "graph/centrality/source_blocks.hpp"

namespace kg {

std::vector<double> harmonic_centrality(const ConnectionGraph& g,
                                        const PathMeasureOptions& options) {
    const std::size_t n = g.node_count();
    std::vector<double> result(n, 0.0);
    // H(u) sums 1 / d(v, u) over the sources v: one search from u over incoming links.
    const detail::Adjacency& adj = g.directed ? g.in : g.out;
    const std::size_t blocks = detail::block_count(n, 0);
    if (!options.weighted) {
        // By hops over the compact rows, summing in the same order as the list-based search.
        detail::for_each_hop_search(detail::CompactAdjacency(adj), options.threads,
                                    [&](std::size_t u, const detail::HopSearch& st) {
            double h = 0.0;
            for (std::uint32_t v : st.order)
                if (st.hops[v] > 0) h += 1.0 / static_cast<double>(st.hops[v]);
            result[u] = h;
        });
        return result;
    }
    detail::for_each_block(blocks, options.threads, [&](std::size_t b) {
        detail::SearchState state(n);
        auto [begin, end] = detail::block_range(n, blocks, b);
        for (std::size_t u = begin; u < end; ++u) {
            detail::single_source_search(adj, u, options.weighted, false, state);
            double h = 0.0;
            for (std::size_t v : state.order)
                if (state.dist[v] > 0.0) h += 1.0 / state.dist[v];
            result[u] = h;
        }
    });
    return result;
}

}  // namespace kg
