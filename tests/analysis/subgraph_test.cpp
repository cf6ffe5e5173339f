#include <doctest/doctest.h>

#include "fixture_graphs.hpp"
#include "graph/analyze.hpp"
#include "graph/errors.hpp"
#include "graph/filter.hpp"

using namespace kg;
using namespace kgtest;

namespace {

// a - b - c - d   e - f (co-mention)   g alone; b -> c hedged; types vary.
KnowledgeGraph small() {
    KnowledgeGraph k;
    const std::pair<const char*, NodeType> nodes[] = {
        {"a", NodeType::Person}, {"b", NodeType::Person},       {"c", NodeType::Organization},
        {"d", NodeType::Place},  {"e", NodeType::Person},       {"f", NodeType::Person},
        {"g", NodeType::Event}};
    for (auto [id, type] : nodes) k.add_node({id, std::string("L") + id, type, {}, 0, 0, {}});
    auto edge = [&](std::size_t s, std::size_t t, Relation r, double w, std::uint8_t flags = 0) {
        EdgeProps p;
        p.id = "e" + std::to_string(k.edge_count());
        p.type = r;
        p.weight = w;
        p.flags = flags;
        k.add_edge(s, t, p);
    };
    edge(2, 3, Relation::located_in, 1);
    edge(0, 1, Relation::meets, 3);
    edge(1, 2, Relation::member_of, 1, kHedged);
    edge(4, 5, Relation::co_mention, 1);
    k.declare_node_attr("note", AttrKind::String);
    k.g[0].extra["note"] = std::string("first");
    return k;
}

std::vector<std::string> ids(const KnowledgeGraph& k) {
    std::vector<std::string> out;
    for (auto v : boost::make_iterator_range(boost::vertices(k.g))) out.push_back(k.g[v].id);
    return out;
}
std::vector<std::string> edge_ids(const KnowledgeGraph& k) {
    std::vector<std::string> out;
    for (const Edge& e : edges_in_order(k)) out.push_back(k.g[e].id);
    return out;
}

}  // namespace

TEST_CASE("annotate_analyses writes every measure as a declared node column") {
    const FixtureGraph& f = fixture_graph("random_undirected");
    KnowledgeGraph k = to_knowledge_graph(f);
    AnalysisSummary s = annotate_analyses(k);
    CHECK(s.pagerank_converged);
    CHECK(s.communities > 1);
    for (Measure m : all_measures()) {
        bool declared = false;
        for (const auto& d : k.node_attrs)
            if (d.name == to_string(m)) declared = d.kind == column_kind(m);
        CHECK(declared);
    }
    REQUIRE(k.node_attrs.size() == 11);
    CHECK(k.node_attrs[0].name == "degree");
    CHECK(k.node_attrs[10].name == "community");
    const auto& bet = f.vec("betweenness");
    const auto& deg = f.vec("degree");
    for (std::size_t v = 0; v < f.nodes; ++v) {
        CHECK(close(std::get<double>(k.g[v].extra.at("betweenness")), bet[v]));
        CHECK(std::get<std::int64_t>(k.g[v].extra.at("degree")) == static_cast<std::int64_t>(deg[v]));
    }
    // in/out degrees follow edge directions even in the undirected analysis
    const FixtureGraph& fd = fixture_graph("random_directed");
    KnowledgeGraph kd = to_knowledge_graph(fd);
    annotate_analyses(kd);
    for (std::size_t v = 0; v < fd.nodes; ++v)
        CHECK(std::get<std::int64_t>(kd.g[v].extra.at("in_degree")) ==
              static_cast<std::int64_t>(fd.vec("in_degree")[v]));
}

TEST_CASE("annotations do not depend on the thread count") {
    const FixtureGraph& f = fixture_graph("barabasi_albert");
    KnowledgeGraph a = to_knowledge_graph(f), b = to_knowledge_graph(f);
    AnalysisOptions one, many;
    one.threads = 1;
    many.threads = 8;
    annotate_analyses(a, one);
    annotate_analyses(b, many);
    for (std::size_t v = 0; v < f.nodes; ++v) CHECK(a.g[v].extra == b.g[v].extra);
}

TEST_CASE("ego network keeps ids, columns and edge order") {
    KnowledgeGraph k = small();
    KnowledgeGraph one = ego_graph(k, 1, 1);
    CHECK(ids(one) == std::vector<std::string>{"a", "b", "c"});
    CHECK(edge_ids(one) == std::vector<std::string>{"e1", "e2"});
    CHECK(one.node_attrs == k.node_attrs);
    CHECK(std::get<std::string>(one.g[0].extra.at("note")) == "first");
    CHECK(ids(ego_graph(k, 1, 2)) == std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(edge_ids(ego_graph(k, 1, 2)) == std::vector<std::string>{"e0", "e1", "e2"});
    CHECK(ids(ego_graph(k, 4, 1)) == std::vector<std::string>{"e"});
    CHECK(ids(ego_graph(k, 4, 1, {.include_co_mentions = true})) == std::vector<std::string>{"e", "f"});
    ConnectionOptions directed;
    directed.directed = true;
    CHECK(ids(ego_graph(k, 2, 3, directed)) == std::vector<std::string>{"c", "d"});
}

TEST_CASE("graph filters, each alone") {
    KnowledgeGraph k = small();
    GraphFilter f;  // co_mention edges only when selected
    CHECK(edge_ids(filter_graph(k, f)) == std::vector<std::string>{"e0", "e1", "e2"});
    CHECK(filter_graph(k, f).node_count() == 7);
    f.selection.co_mentions = true;
    CHECK(edge_ids(filter_graph(k, f)) == std::vector<std::string>{"e0", "e1", "e2", "e3"});
    f = {};
    f.selection.hedged = false;
    f.largest_component = true;  // three components of two: the first wins
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "b"});
    f = {};
    f.selection.relations = {Relation::located_in, Relation::co_mention};  // named: kept
    CHECK(edge_ids(filter_graph(k, f)) == std::vector<std::string>{"e0", "e3"});
    f = {};
    f.min_weight = 2;
    CHECK(edge_ids(filter_graph(k, f)) == std::vector<std::string>{"e1"});
    f = {};
    f.selection.types = {NodeType::Person};
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "b", "e", "f"});
    f = {};
    f.exclude = {"b"};
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "c", "d", "e", "f", "g"});
    CHECK(edge_ids(filter_graph(k, f)) == std::vector<std::string>{"e0"});
    f = {};
    f.min_degree = 2;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"b", "c"});
    f = {};
    f.drop_isolates = true;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "b", "c", "d"});
    f.selection.co_mentions = true;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "b", "c", "d", "e", "f"});
    f = {};
    f.ego = "d";
    f.ego_depth = 2;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"b", "c", "d"});
    f = {};
    f.top = 2;
    f.by = Measure::degree;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"b", "c"});
    f.by = Measure::strength;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "b"});
    f = {};
    f.largest_component = true;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "b", "c", "d"});
    k.g[6].media = true;
    f = {};
    f.drop_outlets = true;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "b", "c", "d", "e", "f"});
}

TEST_CASE("graph filters compose in one order: selection, exclusions, degree, components, top") {
    const KnowledgeGraph k = small();
    GraphFilter f;
    // Types before degree: among persons only a - b is left (e - f is a co-mention).
    f.selection.types = {NodeType::Person};
    f.min_degree = 1;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a", "b"});
    // Exclusions before degree: without b, a has no neighbour left.
    f = {};
    f.exclude = {"b"};
    f.min_degree = 1;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"c", "d"});
    // Degree before components: with at least 2 neighbours b and c remain, linked.
    f = {};
    f.min_degree = 2;
    f.largest_component = true;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"b", "c"});
    // Components before top: the top 1 of the largest component by degree, not of the graph.
    f = {};
    f.selection.hedged = false;  // a - b, c - d, e, f, g
    f.largest_component = true;
    f.top = 1;
    CHECK(ids(filter_graph(k, f)) == std::vector<std::string>{"a"});  // tie a, b: by label
    // A node named by --ego that an earlier filter dropped is an error.
    f = {};
    f.exclude = {"d"};
    f.ego = "d";
    CHECK_THROWS_AS(filter_graph(k, f), InputError);
}

TEST_CASE("one ranking order: value, then label, then id") {
    KnowledgeGraph k;
    for (const char* id : {"n1", "n2", "n3", "n4"}) k.add_node({id, "Same", NodeType::Person, {}, 0, 0, {}});
    k.g[0].label = "Zed";
    k.g[2].label = "Abe";
    // values 1, 2, 2, 2: n2 "Same", n3 "Abe", n4 "Same" tie at 2.
    CHECK(rank_nodes(k, std::vector<double>{1, 2, 2, 2}) == std::vector<std::size_t>{2, 1, 3, 0});
    CHECK(rank_nodes(k, std::vector<double>{1, 2, 2, 2}, true) == std::vector<std::size_t>{0, 2, 1, 3});
}

TEST_CASE("a moved KnowledgeGraph keeps every node and edge, and takes new ones") {
    const KnowledgeGraph original = small();
    KnowledgeGraph a = original;
    KnowledgeGraph b = std::move(a);  // the storage is swapped, not copied
    CHECK(ids(b) == ids(original));
    CHECK(edge_ids(b) == edge_ids(original));
    CHECK(b.node_attrs == original.node_attrs);
    const std::vector<Edge> moved = edges_in_order(b), kept = edges_in_order(original);
    for (std::size_t i = 0; i < moved.size(); ++i) {  // each edge still reaches its ends
        CHECK(b.g[boost::source(moved[i], b.g)].id == original.g[boost::source(kept[i], original.g)].id);
        CHECK(b.g[boost::target(moved[i], b.g)].id == original.g[boost::target(kept[i], original.g)].id);
    }
    EdgeProps p;
    p.id = "new";
    b.add_edge(6, 0, p);  // appended after the moved edges
    CHECK(edge_ids(b).back() == "new");
    KnowledgeGraph c;
    c = std::move(b);
    CHECK(c.edge_count() == original.edge_count() + 1);
    CHECK(boost::out_degree(6, c.g) == 1);
    CHECK(c.g[*boost::out_edges(6, c.g).first].id == "new");
}
