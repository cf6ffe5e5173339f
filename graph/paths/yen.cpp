// The k shortest simple paths by Yen's algorithm, as NetworkX's shortest_simple_paths: each
// next path deviates from the previous one at some node (the spur), following the previous
// path up to it (the root) and then a shortest path that avoids the root's nodes and every
// link by which an already chosen path with the same root leaves the spur.
#include <functional>
#include <queue>
#include <set>
#include <tuple>

#include "graph/paths.hpp"
#include "graph/paths/path_support.hpp"

namespace kg {

std::vector<Path> k_shortest_paths(const ConnectionGraph& g, std::size_t s, std::size_t t,
                                   std::size_t k, bool weighted, const SearchConstraints& c) {
    std::vector<Path> chosen;
    if (k == 0) return chosen;
    // Candidates ordered by (length, arrival order), as NetworkX's PathBuffer.
    using Candidate = std::tuple<double, std::size_t, std::size_t>;  // length, counter, index
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> queue;
    std::vector<Path> candidates;
    std::set<std::vector<std::size_t>> known;
    auto offer = [&](Path p) {
        if (!known.insert(p.nodes).second) return;
        queue.emplace(p.length, candidates.size(), candidates.size());
        candidates.push_back(std::move(p));
    };
    if (auto first = shortest_path(g, s, t, weighted, c)) offer(std::move(*first));

    SearchConstraints spur_c = c;
    if (spur_c.blocked_nodes.empty()) spur_c.blocked_nodes.assign(g.node_count(), 0);
    if (spur_c.blocked_links.empty()) spur_c.blocked_links.assign(g.link_count(), 0);
    while (!queue.empty() && chosen.size() < k) {
        chosen.push_back(std::move(candidates[std::get<2>(queue.top())]));
        queue.pop();
        if (chosen.size() == k) break;
        const Path& prev = chosen.back();
        std::vector<std::size_t> blocked_nodes, blocked_links;  // to restore afterwards
        double root_length = 0.0;
        for (std::size_t i = 1; i < prev.nodes.size(); ++i) {
            const std::size_t spur = prev.nodes[i - 1];
            // Links leaving the spur along chosen paths that share this root.
            std::vector<std::size_t> links_here;
            for (const Path& p : chosen)
                if (p.nodes.size() > i &&
                    std::equal(prev.nodes.begin(), prev.nodes.begin() + static_cast<std::ptrdiff_t>(i),
                               p.nodes.begin()) &&
                    !spur_c.blocked_links[p.links[i - 1]]) {
                    spur_c.blocked_links[p.links[i - 1]] = 1;
                    links_here.push_back(p.links[i - 1]);
                }
            if (c.max_hops) spur_c.max_hops = *c.max_hops - (i - 1);
            if (auto spur_path = shortest_path(g, spur, t, weighted, spur_c)) {
                Path full;
                full.nodes.assign(prev.nodes.begin(), prev.nodes.begin() + static_cast<std::ptrdiff_t>(i - 1));
                full.links.assign(prev.links.begin(), prev.links.begin() + static_cast<std::ptrdiff_t>(i - 1));
                full.nodes.insert(full.nodes.end(), spur_path->nodes.begin(), spur_path->nodes.end());
                full.links.insert(full.links.end(), spur_path->links.begin(), spur_path->links.end());
                full.length = root_length + spur_path->length;
                offer(std::move(full));
            }
            for (std::size_t l : links_here) blocked_links.push_back(l);
            if (!spur_c.blocked_nodes[spur]) {
                spur_c.blocked_nodes[spur] = 1;
                blocked_nodes.push_back(spur);
            }
            root_length += detail::hop_length(g, prev.links[i - 1], weighted);
        }
        for (std::size_t v : blocked_nodes) spur_c.blocked_nodes[v] = 0;
        for (std::size_t l : blocked_links) spur_c.blocked_links[l] = 0;
    }
    return chosen;
}

}  // namespace kg
