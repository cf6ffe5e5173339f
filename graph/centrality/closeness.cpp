// Closeness centrality with Wasserman and Faust's correction for disconnected graphs, as
// NetworkX's closeness_centrality(G, distance, wf_improved=True) computes it (see
// graph/centrality.hpp).
#include "graph/centrality.hpp"
#include "graph/centrality/compact_adjacency.hpp"
#include "graph/centrality/single_source.hpp"
#include "graph/centrality/source_blocks.hpp"

namespace kg {

std::vector<double> closeness_centrality(const ConnectionGraph& g,
                                         const PathMeasureOptions& options) {
    const std::size_t n = g.node_count();
    std::vector<double> result(n, 0.0);
    // Incoming distances: search the predecessors (NetworkX reverses a directed graph).
    const detail::Adjacency& adj = g.directed ? g.in : g.out;
    const std::size_t blocks = detail::block_count(n, 0);
    if (!options.weighted) {
        // By hops over the compact rows; the distances are whole numbers, so their sum is
        // exact in any order.
        detail::for_each_hop_search(detail::CompactAdjacency(adj), options.threads,
                                    [&](std::size_t u, const detail::HopSearch& st) {
            std::int64_t total = 0;
            for (std::uint32_t v : st.order) total += st.hops[v];
            const double reached = static_cast<double>(st.order.size());
            if (total > 0 && n > 1) {
                double c = (reached - 1.0) / static_cast<double>(total);
                c *= (reached - 1.0) / static_cast<double>(n - 1);
                result[u] = c;
            }
        });
        return result;
    }
    detail::for_each_block(blocks, options.threads, [&](std::size_t b) {
        detail::SearchState state(n);
        auto [begin, end] = detail::block_range(n, blocks, b);
        for (std::size_t u = begin; u < end; ++u) {
            detail::single_source_search(adj, u, options.weighted, false, state);
            double total = 0.0;
            for (std::size_t v : state.order) total += state.dist[v];
            const double reached = static_cast<double>(state.order.size());
            if (total > 0.0 && n > 1) {
                double c = (reached - 1.0) / total;
                c *= (reached - 1.0) / static_cast<double>(n - 1);
                result[u] = c;
            }
        }
    });
    return result;
}

}  // namespace kg
