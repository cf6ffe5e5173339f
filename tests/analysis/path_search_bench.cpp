// Benchmark (not a test): single-pair shortest paths searched from both ends versus from the
// source only, on large generated graphs.
//   analysis_bench [nodes] [links per node] [queries]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "graph/paths.hpp"

using namespace kg;

namespace {

// Preferential attachment (each new node links to `per_node` earlier nodes chosen in
// proportion to their degree), weights 1 to 4: a scale-free graph like a large knowledge graph.
ConnectionGraph scale_free(std::size_t n, std::size_t per_node, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<WeightedPair> pairs;
    std::vector<std::size_t> ends;  // every link end, so that a uniform pick is degree-biased
    for (std::size_t v = 1; v < n; ++v)
        for (std::size_t k = 0; k < per_node; ++k) {
            std::size_t u = ends.empty() ? 0 : ends[rng() % ends.size()];
            pairs.push_back({v, u, static_cast<double>(1 + rng() % 4)});
            ends.push_back(u);
            ends.push_back(v);
        }
    return connection_graph_from_pairs(n, pairs, false);
}

// Uniformly random pairs.
ConnectionGraph uniform(std::size_t n, std::size_t per_node, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<WeightedPair> pairs;
    for (std::size_t i = 0; i < n * per_node; ++i)
        pairs.push_back({rng() % n, rng() % n, static_cast<double>(1 + rng() % 4)});
    return connection_graph_from_pairs(n, pairs, false);
}

template <class Search>
double time_queries(const std::vector<std::pair<std::size_t, std::size_t>>& queries, Search search,
                    std::vector<double>& lengths) {
    lengths.clear();
    auto start = std::chrono::steady_clock::now();
    for (auto [s, t] : queries) {
        auto p = search(s, t);
        lengths.push_back(p ? p->length : -1.0);
    }
    std::chrono::duration<double> d = std::chrono::steady_clock::now() - start;
    return d.count() / static_cast<double>(queries.size());
}

void run(const char* name, const ConnectionGraph& g, std::size_t query_count) {
    std::mt19937_64 rng(99);
    std::vector<std::pair<std::size_t, std::size_t>> queries;
    for (std::size_t i = 0; i < query_count; ++i)
        queries.emplace_back(rng() % g.node_count(), rng() % g.node_count());
    std::printf("%s: %zu nodes, %zu links, %zu queries\n", name, g.node_count(), g.link_count(),
                query_count);
    for (bool weighted : {false, true}) {
        std::vector<double> a, b;
        const double both = time_queries(queries, [&](auto s, auto t) {
            return bidirectional_shortest_path(g, s, t, weighted);
        }, a);
        const double one = time_queries(queries, [&](auto s, auto t) {
            return one_ended_shortest_path(g, s, t, weighted);
        }, b);
        std::size_t same = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            same += (a[i] < 0 && b[i] < 0) || std::abs(a[i] - b[i]) <= 1e-12 * std::max(1.0, b[i]);
        std::printf("  %-10s both ends %9.3f ms   one end %9.3f ms   speed-up %7.1fx   same length %zu/%zu\n",
                    weighted ? "Dijkstra" : "BFS", both * 1e3, one * 1e3, one / both, same, a.size());
    }
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const std::size_t per_node = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 2;
    const std::size_t queries = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 50;
    run("scale-free", scale_free(n, per_node, 1), queries);
    run("uniform", uniform(n, per_node, 2), queries);
}
