// KnowledgeGraph's storage: edges in one vector that each node's edge lists index, appended one
// by one or all at once, and graphs moved by swapping their storage.
#include <doctest/doctest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.hpp"

using namespace kg;

namespace {

// (source, target) of each edge, with parallel edges, a self-loop and a node without edges.
const std::vector<std::pair<std::uint32_t, std::uint32_t>> kEnds = {
    {0, 1}, {2, 1}, {0, 1}, {3, 3}, {1, 0}, {4, 2}, {2, 0}, {0, 4}};

KnowledgeGraph with_nodes(int n, const std::string& prefix) {
    KnowledgeGraph kg;
    for (int i = 0; i < n; ++i) {
        NodeProps p;
        p.id = prefix + std::to_string(i);
        kg.add_node(std::move(p));
    }
    return kg;
}

EdgeProps edge_named(std::size_t i, const std::string& prefix) {
    EdgeProps e;
    e.id = prefix + "e" + std::to_string(i);
    e.labels.push_back("label " + std::to_string(i));
    e.weight = static_cast<double>(i + 1);
    return e;
}

// Every node's out- and in-edges as (other end, edge id, seq), in Boost's order, and the edges
// in order: what every command reads of a graph's structure.
using Incidence = std::vector<std::tuple<std::size_t, std::string, std::size_t>>;
std::vector<Incidence> structure(const KnowledgeGraph& kg) {
    std::vector<Incidence> out;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        Incidence outs, ins;
        for (auto e : boost::make_iterator_range(boost::out_edges(v, kg.g)))
            outs.emplace_back(boost::target(e, kg.g), kg.g[e].id, kg.g[e].seq);
        for (auto e : boost::make_iterator_range(boost::in_edges(v, kg.g)))
            ins.emplace_back(boost::source(e, kg.g), kg.g[e].id, kg.g[e].seq);
        out.push_back(outs);
        out.push_back(ins);
    }
    Incidence in_order;
    for (Edge e : edges_in_order(kg))
        in_order.emplace_back(boost::source(e, kg.g) * 100 + boost::target(e, kg.g), kg.g[e].id, kg.g[e].seq);
    out.push_back(in_order);
    return out;
}

KnowledgeGraph added_one_by_one(const std::string& prefix) {
    KnowledgeGraph kg = with_nodes(5, prefix);
    for (std::size_t i = 0; i < kEnds.size(); ++i)
        kg.add_edge(kEnds[i].first, kEnds[i].second, edge_named(i, prefix));
    return kg;
}

}  // namespace

TEST_CASE("append_edges builds the graph that add_edge one edge at a time builds") {
    const KnowledgeGraph one_by_one = added_one_by_one("");
    KnowledgeGraph appended = with_nodes(5, "");
    appended.add_edge(0, 2, edge_named(99, "first"));  // appending after an edge already there
    std::vector<std::uint32_t> sources, targets;
    for (const auto& [s, t] : kEnds) {
        sources.push_back(s);
        targets.push_back(t);
    }
    std::vector<std::size_t> taken;
    appended.append_edges(sources, targets, [&](std::size_t i) {
        taken.push_back(i);
        return edge_named(i, "");
    });
    CHECK(taken == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7});  // each once, in order
    KnowledgeGraph expected = with_nodes(5, "");
    expected.add_edge(0, 2, edge_named(99, "first"));
    for (std::size_t i = 0; i < kEnds.size(); ++i)
        expected.add_edge(kEnds[i].first, kEnds[i].second, edge_named(i, ""));
    CHECK(structure(appended) == structure(expected));
    CHECK(appended.edge_count() == 9);
    CHECK(structure(added_one_by_one("")) == structure(one_by_one));
    // The properties moved in whole.
    const Edge last = edges_in_order(appended).back();
    CHECK(appended.g[last].labels.front() == "label 7");
    CHECK(appended.g[last].weight == 8.0);
}

TEST_CASE("a moved graph's edge lists read its own edges") {
    const auto expected_a = structure(added_one_by_one("a"));
    const auto expected_b = structure(added_one_by_one("b"));

    KnowledgeGraph a = added_one_by_one("a");
    KnowledgeGraph moved(std::move(a));
    CHECK(structure(moved) == expected_a);

    // Assigning over a graph with edges: each side's lists follow the storage it now holds.
    KnowledgeGraph b = added_one_by_one("b");
    b = std::move(moved);
    CHECK(structure(b) == expected_a);
    CHECK(structure(moved) == expected_b);  // the swapped-out storage, still consistent

    // Adding to a graph after it moved, and copying it.
    b.add_edge(4, 0, edge_named(50, "a"));
    const KnowledgeGraph copy = b;
    CHECK(structure(copy) == structure(b));
    CHECK(copy.g[edges_in_order(copy).back()].id == "ae50");
}
