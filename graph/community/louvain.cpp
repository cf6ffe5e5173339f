// Louvain community detection, following NetworkX's louvain_partitions / _one_level /
// _gen_graph step for step (see graph/community.hpp).
//
// Where several communities give the same modularity gain, the first one met wins, and
// NetworkX meets them in the order of its adjacency dictionaries: insertion order, successors
// before predecessors. On graphs full of ties (a grid with equal weights) that order decides
// which communities form, so LevelGraph keeps adjacency in insertion order exactly as NetworkX
// does, rather than sorted or shuffled.
#include <map>
#include <functional>
#include <random>
#include <unordered_set>

#include "graph/community.hpp"
#include "graph/seeded_random.hpp"

namespace kg {
namespace {

using Adjacency = std::vector<std::pair<std::size_t, double>>;  // (neighbour, weight), in order

// The graph of one Louvain level: weighted, possibly with self-loops (the weight inside a
// community once communities become nodes). Undirected: `succ` holds every neighbour and
// `pred` is unused, as in networkx.Graph.
struct LevelGraph {
    bool directed = false;
    std::vector<Adjacency> succ, pred;
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> succ_pos, pred_pos;

    explicit LevelGraph(std::size_t n, bool is_directed)
        : directed(is_directed), succ(n), pred(is_directed ? n : 0) {}
    std::size_t node_count() const { return succ.size(); }

    // networkx add_edge on an existing edge adds to its weight and keeps its place.
    void add(std::size_t u, std::size_t v, double w) {
        append(succ, succ_pos, u, v, w);
        if (directed)
            append(pred, pred_pos, v, u, w);
        else if (u != v)
            append(succ, succ_pos, v, u, w);
    }

    // Each edge once, in networkx's G.edges order: by source node, then adjacency order; an
    // undirected edge when its first end is reached.
    template <class Visit>
    void for_each_edge(Visit visit) const {
        for (std::size_t u = 0; u < succ.size(); ++u)
            for (const auto& [v, w] : succ[u])
                if (directed || v >= u) visit(u, v, w);
    }

    double total_weight() const {
        double m = 0.0;
        for_each_edge([&](std::size_t, std::size_t, double w) { m += w; });
        return m;
    }

    // Weighted out- and in-degrees; undirected: both the degree, a self-loop counting twice.
    void degrees(std::vector<double>& out, std::vector<double>& in) const {
        out.assign(node_count(), 0.0);
        in.assign(node_count(), 0.0);
        for_each_edge([&](std::size_t u, std::size_t v, double w) {
            out[u] += w;
            in[v] += w;
        });
        if (!directed)
            for (std::size_t v = 0; v < node_count(); ++v) out[v] = in[v] = out[v] + in[v];
    }

private:
    static void append(std::vector<Adjacency>& adj,
                       std::map<std::pair<std::size_t, std::size_t>, std::size_t>& pos,
                       std::size_t u, std::size_t v, double w) {
        auto [it, inserted] = pos.emplace(std::pair{u, v}, adj[u].size());
        if (inserted)
            adj[u].emplace_back(v, w);
        else
            adj[u][it->second].second += w;
    }
};

// Level 0 from the connection graph, whose links are sorted by (source, target): the order in
// which NetworkX's graph would hold them had it been built from the same sorted list.
LevelGraph level_graph(const ConnectionGraph& g, bool weighted) {
    LevelGraph lg(g.node_count(), g.directed);
    for (const Link& l : g.links) lg.add(l.source, l.target, weighted ? l.weight : 1.0);
    return lg;
}

double level_modularity(const LevelGraph& g, const std::vector<std::size_t>& com,
                        double resolution) {
    std::vector<double> out, in;
    g.degrees(out, in);
    double deg_sum = 0.0;
    for (double d : out) deg_sum += d;
    if (deg_sum == 0.0) return 0.0;
    const double m = g.directed ? deg_sum : deg_sum / 2.0;
    const double norm = g.directed ? 1.0 / (m * m) : 1.0 / (deg_sum * deg_sum);
    std::size_t count = 0;
    for (std::size_t c : com) count = std::max(count, c + 1);
    std::vector<double> inside(count, 0.0), out_sum(count, 0.0), in_sum(count, 0.0);
    g.for_each_edge([&](std::size_t u, std::size_t v, double w) {
        if (com[u] == com[v]) inside[com[u]] += w;
    });
    for (std::size_t v = 0; v < g.node_count(); ++v) {
        out_sum[com[v]] += out[v];
        in_sum[com[v]] += in[v];
    }
    double q = 0.0;
    for (std::size_t c = 0; c < count; ++c)
        q += inside[c] / m - resolution * out_sum[c] * in_sum[c] * norm;
    return q;
}

// The neighbours Louvain weighs, in NetworkX's order: undirected, the adjacency without
// self-loops; directed, successors then predecessors, one entry per neighbour (a self-loop
// counts from both sides).
std::vector<Adjacency> louvain_neighbours(const LevelGraph& g) {
    const std::size_t n = g.node_count();
    std::vector<Adjacency> nbrs(n);
    std::vector<std::size_t> slot(n, SIZE_MAX);
    for (std::size_t u = 0; u < n; ++u) {
        Adjacency& list = nbrs[u];
        auto add = [&](std::size_t v, double w) {
            if (slot[v] == SIZE_MAX) {
                slot[v] = list.size();
                list.emplace_back(v, 0.0);
            }
            list[slot[v]].second += w;
        };
        for (const auto& [v, w] : g.succ[u])
            if (g.directed || v != u) add(v, w);
        if (g.directed)
            for (const auto& [v, w] : g.pred[u]) add(v, w);
        for (const auto& [v, w] : list) slot[v] = SIZE_MAX;
    }
    return nbrs;
}

// The order of a level's assignment, to notice when directed moves come back to an earlier
// state (NetworkX's loop would then run forever).
std::size_t assignment_hash(const std::vector<std::size_t>& com) {
    std::size_t h = com.size();
    for (std::size_t c : com) h = h * 1000003u ^ std::hash<std::size_t>{}(c);
    return h;
}

// One level of moves (NetworkX's _one_level). Returns each node's community index (not
// renumbered) and whether any node moved.
bool one_level(const LevelGraph& g, double m, double resolution, std::mt19937_64& rng,
               std::vector<std::size_t>& node2com) {
    const std::size_t n = g.node_count();
    std::vector<double> out_deg, in_deg;
    g.degrees(out_deg, in_deg);
    std::vector<double> stot_out = out_deg, stot_in = in_deg;  // undirected: stot_out = Stot
    const std::vector<Adjacency> nbrs = louvain_neighbours(g);
    node2com.resize(n);
    for (std::size_t u = 0; u < n; ++u) node2com[u] = u;
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    detail::seeded_shuffle(order, rng);

    const double m2 = m * m;
    bool improvement = false;
    // NetworkX's directed gains do not always agree with the modularity, and its moves can
    // then cycle through the same assignments forever. Stop when an assignment repeats and
    // keep the best one seen.
    std::unordered_set<std::size_t> seen{assignment_hash(node2com)};
    std::vector<std::size_t> best_assignment = node2com;
    double best_q = level_modularity(g, node2com, resolution);
    constexpr std::size_t kMaxPasses = 100000;
    std::vector<double> weight_to(n, 0.0);
    std::vector<char> is_touched(n, 0);
    std::vector<std::size_t> touched;  // neighbour communities in the order first met
    for (std::size_t pass = 0; pass < kMaxPasses; ++pass) {
        std::size_t moves = 0;
        for (std::size_t u : order) {
            std::size_t best_com = node2com[u];
            double best_gain = 0.0;
            for (const auto& [v, w] : nbrs[u]) {
                if (!is_touched[node2com[v]]) {
                    is_touched[node2com[v]] = 1;
                    touched.push_back(node2com[v]);
                }
                weight_to[node2com[v]] += w;
            }
            double remove_cost;
            if (g.directed) {
                stot_in[best_com] -= in_deg[u];
                stot_out[best_com] -= out_deg[u];
                remove_cost = -weight_to[best_com] / m +
                              resolution *
                                  (out_deg[u] * stot_in[best_com] + in_deg[u] * stot_out[best_com]) /
                                  m2;
            } else {
                stot_out[best_com] -= out_deg[u];
                remove_cost = -weight_to[best_com] / m +
                              resolution * (stot_out[best_com] * out_deg[u]) / (2.0 * m2);
            }
            for (std::size_t c : touched) {
                const double wt = weight_to[c];
                double gain;
                if (g.directed)
                    gain = remove_cost + wt / m -
                           resolution * (out_deg[u] * stot_in[c] + in_deg[u] * stot_out[c]) / m2;
                else
                    gain = remove_cost + wt / m - resolution * (stot_out[c] * out_deg[u]) / (2.0 * m2);
                if (gain > best_gain) {
                    best_gain = gain;
                    best_com = c;
                }
            }
            for (std::size_t c : touched) {
                weight_to[c] = 0.0;
                is_touched[c] = 0;
            }
            touched.clear();
            stot_out[best_com] += out_deg[u];
            if (g.directed) stot_in[best_com] += in_deg[u];
            if (best_com != node2com[u]) {
                node2com[u] = best_com;
                ++moves;
            }
        }
        if (moves == 0) break;
        improvement = true;
        const double q = level_modularity(g, node2com, resolution);
        if (q > best_q) {
            best_q = q;
            best_assignment = node2com;
        }
        if (!seen.insert(assignment_hash(node2com)).second) break;
    }
    node2com = std::move(best_assignment);
    return improvement;
}

// Renumbers community indices 0, 1, ... in order of their index (NetworkX's filter(len, ...)).
std::size_t compact(std::vector<std::size_t>& com) {
    std::map<std::size_t, std::size_t> ids;
    for (std::size_t c : com) ids.emplace(c, 0);
    std::size_t next = 0;
    for (auto& [c, id] : ids) id = next++;
    for (std::size_t& c : com) c = ids[c];
    return next;
}

// NetworkX's _gen_graph: communities become nodes, edges added in the lower level's edge order.
LevelGraph aggregate(const LevelGraph& g, const std::vector<std::size_t>& com, std::size_t count) {
    LevelGraph h(count, g.directed);
    g.for_each_edge([&](std::size_t u, std::size_t v, double w) { h.add(com[u], com[v], w); });
    return h;
}

}  // namespace

double modularity(const ConnectionGraph& g, const std::vector<std::int64_t>& community,
                  double resolution, bool weighted) {
    std::vector<std::size_t> com(community.begin(), community.end());
    return level_modularity(level_graph(g, weighted), com, resolution);
}

Communities louvain_communities(const ConnectionGraph& g, const LouvainOptions& options) {
    const std::size_t n = g.node_count();
    LevelGraph level = level_graph(g, options.weighted);
    const double m = level.total_weight();
    std::vector<std::size_t> of_node(n);  // original node -> current level node
    for (std::size_t v = 0; v < n; ++v) of_node[v] = v;
    if (m > 0.0) {
        std::mt19937_64 rng(options.seed);
        std::vector<std::size_t> singletons(n);
        for (std::size_t v = 0; v < n; ++v) singletons[v] = v;
        double mod = level_modularity(level, singletons, options.resolution);
        std::vector<std::size_t> node2com;
        one_level(level, m, options.resolution, rng, node2com);
        for (;;) {
            std::size_t count = compact(node2com);
            for (std::size_t& c : of_node) c = node2com[c];
            const double new_mod = level_modularity(level, node2com, options.resolution);
            if (new_mod - mod <= options.threshold) break;
            mod = new_mod;
            level = aggregate(level, node2com, count);
            if (!one_level(level, m, options.resolution, rng, node2com)) break;
        }
    }
    // Number communities by their smallest node.
    Communities out;
    out.community.assign(n, -1);
    std::map<std::size_t, std::int64_t> ids;
    for (std::size_t v = 0; v < n; ++v) {
        auto [it, inserted] = ids.emplace(of_node[v], static_cast<std::int64_t>(ids.size()));
        out.community[v] = it->second;
    }
    out.count = ids.size();
    out.modularity = modularity(g, out.community, options.resolution, options.weighted);
    return out;
}

}  // namespace kg
