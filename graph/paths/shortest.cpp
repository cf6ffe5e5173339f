// One-ended shortest-path searches: BFS / Dijkstra from the source (for comparison with the
// bidirectional searches), the hop-limited search for weighted paths with --max-hops, the
// dispatcher that picks the search for a query, and all shortest paths.
#include <functional>
#include <queue>
#include <tuple>
#include <utility>

#include "graph/paths.hpp"
#include "graph/paths/path_support.hpp"

namespace kg {
namespace {

using detail::kInfinity;
using detail::kNone;

// Distances from s (hops or 1 / weight), with, for every reached node, the first predecessor
// on a shortest path (node, link) and, when `all_preds`, all of them. Stops once t is settled
// (every node at t's distance, when `all_preds`).
struct SourceTree {
    std::vector<double> dist;
    std::vector<std::pair<std::size_t, std::size_t>> parent;
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> preds;  // when all_preds
};

SourceTree search_from(const ConnectionGraph& g, std::size_t s, std::size_t t, bool weighted,
                       const SearchConstraints& c, bool all_preds) {
    const std::size_t n = g.node_count();
    const detail::Usable usable{c, s, t, weighted};
    SourceTree tree;
    tree.dist.assign(n, kInfinity);
    tree.parent.assign(n, {kNone, kNone});
    if (all_preds) tree.preds.resize(n);
    std::vector<double> seen(n, kInfinity);
    std::vector<char> settled(n, 0);
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    std::vector<std::size_t> bfs_order;
    seen[s] = 0.0;
    if (weighted)
        queue.emplace(0.0, s);
    else
        bfs_order.push_back(s);
    std::size_t head = 0;
    while (weighted ? !queue.empty() : head < bfs_order.size()) {
        std::size_t v;
        double d;
        if (weighted) {
            std::tie(d, v) = queue.top();
            queue.pop();
            if (settled[v]) continue;
        } else {
            v = bfs_order[head++];
            d = seen[v];
        }
        if (d > seen[t]) break;  // everything left is farther than t
        settled[v] = 1;
        tree.dist[v] = d;
        if (v == t) {
            if (!all_preds) break;
            continue;  // paths do not run through t
        }
        for (const Neighbor& nb : g.successors(v)) {
            const std::size_t w = nb.node;
            if (!usable.link(nb) || !usable.node(w) || settled[w]) continue;
            const double vw = d + detail::hop_length(g, nb.link, weighted);
            if (vw < seen[w]) {
                if (!weighted && seen[w] == kInfinity) bfs_order.push_back(w);
                seen[w] = vw;
                tree.parent[w] = {v, nb.link};
                if (all_preds) tree.preds[w].assign(1, {v, nb.link});
                if (weighted) queue.emplace(vw, w);
            } else if (all_preds && vw == seen[w]) {
                tree.preds[w].emplace_back(v, nb.link);
            }
        }
    }
    return tree;
}

Path tree_path(const SourceTree& tree, std::size_t t) {
    Path p;
    for (std::size_t x = t;;) {
        p.nodes.push_back(x);
        if (tree.parent[x].first == kNone) break;
        p.links.push_back(tree.parent[x].second);
        x = tree.parent[x].first;
    }
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.links.begin(), p.links.end());
    return p;
}

}  // namespace

std::optional<Path> one_ended_shortest_path(const ConnectionGraph& g, std::size_t s,
                                            std::size_t t, bool weighted,
                                            const SearchConstraints& c) {
    SourceTree tree = search_from(g, s, t, weighted, c, false);
    if (tree.dist[t] == kInfinity) return std::nullopt;
    Path p = tree_path(tree, t);
    detail::measure(g, p, weighted);
    if (!detail::within_hops(p, c)) return std::nullopt;
    return p;
}

std::optional<Path> hop_limited_shortest_path(const ConnectionGraph& g, std::size_t s,
                                              std::size_t t, bool weighted,
                                              const SearchConstraints& c) {
    if (!c.max_hops) return one_ended_shortest_path(g, s, t, weighted, c);
    const std::size_t n = g.node_count();
    // A simple path has at most n - 1 hops.
    const std::size_t h_max = std::min(*c.max_hops, n == 0 ? std::size_t{0} : n - 1);
    const detail::Usable usable{c, s, t, weighted};
    // prev / cur: the shortest walk of at most h - 1 / h hops to each node; parent[h][v] the
    // last hop of the one of at most h hops (kNone when the one of h - 1 hops is as short).
    std::vector<double> prev(n, kInfinity), cur;
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> parent(
        h_max + 1, std::vector<std::pair<std::size_t, std::size_t>>(n, {kNone, kNone}));
    prev[s] = 0.0;
    for (std::size_t h = 1; h <= h_max; ++h) {
        cur = prev;
        for (std::size_t v = 0; v < n; ++v) {
            const double dv = prev[v];
            if (dv == kInfinity || (v == t && v != s)) continue;
            for (const Neighbor& nb : g.successors(v)) {
                const std::size_t w = nb.node;
                if (!usable.link(nb) || !usable.node(w) || w == s) continue;
                const double vw = dv + detail::hop_length(g, nb.link, weighted);
                if (vw < cur[w]) {
                    cur[w] = vw;
                    parent[h][w] = {v, nb.link};
                }
            }
        }
        prev.swap(cur);
    }
    if (prev[t] == kInfinity) return std::nullopt;
    Path p;
    std::size_t h = h_max, x = t;
    p.nodes.push_back(t);
    while (x != s) {
        while (parent[h][x].first == kNone) --h;  // the same walk with fewer hops
        p.links.push_back(parent[h][x].second);
        x = parent[h][x].first;
        p.nodes.push_back(x);
        --h;
    }
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.links.begin(), p.links.end());
    detail::measure(g, p, weighted);
    return p;
}

std::optional<Path> shortest_path(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                  bool weighted, const SearchConstraints& c) {
    if (weighted && c.max_hops) return hop_limited_shortest_path(g, s, t, weighted, c);
    return bidirectional_shortest_path(g, s, t, weighted, c);
}

std::vector<Path> all_shortest_paths(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                     bool weighted, const SearchConstraints& c,
                                     std::size_t limit) {
    std::vector<Path> out;
    if (s == t) {
        out.push_back({{s}, {}, 0.0});
        return out;
    }
    SourceTree tree = search_from(g, s, t, weighted, c, true);
    if (tree.dist[t] == kInfinity) return out;
    for (auto& preds : tree.preds) std::sort(preds.begin(), preds.end());
    // Depth-first from t back to s over the predecessor lists.
    std::vector<std::pair<std::size_t, std::size_t>> stack{{t, 0}};  // node, next pred index
    std::vector<std::size_t> links;
    while (!stack.empty() && out.size() < limit) {
        auto& [v, i] = stack.back();
        if (v == s) {
            Path p;
            for (auto it = stack.rbegin(); it != stack.rend(); ++it) p.nodes.push_back(it->first);
            p.links.assign(links.rbegin(), links.rend());
            detail::measure(g, p, weighted);
            if (detail::within_hops(p, c)) out.push_back(std::move(p));
            stack.pop_back();
            if (!links.empty()) links.pop_back();
            continue;
        }
        if (i == tree.preds[v].size()) {
            stack.pop_back();
            if (!links.empty()) links.pop_back();
            continue;
        }
        auto [u, link] = tree.preds[v][i++];
        links.push_back(link);
        stack.emplace_back(u, 0);
    }
    std::sort(out.begin(), out.end(),
              [](const Path& a, const Path& b) { return a.nodes < b.nodes; });
    return out;
}

}  // namespace kg
