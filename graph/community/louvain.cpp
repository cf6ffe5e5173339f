// Louvain community detection, following NetworkX's louvain_partitions / _one_level /
// _gen_graph step for step (see graph/community.hpp).
#include <map>
#include <random>

#include "graph/community.hpp"
#include "graph/seeded_random.hpp"

namespace kg {
namespace {

// The graph of one Louvain level: weighted, possibly with self-loops (the weight inside a
// community once communities become nodes).
struct LevelGraph {
    bool directed = false;
    std::size_t n = 0;
    std::map<std::pair<std::size_t, std::size_t>, double> edges;  // undirected: first <= second

    void add(std::size_t u, std::size_t v, double w) {
        if (!directed && v < u) std::swap(u, v);
        edges[{u, v}] += w;
    }
    double total_weight() const {
        double m = 0.0;
        for (const auto& [e, w] : edges) m += w;
        return m;
    }
    // Weighted out- and in-degrees; undirected: both the degree, a self-loop counting twice.
    void degrees(std::vector<double>& out, std::vector<double>& in) const {
        out.assign(n, 0.0);
        in.assign(n, 0.0);
        for (const auto& [e, w] : edges) {
            out[e.first] += w;
            in[e.second] += w;
        }
        if (!directed)
            for (std::size_t v = 0; v < n; ++v) out[v] = in[v] = out[v] + in[v];
    }
};

LevelGraph level_graph(const ConnectionGraph& g, bool weighted) {
    LevelGraph lg;
    lg.directed = g.directed;
    lg.n = g.node_count();
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
    for (const auto& [e, w] : g.edges)
        if (com[e.first] == com[e.second]) inside[com[e.first]] += w;
    for (std::size_t v = 0; v < g.n; ++v) {
        out_sum[com[v]] += out[v];
        in_sum[com[v]] += in[v];
    }
    double q = 0.0;
    for (std::size_t c = 0; c < count; ++c)
        q += inside[c] / m - resolution * out_sum[c] * in_sum[c] * norm;
    return q;
}

// One level of moves (NetworkX's _one_level). Returns each node's community index (not
// renumbered) and whether any node moved.
bool one_level(const LevelGraph& g, double m, double resolution, std::mt19937_64& rng,
               std::vector<std::size_t>& node2com) {
    const std::size_t n = g.n;
    std::vector<double> out_deg, in_deg;
    g.degrees(out_deg, in_deg);
    std::vector<double> stot_out = out_deg, stot_in = in_deg;  // undirected: stot_out = Stot
    // Neighbour weights: undirected without self-loops; directed out- and in-links, a self-loop
    // in both (as NetworkX builds them).
    std::vector<std::vector<std::pair<std::size_t, double>>> nbrs(n);
    {
        std::vector<std::map<std::size_t, double>> acc(n);
        for (const auto& [e, w] : g.edges) {
            auto [u, v] = e;
            if (g.directed) {
                acc[u][v] += w;
                acc[v][u] += w;
            } else if (u != v) {
                acc[u][v] += w;
                acc[v][u] += w;
            }
        }
        for (std::size_t u = 0; u < n; ++u) nbrs[u].assign(acc[u].begin(), acc[u].end());
    }
    // Equal gains go to the first community met among the neighbours. NetworkX meets them in
    // edge insertion order, in effect arbitrary; node order would favour low-numbered nodes'
    // communities and, on graphs with many ties, lower the modularity found. So: a seeded
    // shuffle.
    for (auto& list : nbrs) detail::seeded_shuffle(list, rng);
    node2com.resize(n);
    for (std::size_t u = 0; u < n; ++u) node2com[u] = u;
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    detail::seeded_shuffle(order, rng);

    const double m2 = m * m;
    bool improvement = false;
    // NetworkX's directed gains can make nodes cycle between communities forever: keep the
    // best assignment seen and stop after kPatience passes that do not improve on it.
    constexpr int kPatience = 16;
    int passes_without_gain = 0;
    std::vector<std::size_t> best_assignment = node2com;
    double best_q = level_modularity(g, node2com, resolution);
    std::vector<double> weight_to(n, 0.0);
    std::vector<char> is_touched(n, 0);
    std::vector<std::size_t> touched;
    for (std::size_t moves = 1; moves > 0;) {
        moves = 0;
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
        const double q = level_modularity(g, node2com, resolution);
        if (q > best_q) {
            best_q = q;
            best_assignment = node2com;
            improvement = true;
            passes_without_gain = 0;
        } else if (++passes_without_gain >= kPatience) {
            break;
        }
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

LevelGraph aggregate(const LevelGraph& g, const std::vector<std::size_t>& com, std::size_t count) {
    LevelGraph h;
    h.directed = g.directed;
    h.n = count;
    for (const auto& [e, w] : g.edges) h.add(com[e.first], com[e.second], w);
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
            if (!one_level(level, m, options.resolution, rng, node2com)) {
                compact(node2com);
                for (std::size_t& c : of_node) c = node2com[c];
                break;
            }
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
