// Internal helpers shared by the path searches of graph/paths.hpp.
#pragma once

#include <algorithm>
#include <limits>
#include <vector>

#include "graph/paths.hpp"

namespace kg::detail {

inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Whether a search may follow a link / enter a node; the two ends may always be entered.
struct Usable {
    const SearchConstraints& c;
    std::size_t s;
    std::size_t t;
    bool weighted;

    bool link(const Neighbor& nb) const {
        if (!c.blocked_links.empty() && c.blocked_links[nb.link]) return false;
        return !weighted || nb.weight > 0.0;
    }
    bool node(std::size_t v) const {
        if (v == s || v == t) return true;
        return c.blocked_nodes.empty() || !c.blocked_nodes[v];
    }
};

// The distance a link adds to a path.
inline double hop_length(const ConnectionGraph& g, std::size_t link, bool weighted) {
    return weighted ? 1.0 / g.links[link].weight : 1.0;
}

// Sets path.length from its links, summed from the start.
inline void measure(const ConnectionGraph& g, Path& path, bool weighted) {
    path.length = 0.0;
    for (std::size_t l : path.links) path.length += hop_length(g, l, weighted);
}

// The path s -> ... -> v from parent pointers (parent_node[s] == kNone).
inline Path path_from_parents(const std::vector<std::size_t>& parent_node,
                              const std::vector<std::size_t>& parent_link, std::size_t v) {
    Path p;
    for (std::size_t x = v; x != kNone; x = parent_node[x]) {
        p.nodes.push_back(x);
        if (parent_node[x] != kNone) p.links.push_back(parent_link[x]);
    }
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.links.begin(), p.links.end());
    return p;
}

inline bool within_hops(const Path& p, const SearchConstraints& c) {
    return !c.max_hops || p.hops() <= *c.max_hops;
}

}  // namespace kg::detail
