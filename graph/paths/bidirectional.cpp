// Single-pair shortest paths searched from both ends at once: bidirectional BFS (NetworkX's
// _bidirectional_pred_succ: expand the smaller frontier a whole level at a time, stop at the
// first node both searches reached) and bidirectional Dijkstra (NetworkX's
// bidirectional_dijkstra: alternate the two searches, keep the best meeting seen, stop when a
// node is settled from both ends).
#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>
#include <unordered_map>

#include "graph/paths.hpp"
#include "graph/paths/path_support.hpp"

namespace kg {
namespace {

using detail::kInfinity;
using detail::kNone;

// Search state kept in hash maps, so that a query costs what it visits, not the graph's size.
using Parents = std::unordered_map<std::size_t, std::pair<std::size_t, std::size_t>>;  // node -> (parent, link)

// Joins the forward half s..meet and the backward half meet..t.
Path join_halves(const Parents& fwd, const Parents& bwd, std::size_t meet) {
    Path p;
    for (std::size_t x = meet;;) {
        p.nodes.push_back(x);
        const auto& [parent, link] = fwd.at(x);
        if (parent == kNone) break;
        p.links.push_back(link);
        x = parent;
    }
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.links.begin(), p.links.end());
    for (std::size_t x = meet;;) {
        const auto& [parent, link] = bwd.at(x);
        if (parent == kNone) break;
        p.links.push_back(link);
        p.nodes.push_back(parent);
        x = parent;
    }
    return p;
}

std::optional<Path> bidirectional_bfs(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                      const SearchConstraints& c) {
    const detail::Usable usable{c, s, t, false};
    Parents fwd{{s, {kNone, kNone}}}, bwd{{t, {kNone, kNone}}};
    std::vector<std::size_t> fwd_fringe{s}, bwd_fringe{t}, level;
    while (!fwd_fringe.empty() && !bwd_fringe.empty()) {
        const bool forward = fwd_fringe.size() <= bwd_fringe.size();
        auto& fringe = forward ? fwd_fringe : bwd_fringe;
        Parents& mine = forward ? fwd : bwd;
        const Parents& other = forward ? bwd : fwd;
        level.swap(fringe);
        fringe.clear();
        for (std::size_t v : level) {
            const auto& adj = forward ? g.successors(v) : g.predecessors(v);
            for (const Neighbor& nb : adj) {
                const std::size_t w = nb.node;
                if (!usable.link(nb) || !usable.node(w)) continue;
                if (mine.try_emplace(w, v, nb.link).second) fringe.push_back(w);
                if (other.count(w)) return join_halves(fwd, bwd, w);
            }
        }
    }
    return std::nullopt;
}

std::optional<Path> bidirectional_dijkstra(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                           const SearchConstraints& c) {
    const detail::Usable usable{c, s, t, true};
    std::unordered_map<std::size_t, double> dist[2], seen[2];
    Parents parents[2];
    parents[0].emplace(s, std::make_pair(kNone, kNone));
    parents[1].emplace(t, std::make_pair(kNone, kNone));
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
    auto lookup = [](const std::unordered_map<std::size_t, double>& m, std::size_t v) {
        auto it = m.find(v);
        return it == m.end() ? kInfinity : it->second;
    };
    while (!fringe[0].empty() && !fringe[1].empty()) {
        dir = 1 - dir;
        auto [d, cnt, v] = fringe[dir].top();
        fringe[dir].pop();
        if (!dist[dir].emplace(v, d).second) continue;  // already settled
        if (dist[1 - dir].count(v)) break;
        const auto& adj = dir == 0 ? g.successors(v) : g.predecessors(v);
        for (const Neighbor& nb : adj) {
            const std::size_t w = nb.node;
            if (!usable.link(nb) || !usable.node(w) || dist[dir].count(w)) continue;
            const double vw = d + 1.0 / nb.weight;
            if (!(vw < lookup(seen[dir], w))) continue;
            seen[dir][w] = vw;
            parents[dir][w] = {v, nb.link};
            fringe[dir].emplace(vw, counter++, w);
            const double other = lookup(seen[1 - dir], w);
            if (other != kInfinity && (meet == kNone || best > vw + other)) {
                best = vw + other;
                meet = w;
            }
        }
    }
    if (meet == kNone) return std::nullopt;
    return join_halves(parents[0], parents[1], meet);
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
