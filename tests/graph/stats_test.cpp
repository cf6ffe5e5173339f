// compute_stats: components, isolated entities and the degree ranking on a small graph whose
// answers are counted by hand.
#include <doctest/doctest.h>

#include "graph/stats.hpp"

using namespace kg;

namespace {
Vertex node(KnowledgeGraph& kg, const std::string& id, const std::string& label) {
    NodeProps n;
    n.id = id;
    n.label = label;
    n.type = NodeType::Person;
    return kg.add_node(std::move(n));
}
void edge(KnowledgeGraph& kg, Vertex s, Vertex t, double weight = 1) {
    EdgeProps e;
    e.weight = weight;
    kg.add_edge(s, t, std::move(e));
}
}  // namespace

TEST_CASE("stats: weakly connected components, isolated entities, distinct neighbours") {
    KnowledgeGraph kg;
    const Vertex a = node(kg, "a", "Ada"), b = node(kg, "b", "Bo"), c = node(kg, "c", "Cy");
    const Vertex d = node(kg, "d", "Di"), e = node(kg, "e", "Ed");
    node(kg, "f", "Fay");  // no relation at all
    const Vertex g = node(kg, "g", "Gil");
    edge(kg, a, b);
    edge(kg, c, b, 2);  // a -> b <- c: one component, only by ignoring direction
    edge(kg, e, d);
    edge(kg, d, e);
    edge(kg, d, e);  // three edges between d and e: one neighbour each
    edge(kg, g, g);  // a self-loop: no neighbour

    const GraphStats s = compute_stats(kg, 3);
    CHECK(s.nodes == 7);
    CHECK(s.edges == 6);
    CHECK(s.statements == 7);
    CHECK(s.components == 4);  // {a, b, c}, {d, e}, {f}, {g}
    CHECK(s.largest_component == 3);
    CHECK(s.isolated == 2);  // f, and g whose only edge is to itself
    REQUIRE(s.top_by_degree.size() == 3);
    CHECK(s.top_by_degree[0].v == b);  // two neighbours
    CHECK(s.top_by_degree[0].degree == 2);
    CHECK(s.top_by_degree[1].v == a);  // then one each, by label: Ada, Cy, Di, Ed
    CHECK(s.top_by_degree[2].v == c);
    CHECK(s.top_by_degree[2].degree == 1);
}

TEST_CASE("stats: the empty graph") {
    const GraphStats s = compute_stats(KnowledgeGraph{}, 10);
    CHECK(s.nodes == 0);
    CHECK(s.components == 0);
    CHECK(s.largest_component == 0);
    CHECK(s.top_by_degree.empty());
}
