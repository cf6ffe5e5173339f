#include <doctest/doctest.h>

#include "fixture_graphs.hpp"
#include "graph/connection_graph.hpp"

using namespace kg;
using namespace kgtest;

namespace {
KnowledgeGraph three_people() {
    KnowledgeGraph k;
    for (const char* id : {"a", "b", "c"}) k.add_node({id, id, NodeType::Person, {}, 0, 0, {}});
    auto edge = [&](std::size_t s, std::size_t t, Relation r, double w, std::uint8_t flags = 0) {
        EdgeProps p;
        p.type = r;
        p.weight = w;
        p.flags = flags;
        k.add_edge(s, t, p);
    };
    edge(0, 1, Relation::role, 2);
    edge(1, 0, Relation::succeeds, 1);
    edge(0, 1, Relation::co_mention, 5);
    edge(1, 2, Relation::meets, 1, kHedged);
    edge(2, 2, Relation::related, 1);
    return k;
}
}  // namespace

TEST_CASE("one link per pair, weights summed, co-mentions only when asked") {
    KnowledgeGraph k = three_people();
    ConnectionGraph g = connection_graph(k);
    REQUIRE(g.link_count() == 2);
    CHECK(g.self_loops_dropped == 1);
    CHECK(g.links[0].source == 0);
    CHECK(g.links[0].target == 1);
    CHECK(g.links[0].weight == 3.0);
    CHECK(g.links[0].edges.size() == 2);
    CHECK(g.out[1].size() == 2);

    ConnectionGraph with_co = connection_graph(k, {.include_co_mentions = true});
    CHECK(with_co.links[0].weight == 8.0);
    CHECK(with_co.links[0].edges.size() == 3);
}

TEST_CASE("directed view: a link per direction, symmetric relations both ways") {
    ConnectionGraph g = connection_graph(three_people(), {.directed = true});
    REQUIRE(g.link_count() == 4);  // 0->1, 1->0, 1->2, 2->1
    CHECK(g.links[0].weight == 2.0);
    CHECK(g.links[1].weight == 1.0);
    CHECK(g.in[2].size() == 1);
    CHECK(g.out[2].size() == 1);
}

TEST_CASE("filters: no hedged edges, a relation list") {
    KnowledgeGraph k = three_people();
    CHECK(connection_graph(k, {.skip_hedged = true}).link_count() == 1);
    ConnectionGraph only = connection_graph(k, {.relations = {Relation::meets}});
    REQUIRE(only.link_count() == 1);
    CHECK(only.links[0].source == 1);
    CHECK(connection_graph(k, {.relations = {Relation::co_mention}}).link_count() == 1);
}

TEST_CASE("fixture graphs have as many links as NetworkX's simple graph") {
    for (const auto& f : fixture_graphs()) {
        CAPTURE(f.name);
        ConnectionGraph g = connection_graph(to_knowledge_graph(f), {.directed = f.directed});
        CHECK(g.node_count() == f.nodes);
        CHECK(g.link_count() == f.links);
    }
}

TEST_CASE("components are numbered by their smallest node") {
    ConnectionGraph g = connection_graph_from_pairs(6, {{4, 5, 1}, {0, 2, 1}, {3, 2, 1}}, true);
    CHECK(connected_components(g) == std::vector<std::size_t>{0, 1, 0, 0, 2, 2});
}
