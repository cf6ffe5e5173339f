// Ego networks: everything within a few hops of one entity.
#include "graph/ego.hpp"

#include <algorithm>
#include <deque>

#include "graph/filter.hpp"

namespace kg {

std::vector<std::optional<std::size_t>> ego_distances(const KnowledgeGraph& kg, Vertex center,
                                                      std::size_t depth,
                                                      const ConnectionOptions& options) {
    const ConnectionGraph g = connection_graph(kg, options);
    std::vector<std::optional<std::size_t>> dist(g.node_count());
    std::deque<std::size_t> queue{center};
    dist[center] = 0;
    while (!queue.empty()) {
        std::size_t v = queue.front();
        queue.pop_front();
        if (*dist[v] == depth) continue;
        for (const Neighbor& nb : g.successors(v))
            if (!dist[nb.node]) {
                dist[nb.node] = *dist[v] + 1;
                queue.push_back(nb.node);
            }
    }
    return dist;
}

KnowledgeGraph ego_graph(const KnowledgeGraph& kg, Vertex center, std::size_t depth,
                         const ConnectionOptions& options) {
    const auto dist = ego_distances(kg, center, depth, options);
    std::vector<char> keep_node(kg.node_count(), 0);
    for (std::size_t v = 0; v < dist.size(); ++v) keep_node[v] = dist[v].has_value();
    const std::vector<Edge> edges = edges_in_order(kg);
    std::vector<char> keep_edge(edges.size(), 0);
    for (std::size_t i = 0; i < edges.size(); ++i) keep_edge[i] = keeps_edge(kg, edges[i], options);
    return induced_subgraph(kg, keep_node, keep_edge);
}

std::vector<EgoRow> ego_rows(const KnowledgeGraph& kg, const std::vector<std::optional<std::size_t>>& dist,
                             const ConnectionOptions& options) {
    std::vector<EgoRow> rows;
    for (const Edge& e : edges_in_order(kg)) {
        if (!keeps_edge(kg, e, options)) continue;
        const Vertex s = boost::source(e, kg.g), t = boost::target(e, kg.g);
        if (!dist[s] || !dist[t]) continue;
        // An edge from the layer before: it is how the farther end was reached.
        if (*dist[t] == *dist[s] + 1) rows.push_back({*dist[t], t, s, e});
        else if (*dist[s] == *dist[t] + 1 && (!options.directed || is_symmetric(kg.g[e].type)))
            rows.push_back({*dist[s], s, t, e});
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const EgoRow& a, const EgoRow& b) {
        if (a.hop != b.hop) return a.hop < b.hop;
        if (kg.g[a.entity].label != kg.g[b.entity].label) return kg.g[a.entity].label < kg.g[b.entity].label;
        return kg.g[a.entity].id < kg.g[b.entity].id;
    });
    return rows;
}

}  // namespace kg
