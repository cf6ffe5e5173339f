#include "graph/connection_graph.hpp"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <tuple>
#include <utility>

namespace kg {
namespace {

// One statement-carrying edge (or weighted pair) on its way into a link, with its arrival
// number: sorted, the pending list gives the links in (source, target) order and each link's
// edges in the order they came. A sort of one flat list instead of a map of lists: no node
// and no vector allocated per pair, which at a million edges was most of the time.
struct Pending {
    std::size_t source = 0, target = 0, order = 0;
    double weight = 0.0;
    Edge edge{};
    bool has_edge = false;
};

void add_pending(std::vector<Pending>& pending, std::size_t s, std::size_t t, bool directed, double weight,
                 const Edge* edge) {
    if (!directed && t < s) std::swap(s, t);
    pending.push_back({s, t, pending.size(), weight, edge ? *edge : Edge{}, edge != nullptr});
}

ConnectionGraph assemble(std::size_t n, std::vector<Pending> pending, bool directed, std::size_t self_loops) {
    std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
        return std::tie(a.source, a.target, a.order) < std::tie(b.source, b.target, b.order);
    });
    ConnectionGraph g;
    g.directed = directed;
    g.self_loops_dropped = self_loops;
    g.out.resize(n);
    if (directed) g.in.resize(n);
    for (std::size_t i = 0; i < pending.size();) {
        const std::size_t s = pending[i].source, t = pending[i].target;
        Link link{s, t, 0.0, {}};
        std::size_t j = i;
        for (; j < pending.size() && pending[j].source == s && pending[j].target == t; ++j) {
            link.weight += pending[j].weight;  // summed in arrival order, as statements came
            if (pending[j].has_edge) link.edges.push_back(pending[j].edge);
        }
        i = j;
        const std::size_t id = g.links.size();
        g.out[s].push_back({t, link.weight, id});
        if (directed)
            g.in[t].push_back({s, link.weight, id});
        else
            g.out[t].push_back({s, link.weight, id});
        g.links.push_back(std::move(link));
    }
    auto by_node = [](const Neighbor& a, const Neighbor& b) { return a.node < b.node; };
    for (auto& list : g.out) std::sort(list.begin(), list.end(), by_node);
    for (auto& list : g.in) std::sort(list.begin(), list.end(), by_node);
    return g;
}

}  // namespace

bool keeps_edge(const EdgeProps& edge, const ConnectionOptions& options) {
    if (!options.relations.empty()) {
        if (std::find(options.relations.begin(), options.relations.end(), edge.type) ==
            options.relations.end())
            return false;
    } else if (edge.type == Relation::co_mention && !options.include_co_mentions) {
        return false;
    }
    if (options.skip_hedged && (edge.flags & (kHedged | kNegated))) return false;
    return true;
}

bool keeps_edge(const KnowledgeGraph& kg, Edge e, const ConnectionOptions& options) {
    if (!keeps_edge(kg.g[e], options)) return false;
    if (options.include_media) return true;
    return !kg.g[boost::source(e, kg.g)].media && !kg.g[boost::target(e, kg.g)].media;
}

ConnectionGraph connection_graph(const KnowledgeGraph& kg, const ConnectionOptions& options) {
    std::vector<Pending> pending;
    pending.reserve(kg.edge_count());
    std::size_t self_loops = 0;
    for (const Edge& e : edges_in_order(kg)) {
        const EdgeProps& props = kg.g[e];
        if (!keeps_edge(kg, e, options)) continue;
        std::size_t s = boost::source(e, kg.g), t = boost::target(e, kg.g);
        if (s == t) {
            ++self_loops;
            continue;
        }
        add_pending(pending, s, t, options.directed, props.weight, &e);
        if (options.directed && is_symmetric(props.type))
            add_pending(pending, t, s, true, props.weight, &e);
    }
    return assemble(kg.node_count(), std::move(pending), options.directed, self_loops);
}

ConnectionGraph connection_graph_from_pairs(std::size_t node_count,
                                            const std::vector<WeightedPair>& pairs,
                                            bool directed) {
    std::vector<Pending> pending;
    pending.reserve(pairs.size());
    std::size_t self_loops = 0;
    for (const auto& p : pairs) {
        if (p.source == p.target) {
            ++self_loops;
            continue;
        }
        add_pending(pending, p.source, p.target, directed, p.weight, nullptr);
    }
    return assemble(node_count, std::move(pending), directed, self_loops);
}

std::vector<std::size_t> connected_components(const ConnectionGraph& g) {
    // Boost numbers components in the order of a depth-first search started from each unseen
    // vertex in index order, hence by smallest node.
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Undirected u(g.node_count());
    for (const Link& l : g.links) boost::add_edge(l.source, l.target, u);
    std::vector<std::size_t> comp(g.node_count());
    boost::connected_components(u, comp.data());
    return comp;
}

}  // namespace kg
