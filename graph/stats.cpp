#include "graph/stats.hpp"

#include "graph/filter.hpp"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <set>

namespace kg {
namespace {

// Weakly connected components: the undirected view of the graph.
std::vector<std::size_t> component_sizes(const KnowledgeGraph& kg) {
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Undirected u(kg.node_count());
    for (auto e : boost::make_iterator_range(boost::edges(kg.g)))
        boost::add_edge(boost::source(e, kg.g), boost::target(e, kg.g), u);
    std::vector<int> comp(kg.node_count());
    int n = kg.node_count() ? boost::connected_components(u, comp.data()) : 0;
    std::vector<std::size_t> sizes(static_cast<std::size_t>(n));
    for (int c : comp) ++sizes[static_cast<std::size_t>(c)];
    return sizes;
}

std::size_t distinct_neighbours(const KnowledgeGraph& kg, Vertex v) {
    std::set<Vertex> seen;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, kg.g)))
        if (boost::target(e, kg.g) != v) seen.insert(boost::target(e, kg.g));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, kg.g)))
        if (boost::source(e, kg.g) != v) seen.insert(boost::source(e, kg.g));
    return seen.size();
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
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        ++s.nodes_by_type[static_cast<int>(kg.g[v].type)];
        std::size_t d = distinct_neighbours(kg, v);
        if (d == 0) ++s.isolated;
        ranked.push_back({v, d});
    }
    auto sizes = component_sizes(kg);
    s.components = sizes.size();
    s.largest_component = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    std::vector<double> degrees(ranked.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) degrees[i] = static_cast<double>(ranked[i].degree);
    for (std::size_t i : rank_nodes(kg, degrees)) {  // the one ranking order (graph/filter.hpp)
        if (s.top_by_degree.size() == top) break;
        s.top_by_degree.push_back(ranked[i]);
    }
    return s;
}

}  // namespace kg
