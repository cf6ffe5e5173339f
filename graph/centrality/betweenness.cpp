// Betweenness centrality by Brandes' algorithm, as NetworkX's betweenness_centrality computes
// it (see graph/centrality.hpp for the definition and the normalisation).
#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <random>

#include "graph/centrality.hpp"
#include "graph/centrality/compact_adjacency.hpp"
#include "graph/centrality/single_source.hpp"
#include "graph/centrality/source_blocks.hpp"
#include "graph/seeded_random.hpp"

namespace kg {
namespace {

// Adds source s's dependencies delta_s(v) to acc (Brandes' accumulation, NetworkX's
// _accumulate_basic).
void accumulate_dependencies(const detail::SearchState& st, std::size_t s,
                             std::vector<double>& delta, std::vector<double>& acc) {
    for (std::size_t v : st.order) delta[v] = 0.0;
    for (auto it = st.order.rbegin(); it != st.order.rend(); ++it) {
        std::size_t w = *it;
        double coeff = (1.0 + delta[w]) / st.sigma[w];
        for (std::size_t v : st.preds[w]) delta[v] += st.sigma[v] * coeff;
        if (w != s) acc[w] += delta[w];
    }
}

// The same accumulation after a search by hops: w's predecessors are read from `in` (the
// same nodes as the search's predecessor lists, so the same sums in the same order). The
// source, first in the order, has none and gains nothing.
void accumulate_dependencies(const detail::HopSearch& st, const detail::CompactAdjacency& in,
                             std::vector<double>& delta, std::vector<double>& acc) {
    const auto& order = st.order;
    for (std::size_t k = order.size(); k-- > 1;) {
        const std::uint32_t w = order[k];
        const double coeff = (1.0 + delta[w]) / st.sigma[w];
        const std::int32_t before = st.hops[w] - 1;
        for (const std::uint32_t* p = in.begin(w), *e = in.end(w); p != e; ++p)
            if (st.hops[*p] == before) delta[*p] += st.sigma[*p] * coeff;
        acc[w] += delta[w];
    }
    for (std::uint32_t v : order) delta[v] = 0.0;
}

double rescale_factor(std::size_t n, bool normalized, bool directed, std::size_t k) {
    double scale = 1.0;
    if (normalized) {
        if (n <= 2) return 1.0;  // no normalisation: every value is 0
        scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    } else if (!directed) {
        scale = 0.5;  // each undirected pair was counted from both ends
    } else if (k == n) {
        return 1.0;
    }
    if (k != n) scale = scale * static_cast<double>(n) / static_cast<double>(k);
    return scale;
}

}  // namespace

std::vector<std::size_t> sample_sources(std::size_t node_count, std::size_t k,
                                        std::uint64_t seed) {
    std::vector<std::size_t> nodes(node_count);
    std::iota(nodes.begin(), nodes.end(), std::size_t{0});
    if (k == 0 || k >= node_count) return nodes;
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < k; ++i) {
        std::size_t j = i + static_cast<std::size_t>(detail::uniform_below(rng, node_count - i));
        std::swap(nodes[i], nodes[j]);
    }
    nodes.resize(k);
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

std::vector<double> betweenness_centrality(const ConnectionGraph& g,
                                           const BetweennessOptions& options) {
    const std::size_t n = g.node_count();
    std::vector<std::size_t> sources = sample_sources(n, options.samples, options.seed);
    const std::size_t blocks = detail::block_count(sources.size(), n);
    std::vector<std::vector<double>> partial(blocks);
    if (options.weighted) {
        detail::for_each_block(blocks, options.threads, [&](std::size_t b) {
            std::vector<double> acc(n, 0.0), delta(n, 0.0);
            detail::SearchState state(n);
            auto [begin, end] = detail::block_range(sources.size(), blocks, b);
            for (std::size_t i = begin; i < end; ++i) {
                detail::single_source_search(g.out, sources[i], true, true, state);
                accumulate_dependencies(state, sources[i], delta, acc);
            }
            partial[b] = std::move(acc);
        });
    } else {
        // By hops: searches over the compact rows; a node's predecessors are the nodes linking
        // to it one hop nearer the source (its incoming rows when directed).
        const detail::CompactAdjacency out(g.out);
        std::optional<detail::CompactAdjacency> incoming;
        if (g.directed) incoming.emplace(g.in);
        const detail::CompactAdjacency& in = g.directed ? *incoming : out;
        detail::for_each_block(blocks, options.threads, [&](std::size_t b) {
            std::vector<double> acc(n, 0.0), delta(n, 0.0);
            detail::HopSearch st(n);
            auto [begin, end] = detail::block_range(sources.size(), blocks, b);
            for (std::size_t i = begin; i < end; ++i) {
                st.search<true>(out, static_cast<std::uint32_t>(sources[i]));
                accumulate_dependencies(st, in, delta, acc);
            }
            partial[b] = std::move(acc);
        });
    }
    std::vector<double> result(n, 0.0);
    for (const auto& acc : partial)
        for (std::size_t v = 0; v < n; ++v) result[v] += acc[v];
    const double scale = rescale_factor(n, options.normalized, g.directed, sources.size());
    if (scale != 1.0)
        for (double& x : result) x *= scale;
    return result;
}

}  // namespace kg
