// Ego networks: everything within a few hops of one entity.
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

}  // namespace kg
