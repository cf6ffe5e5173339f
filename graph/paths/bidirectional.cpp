// Single-pair shortest paths searched from both ends at once: bidirectional BFS (NetworkX's
// _bidirectional_pred_succ: expand the smaller frontier a whole level at a time, stop at the
// first node both searches reached) and bidirectional Dijkstra (NetworkX's
// bidirectional_dijkstra: alternate the two searches, keep the best meeting seen, stop when a
// node is settled from both ends).
#include <functional>
#include <queue>
#include <tuple>

#include "graph/paths.hpp"
#include "graph/paths/path_support.hpp"

namespace kg {
namespace {

using detail::kInfinity;
using detail::kNone;

// Joins the forward half s..meet and the backward half meet..t.
Path join_halves(const std::vector<std::size_t>& fwd_node, const std::vector<std::size_t>& fwd_link,
                 const std::vector<std::size_t>& bwd_node, const std::vector<std::size_t>& bwd_link,
                 std::size_t meet) {
    Path p = detail::path_from_parents(fwd_node, fwd_link, meet);
    for (std::size_t x = meet; bwd_node[x] != kNone; x = bwd_node[x]) {
        p.links.push_back(bwd_link[x]);
        p.nodes.push_back(bwd_node[x]);
    }
    return p;
}

std::optional<Path> bidirectional_bfs(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                      const SearchConstraints& c) {
    const std::size_t n = g.node_count();
    const detail::Usable usable{c, s, t, false};
    std::vector<char> in_fwd(n, 0), in_bwd(n, 0);
    std::vector<std::size_t> fwd_node(n, kNone), fwd_link(n, kNone), bwd_node(n, kNone),
        bwd_link(n, kNone);
    in_fwd[s] = 1;
    in_bwd[t] = 1;
    std::vector<std::size_t> fwd_fringe{s}, bwd_fringe{t}, level;
    while (!fwd_fringe.empty() && !bwd_fringe.empty()) {
        const bool forward = fwd_fringe.size() <= bwd_fringe.size();
        auto& fringe = forward ? fwd_fringe : bwd_fringe;
        auto& mine = forward ? in_fwd : in_bwd;
        auto& other = forward ? in_bwd : in_fwd;
        auto& parent_node = forward ? fwd_node : bwd_node;
        auto& parent_link = forward ? fwd_link : bwd_link;
        level.swap(fringe);
        fringe.clear();
        for (std::size_t v : level) {
            const auto& adj = forward ? g.successors(v) : g.predecessors(v);
            for (const Neighbor& nb : adj) {
                const std::size_t w = nb.node;
                if (!usable.link(nb) || !usable.node(w)) continue;
                if (!mine[w]) {
                    mine[w] = 1;
                    parent_node[w] = v;
                    parent_link[w] = nb.link;
                    fringe.push_back(w);
                }
                if (other[w]) return join_halves(fwd_node, fwd_link, bwd_node, bwd_link, w);
            }
        }
    }
    return std::nullopt;
}

std::optional<Path> bidirectional_dijkstra(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                           const SearchConstraints& c) {
    const std::size_t n = g.node_count();
    const detail::Usable usable{c, s, t, true};
    std::vector<double> dist[2] = {std::vector<double>(n, kInfinity),
                                   std::vector<double>(n, kInfinity)};
    std::vector<double> seen[2] = {std::vector<double>(n, kInfinity),
                                   std::vector<double>(n, kInfinity)};
    std::vector<std::size_t> parent_node[2] = {std::vector<std::size_t>(n, kNone),
                                               std::vector<std::size_t>(n, kNone)};
    std::vector<std::size_t> parent_link[2] = {std::vector<std::size_t>(n, kNone),
                                               std::vector<std::size_t>(n, kNone)};
    using Entry = std::tuple<double, std::size_t, std::size_t>;  // distance, counter, node
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> fringe[2];
    std::size_t counter = 0;
    seen[0][s] = 0.0;
    seen[1][t] = 0.0;
    fringe[0].emplace(0.0, counter++, s);
    fringe[1].emplace(0.0, counter++, t);
    double best = kInfinity;
    std::size_t meet = kNone;
    int dir = 1;
    while (!fringe[0].empty() && !fringe[1].empty()) {
        dir = 1 - dir;
        auto [d, cnt, v] = fringe[dir].top();
        fringe[dir].pop();
        if (dist[dir][v] != kInfinity) continue;
        dist[dir][v] = d;
        if (dist[1 - dir][v] != kInfinity) break;
        const auto& adj = dir == 0 ? g.successors(v) : g.predecessors(v);
        for (const Neighbor& nb : adj) {
            const std::size_t w = nb.node;
            if (!usable.link(nb) || !usable.node(w)) continue;
            const double vw = d + 1.0 / nb.weight;
            if (dist[dir][w] != kInfinity || !(vw < seen[dir][w])) continue;
            seen[dir][w] = vw;
            parent_node[dir][w] = v;
            parent_link[dir][w] = nb.link;
            fringe[dir].emplace(vw, counter++, w);
            if (seen[0][w] != kInfinity && seen[1][w] != kInfinity) {
                const double total = seen[0][w] + seen[1][w];
                if (meet == kNone || best > total) {
                    best = total;
                    meet = w;
                }
            }
        }
    }
    if (meet == kNone) {
        if (s == t) meet = s;
        else return std::nullopt;
    }
    return join_halves(parent_node[0], parent_link[0], parent_node[1], parent_link[1], meet);
}

}  // namespace

std::optional<Path> bidirectional_shortest_path(const ConnectionGraph& g, std::size_t s,
                                                std::size_t t, bool weighted,
                                                const SearchConstraints& c) {
    std::optional<Path> p;
    if (s == t)
        p = Path{{s}, {}, 0.0};
    else
        p = weighted ? bidirectional_dijkstra(g, s, t, c) : bidirectional_bfs(g, s, t, c);
    if (!p) return p;
    detail::measure(g, *p, weighted);
    if (!detail::within_hops(*p, c)) return std::nullopt;
    return p;
}

}  // namespace kg
