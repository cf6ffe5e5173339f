// Paths between two entities of a KnowledgeGraph, with the edges and evidence behind each hop.
#include <algorithm>

#include "graph/paths.hpp"

namespace kg {
namespace {

Hop explain_hop(const KnowledgeGraph& kg, const ConnectionGraph& g, std::size_t from,
                std::size_t to, std::size_t link) {
    Hop hop;
    hop.from = from;
    hop.to = to;
    hop.weight = g.links[link].weight;
    for (const Edge& e : g.links[link].edges) {
        HopDirection d = HopDirection::forward;
        if (is_symmetric(kg.g[e].type))
            d = HopDirection::symmetric;
        else if (boost::source(e, kg.g) != from)
            d = HopDirection::backward;
        hop.edges.push_back({e, d});
    }
    return hop;
}

ExplainedPath explain(const KnowledgeGraph& kg, const ConnectionGraph& g, const Path& p) {
    ExplainedPath out;
    out.nodes.assign(p.nodes.begin(), p.nodes.end());
    out.length = p.length;
    for (std::size_t i = 0; i < p.links.size(); ++i)
        out.hops.push_back(explain_hop(kg, g, p.nodes[i], p.nodes[i + 1], p.links[i]));
    return out;
}

}  // namespace

std::string_view to_string(HopDirection d) {
    switch (d) {
        case HopDirection::forward: return "forward";
        case HopDirection::backward: return "backward";
        case HopDirection::symmetric: return "symmetric";
    }
    return "forward";
}

PathAnswer find_paths(const KnowledgeGraph& kg, Vertex from, Vertex to,
                      const PathOptions& options) {
    const ConnectionGraph g = connection_graph(kg, options.connection);
    SearchConstraints c;
    c.max_hops = options.max_hops;
    if (options.via || !options.exclude.empty()) {
        c.blocked_nodes.assign(g.node_count(), 0);
        if (options.via)
            for (std::size_t v = 0; v < g.node_count(); ++v)
                c.blocked_nodes[v] = kg.g[v].type != *options.via;
        for (Vertex v : options.exclude) c.blocked_nodes[v] = 1;
    }
    std::vector<Path> paths;
    switch (options.mode) {
        case PathOptions::Mode::shortest:
            if (auto p = shortest_path(g, from, to, options.weighted, c)) paths.push_back(*p);
            break;
        case PathOptions::Mode::all:
            paths = all_shortest_paths(g, from, to, options.weighted, c, options.limit);
            break;
        case PathOptions::Mode::k_shortest:
            paths = k_shortest_paths(g, from, to, options.k, options.weighted, c);
            break;
    }
    PathAnswer answer;
    for (const Path& p : paths) answer.paths.push_back(explain(kg, g, p));
    const std::vector<std::size_t> comp = connected_components(g);
    answer.component_count = comp.empty() ? 0 : *std::max_element(comp.begin(), comp.end()) + 1;
    answer.from_component = comp[from];
    answer.to_component = comp[to];
    answer.from_component_size = static_cast<std::size_t>(std::count(comp.begin(), comp.end(), comp[from]));
    answer.to_component_size = static_cast<std::size_t>(std::count(comp.begin(), comp.end(), comp[to]));
    return answer;
}

}  // namespace kg
