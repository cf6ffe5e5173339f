// Subgraphs and the export filters.
#include <algorithm>
#include <map>
#include <numeric>

#include "graph/filter.hpp"

namespace kg {

KnowledgeGraph induced_subgraph(const KnowledgeGraph& kg, const std::vector<char>& keep_node,
                                const std::vector<char>& keep_edge) {
    KnowledgeGraph out;
    out.node_attrs = kg.node_attrs;
    out.edge_attrs = kg.edge_attrs;
    out.articles = kg.articles;
    std::vector<std::optional<Vertex>> new_vertex(kg.node_count());
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g)))
        if (keep_node[v]) new_vertex[v] = out.add_node(kg.g[v]);
    const std::vector<Edge> edges = edges_in_order(kg);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (!keep_edge.empty() && !keep_edge[i]) continue;
        const auto s = new_vertex[boost::source(edges[i], kg.g)];
        const auto t = new_vertex[boost::target(edges[i], kg.g)];
        if (s && t) out.add_edge(*s, *t, kg.g[edges[i]]);
    }
    return out;
}

namespace {

KnowledgeGraph keep_nodes(const KnowledgeGraph& kg, const std::vector<char>& keep) {
    return induced_subgraph(kg, keep);
}

}  // namespace

KnowledgeGraph filter_graph(const KnowledgeGraph& kg, const ExportFilter& filter,
                            const AnalysisOptions& analysis) {
    // 1. Edges.
    const std::vector<Edge> edges = edges_in_order(kg);
    std::vector<char> keep_edge(edges.size(), 1);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const EdgeProps& e = kg.g[edges[i]];
        if (filter.no_co_mentions && e.type == Relation::co_mention) keep_edge[i] = 0;
        if (filter.no_hedged && (e.flags & (kHedged | kNegated))) keep_edge[i] = 0;
        if (filter.min_weight && e.weight < *filter.min_weight) keep_edge[i] = 0;
    }
    KnowledgeGraph cur = induced_subgraph(kg, std::vector<char>(kg.node_count(), 1), keep_edge);

    // 2. Ego network over the edges left (every relation, co-mentions included if still there).
    if (filter.ego) {
        ConnectionOptions all;
        all.include_co_mentions = true;
        // The edge filter keeps every node in its order, so the vertex is unchanged.
        const Vertex center = *filter.ego;
        const auto dist = ego_distances(cur, center, filter.ego_depth, all);
        std::vector<char> keep(cur.node_count());
        for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = dist[v].has_value();
        cur = keep_nodes(cur, keep);
    }
    // 3. Types.
    if (!filter.types.empty()) {
        std::vector<char> keep(cur.node_count());
        for (std::size_t v = 0; v < keep.size(); ++v)
            keep[v] = std::find(filter.types.begin(), filter.types.end(), cur.g[v].type) !=
                      filter.types.end();
        cur = keep_nodes(cur, keep);
    }
    // 4. Top N by a measure.
    if (filter.top && *filter.top < cur.node_count()) {
        const Measures m = compute_measures(cur, analysis, {filter.by});
        std::vector<std::size_t> order(cur.node_count());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const double va = m.value(filter.by, a), vb = m.value(filter.by, b);
            if (va != vb) return va > vb;
            return cur.g[a].id < cur.g[b].id;
        });
        std::vector<char> keep(cur.node_count(), 0);
        for (std::size_t i = 0; i < *filter.top; ++i) keep[order[i]] = 1;
        cur = keep_nodes(cur, keep);
    }
    // 5. Largest component.
    if (filter.largest_component && cur.node_count() > 0) {
        ConnectionOptions all;
        all.include_co_mentions = true;
        const std::vector<std::size_t> comp = connected_components(connection_graph(cur, all));
        std::map<std::size_t, std::size_t> size;
        for (std::size_t c : comp) ++size[c];
        std::size_t best = 0;
        for (const auto& [c, n] : size)
            if (n > size[best]) best = c;  // map order: ties keep the smallest node's component
        std::vector<char> keep(cur.node_count());
        for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = comp[v] == best;
        cur = keep_nodes(cur, keep);
    }
    return cur;
}

}  // namespace kg
