// Internal: the analyses' adjacency in compressed sparse rows (one offsets array, one array of
// 32-bit neighbour indices), built once per analysis from a ConnectionGraph's neighbour lists,
// and the breadth-first search over it that the unweighted path measures share.
//
// Why: a ConnectionGraph keeps a vector of 24-byte Neighbor records per node (weight and link
// index beside the node), and the searches also kept a predecessor list per node. A search
// reads only neighbour indices; packed 4 bytes each in one array, a search over the graph
// streams a sixth of the memory, with no per-node heap blocks to chase. Predecessors are not
// stored: in the accumulation a node's predecessors are its neighbours one hop nearer the
// source, found by a look at their distance (the same nodes, so the same sums in the same
// order: results are bit-identical to the list-based search).
//
// Memory: (n + 1) offsets and one index per arc (2 per undirected link). Time: O(n + arcs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/centrality/source_blocks.hpp"
#include "graph/connection_graph.hpp"

namespace kg::detail {

struct CompactAdjacency {
    std::vector<std::size_t> offsets;  // node v's neighbours: nodes[offsets[v] .. offsets[v+1])
    std::vector<std::uint32_t> nodes;

    explicit CompactAdjacency(const std::vector<std::vector<Neighbor>>& lists) {
        offsets.resize(lists.size() + 1);
        std::size_t arcs = 0;
        for (std::size_t v = 0; v < lists.size(); ++v) {
            offsets[v] = arcs;
            arcs += lists[v].size();
        }
        offsets[lists.size()] = arcs;
        nodes.resize(arcs);
        std::size_t k = 0;
        for (const auto& list : lists)
            for (const Neighbor& nb : list) nodes[k++] = static_cast<std::uint32_t>(nb.node);
    }
    std::size_t node_count() const { return offsets.size() - 1; }
    // The links' weights in the order of `nodes` (the weighted power iterations stream both).
    static std::vector<double> weights_of(const std::vector<std::vector<Neighbor>>& lists) {
        std::vector<double> w;
        for (const auto& list : lists)
            for (const Neighbor& nb : list) w.push_back(nb.weight);
        return w;
    }
    const std::uint32_t* begin(std::size_t v) const { return nodes.data() + offsets[v]; }
    const std::uint32_t* end(std::size_t v) const { return nodes.data() + offsets[v + 1]; }
};

// One breadth-first search's state, reused from source to source; reset() clears only the
// nodes the last search reached. After search(): `order` lists the reached nodes by
// non-decreasing hop count (S in Brandes' algorithm), hops[v] their distance (-1: not
// reached), sigma[v] the number of shortest paths from the source when counting.
struct HopSearch {
    std::vector<std::int32_t> hops;
    std::vector<double> sigma;
    std::vector<std::uint32_t> order;

    explicit HopSearch(std::size_t n) : hops(n, -1), sigma(n, 0.0) { order.reserve(n); }

    void reset() {
        for (std::uint32_t v : order) {
            hops[v] = -1;
            sigma[v] = 0.0;
        }
        order.clear();
    }

    // Counts shortest paths when `count_paths` (sigma[w] sums sigma[v] over w's predecessors
    // in the order the search reaches them, as NetworkX's _single_source_shortest_path_basic).
    template <bool count_paths>
    void search(const CompactAdjacency& adj, std::uint32_t s) {
        reset();
        hops[s] = 0;
        sigma[s] = 1.0;
        order.push_back(s);
        for (std::size_t head = 0; head < order.size(); ++head) {
            const std::uint32_t v = order[head];
            const std::int32_t next = hops[v] + 1;
            const double sv = sigma[v];
            for (const std::uint32_t* p = adj.begin(v), *e = adj.end(v); p != e; ++p) {
                const std::uint32_t w = *p;
                if (hops[w] < 0) {
                    hops[w] = next;
                    order.push_back(w);
                }
                if constexpr (count_paths)
                    if (hops[w] == next) sigma[w] += sv;
            }
        }
    }
};

// One hop search from every node over `rows`, the nodes split in blocks over `threads`:
// visit(u, search) reads the search from u (closeness and harmonic centrality).
template <typename Visit>
void for_each_hop_search(const CompactAdjacency& rows, unsigned threads, Visit&& visit) {
    const std::size_t n = rows.node_count();
    const std::size_t blocks = block_count(n, 0);
    for_each_block(blocks, threads, [&](std::size_t b) {
        HopSearch st(n);
        auto [begin, end] = block_range(n, blocks, b);
        for (std::size_t u = begin; u < end; ++u) {
            st.search<false>(rows, static_cast<std::uint32_t>(u));
            visit(u, st);
        }
    });
}

}  // namespace kg::detail
