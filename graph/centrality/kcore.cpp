// Core numbers with Boost.Graph's core_numbers (Batagelj and Zaversnik's O(m) algorithm, the
// one NetworkX's core_number implements). A directed link becomes one undirected edge, so that
// a node's degree is its in-degree plus its out-degree, as in NetworkX.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/core_numbers.hpp>

#include "graph/centrality.hpp"

namespace kg {

std::vector<std::int64_t> core_number(const ConnectionGraph& g) {
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Undirected u(g.node_count());
    for (const Link& l : g.links) boost::add_edge(l.source, l.target, u);
    std::vector<std::int64_t> core(g.node_count(), 0);
    boost::core_numbers(
        u, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, u)));
    return core;
}

}  // namespace kg
