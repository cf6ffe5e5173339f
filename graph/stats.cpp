#include "graph/stats.hpp"

#include "graph/filter.hpp"

#include <algorithm>
#include <numeric>
#include <set>

namespace kg {
namespace {

// The sizes of the weakly connected components: union-find over the edges, in time about
// O(E + V) and memory O(V) (no undirected copy of the graph).
std::vector<std::size_t> component_sizes(const KnowledgeGraph& kg) {
    std::vector<std::size_t> parent(kg.node_count());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    const auto root = [&](std::size_t v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];  // path halving
        return v;
    };
    for (const auto& e : kg.g.m_edges) {
        const std::size_t a = root(e.m_source), b = root(e.m_target);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<std::size_t> size_of_root(parent.size(), 0);
    for (std::size_t v = 0; v < parent.size(); ++v) ++size_of_root[root(v)];
    std::vector<std::size_t> sizes;
    for (std::size_t n : size_of_root)
        if (n > 0) sizes.push_back(n);
    return sizes;
}

// The number of distinct other nodes v is linked to, either direction; `mark` (one entry per
// node, none equal to v before the call) remembers who was counted, in place of a set per node.
std::size_t distinct_neighbours(const KnowledgeGraph& kg, Vertex v, std::vector<Vertex>& mark) {
    std::size_t n = 0;
    const auto count = [&](Vertex u) {
        if (u != v && mark[u] != v) {
            mark[u] = v;
            ++n;
        }
    };
    for (auto e : boost::make_iterator_range(boost::out_edges(v, kg.g))) count(boost::target(e, kg.g));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, kg.g))) count(boost::source(e, kg.g));
    return n;
}

}  // namespace

GraphStats compute_stats(const KnowledgeGraph& kg, std::size_t top) {
    GraphStats s;
    s.nodes = kg.node_count();
    s.edges = kg.edge_count();
    std::set<std::string> articles;
    for (const auto& a : kg.articles) articles.insert(a.id);
    for (auto e : boost::make_iterator_range(boost::edges(kg.g))) {
        const EdgeProps& p = kg.g[e];
        ++s.edges_by_relation[static_cast<int>(p.type)];
        if (p.flags) ++s.flagged_edges;
        s.statements += static_cast<std::size_t>(p.weight);
        for (const auto& ev : p.evidence)
            if (!ev.article.empty()) articles.insert(ev.article);
    }
    s.articles = articles.size();
    std::vector<RankedNode> ranked;
    ranked.reserve(kg.node_count());
    std::vector<Vertex> mark(kg.node_count(), boost::graph_traits<Graph>::null_vertex());
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        ++s.nodes_by_type[static_cast<int>(kg.g[v].type)];
        std::size_t d = distinct_neighbours(kg, v, mark);
        if (d == 0) ++s.isolated;
        ranked.push_back({v, d});
    }
    auto sizes = component_sizes(kg);
    s.components = sizes.size();
    s.largest_component = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    std::vector<double> degrees(ranked.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) degrees[i] = static_cast<double>(ranked[i].degree);
    for (std::size_t i : rank_nodes(kg, degrees, false, top))  // the one ranking order (graph/filter.hpp)
        s.top_by_degree.push_back(ranked[i]);
    return s;
}

}  // namespace kg
