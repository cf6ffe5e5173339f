#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "graph/errors.hpp"
#include "io/io.hpp"

using namespace kg;
using namespace kg::io;

namespace {

KnowledgeGraph read_text(const std::string& text) {
    std::istringstream in(text);
    return read_json_graph(in, "g.json");
}

std::string json_of(const KnowledgeGraph& kg) {
    std::ostringstream out;
    write_json(kg, out);
    return out.str();
}

// The message of the InputError that reading `text` throws ("" when none).
std::string error_of(const std::string& text) {
    try {
        read_text(text);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

const NodeProps& node(const KnowledgeGraph& kg, std::string_view id) {
    auto v = kg.find_node_id(id);
    REQUIRE(v);
    return kg.g[*v];
}

const EdgeProps& edge(const KnowledgeGraph& kg, std::size_t index) {
    auto edges = edges_in_order(kg);
    REQUIRE(index < edges.size());
    return kg.g[edges[index]];
}

std::optional<AttrKind> node_kind(const KnowledgeGraph& kg, std::string_view name) {
    for (const auto& d : kg.node_attrs)
        if (d.name == name) return d.kind;
    return std::nullopt;
}
std::optional<AttrKind> edge_kind(const KnowledgeGraph& kg, std::string_view name) {
    for (const auto& d : kg.edge_attrs)
        if (d.name == name) return d.kind;
    return std::nullopt;
}

KnowledgeGraph sample_graph() {
    KnowledgeGraph kg;
    kg.declare_node_attr("pagerank", AttrKind::Double);
    kg.declare_node_attr("community", AttrKind::Long);
    kg.declare_edge_attr("note", AttrKind::String);
    NodeProps a;
    a.id = "p_serafim_kivelko";
    a.label = "Serafim \"Kivelko\" <&> Кивелко 🙂";
    a.type = NodeType::Person;
    a.aliases = {"Kivelko", "Кивелко"};
    a.mentions = 3;
    a.articles = 1;
    a.extra["pagerank"] = 0.25;
    a.extra["community"] = std::int64_t{2};
    NodeProps b;
    b.id = "o_kremlin";
    b.label = "Kremlin";
    b.type = NodeType::Organization;
    b.extra["pagerank"] = 0.75;  // no community: null in the file
    auto va = kg.add_node(a);
    auto vb = kg.add_node(b);
    EdgeProps e;
    e.id = "e0";
    e.type = Relation::member_of;
    e.labels = {"works for", "serves"};
    e.weight = 2;
    e.articles = 2;
    e.flags = kHedged;
    e.evidence = {{"seed", 3, Span{10, 40}, "He works for the Kremlin.", 0.8, kHedged, ""},
                  {"other", std::nullopt, std::nullopt, "Maybe \"serves\".", std::nullopt, kHedged, ""}};
    e.extra["note"] = std::string("a\nnote");
    kg.add_edge(va, vb, e);
    EdgeProps m;
    m.id = "e1";
    m.type = Relation::meets;
    m.weight = 1;
    kg.add_edge(vb, va, m);
    return kg;
}

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(KGRAPH_IO_FIXTURES) + "/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("json graph: kgraph's own JSON reads back losslessly") {
    KnowledgeGraph kg = sample_graph();
    std::string first = json_of(kg);
    KnowledgeGraph back = read_text(first);
    CHECK(json_of(back) == first);
    REQUIRE(back.node_count() == 2);
    const NodeProps& a = node(back, "p_serafim_kivelko");
    CHECK(a.label == kg.g[0].label);
    CHECK(a.type == NodeType::Person);
    CHECK(a.aliases == kg.g[0].aliases);
    CHECK(a.mentions == 3);
    CHECK(a.extra.at("pagerank") == AttrValue{0.25});
    CHECK(a.extra.at("community") == AttrValue{std::int64_t{2}});
    CHECK(node(back, "o_kremlin").extra.count("community") == 0);
    CHECK(node_kind(back, "pagerank") == AttrKind::Double);
    CHECK(node_kind(back, "community") == AttrKind::Long);
    const EdgeProps& e = edge(back, 0);
    CHECK(e.id == "e0");
    CHECK(e.type == Relation::member_of);
    CHECK(e.labels == std::vector<std::string>{"works for", "serves"});
    CHECK(e.weight == 2);
    CHECK(e.flags == kHedged);
    CHECK(e.evidence == kg.g[*boost::edges(kg.g).first].evidence);
    CHECK(e.extra.at("note") == AttrValue{std::string("a\nnote")});
    CHECK(edge(back, 1).type == Relation::meets);
    CHECK(boost::source(edges_in_order(back)[1], back.g) == *back.find_node_id("o_kremlin"));
}

TEST_CASE("json graph: NetworkX node_link_data files (\"links\" and \"edges\")") {
    for (const char* file : {"networkx_links.json", "networkx_edges.json"}) {
        CAPTURE(file);
        KnowledgeGraph kg = read_text(fixture(file));
        REQUIRE(kg.node_count() == 4);
        REQUIRE(kg.edge_count() == 4);
        // Node order and ids as in the file; numbers become strings.
        CHECK(kg.g[0].id == "1");
        CHECK(kg.g[1].id == "2");
        CHECK(kg.g[2].id == "p_x");
        const NodeProps& one = node(kg, "1");
        CHECK(one.label == "1");
        CHECK(one.type == NodeType::Other);
        CHECK(one.extra.at("score") == AttrValue{0.5});
        CHECK(one.extra.at("rank") == AttrValue{std::int64_t{3}});
        CHECK(one.extra.at("active") == AttrValue{true});
        CHECK(one.extra.at("tags") == AttrValue{std::string("[\"a\",\"b\"]")});
        CHECK(node(kg, "2").extra.at("score") == AttrValue{1.0});  // 1 among doubles
        CHECK(node(kg, "2").extra.at("note") ==
              AttrValue{std::string("Кивелко \"quoted\" & <tagged>")});
        CHECK(node(kg, "p_x").type == NodeType::Person);
        CHECK(node(kg, "p_x").mentions == 2);
        CHECK(node(kg, "o_y").type == NodeType::Other);
        CHECK(node(kg, "o_y").extra.at("original_type") == AttrValue{std::string("Company")});
        CHECK(node_kind(kg, "score") == AttrKind::Double);
        CHECK(node_kind(kg, "rank") == AttrKind::Long);
        CHECK(node_kind(kg, "active") == AttrKind::Boolean);
        CHECK(node_kind(kg, "tags") == AttrKind::String);

        const EdgeProps& e0 = edge(kg, 0);
        CHECK(e0.id == "e0");
        CHECK(e0.type == Relation::meets);
        CHECK(e0.weight == 2.5);
        CHECK(e0.labels == std::vector<std::string>{"met", "talked"});
        CHECK(e0.extra.at("key") == AttrValue{std::int64_t{0}});
        CHECK(edge(kg, 1).weight == 1.0);  // missing weight
        CHECK(edge(kg, 1).extra.at("key") == AttrValue{std::int64_t{1}});
        const EdgeProps& hedged = edge(kg, 2);
        CHECK(hedged.type == Relation::related);  // no type
        CHECK(hedged.flags == kHedged);
        CHECK(hedged.extra.at("confidence") == AttrValue{0.75});
        const EdgeProps& employs = edge(kg, 3);
        CHECK(employs.type == Relation::related);
        CHECK(employs.extra.at("original_type") == AttrValue{std::string("employs")});
        CHECK(employs.extra.at("since") == AttrValue{std::int64_t{2015}});
        REQUIRE(employs.evidence.size() == 1);
        CHECK(employs.evidence[0].text == "X works for Y.");
        CHECK(employs.evidence[0].article == "a1");
        CHECK(employs.evidence[0].sentence == 4);
        CHECK(employs.articles == 1);
        CHECK(edge_kind(kg, "key") == AttrKind::Long);
        // What kgraph writes from it reads back the same.
        std::string once = json_of(kg);
        CHECK(json_of(read_text(once)) == once);
    }
}

TEST_CASE("json graph: column kinds, ids and defaults") {
    KnowledgeGraph kg = read_text(R"({"nodes": [
        {"id": 10, "x": 1, "y": "s", "z": true, "w": null},
        {"id": 1.5, "x": 2.5, "y": 3, "z": "no", "label": 42},
        {"id": "c", "x": null}],
      "links": [{"source": 10, "target": 1.5}]})");
    CHECK(kg.g[0].id == "10");
    CHECK(kg.g[1].id == "1.5");
    CHECK(kg.g[1].label == "42");
    CHECK(node_kind(kg, "x") == AttrKind::Double);  // integers mixed with other numbers
    CHECK(node_kind(kg, "y") == AttrKind::String);  // string and number
    CHECK(node_kind(kg, "z") == AttrKind::String);  // boolean and string
    CHECK(node_kind(kg, "w") == AttrKind::String);  // only null
    CHECK(kg.g[0].extra.at("x") == AttrValue{1.0});
    CHECK(kg.g[1].extra.at("y") == AttrValue{std::string("3")});
    CHECK(kg.g[0].extra.at("z") == AttrValue{std::string("true")});
    CHECK(kg.g[0].extra.count("w") == 0);
    CHECK(kg.g[2].extra.count("x") == 0);
    REQUIRE(kg.edge_count() == 1);
    CHECK(edge(kg, 0).id == "e0");
    CHECK(edge(kg, 0).weight == 1.0);
    CHECK(edge(kg, 0).type == Relation::related);
    CHECK(read_text(R"({"nodes": []})").node_count() == 0);
}

TEST_CASE("json graph: errors name the file and line") {
    CHECK(error_of("{\n \"nodes\": [\n  {\"id\": 1,}\n ]\n}").rfind(
              "g.json:3: malformed JSON at column 12", 0) == 0);
    CHECK(error_of("{\"nodes\": [\n{\"id\": \"a\"},\n{\"id\": \"a\"}]}") ==
          "g.json:3: nodes[1]: duplicate node id \"a\"");
    CHECK(error_of("{\"nodes\": [{\"id\": 1}, {\"id\": \"1\"}]}").find("duplicate node id \"1\"") !=
          std::string::npos);
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\"}],\n \"links\": [\n  {\"source\": \"a\", \"target\": \"b\"}]}") ==
          "g.json:3: links[0]: \"target\" \"b\" is not a node id");
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"target\": \"a\"}]}") ==
          "g.json:1: edges[0]: missing \"source\"");
    CHECK(error_of("[1, 2]") == "g.json:1: not a node-link JSON graph: the document is not an object");
    CHECK(error_of("{\"links\": []}") == "g.json:1: not a node-link JSON graph: no \"nodes\" array");
    CHECK(error_of("{\"nodes\": {}}") == "g.json:1: not a node-link JSON graph: no \"nodes\" array");
    CHECK(error_of("{\"nodes\": [{\"label\": \"x\"}]}") == "g.json:1: nodes[0]: missing \"id\"");
    CHECK(error_of("{\"nodes\": [{\"id\": true}]}").find("\"id\" must be a string or a number") !=
          std::string::npos);
    CHECK(error_of("{\"nodes\": [{\"id\": \"\"}]}").find("\"id\" is empty") != std::string::npos);
    CHECK(error_of("{\"nodes\": [3]}") == "g.json:1: nodes[0]: expected an object");
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\", \"mentions\": \"many\"}]}").find("\"mentions\"") !=
          std::string::npos);
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", "
                   "\"flags\": \"sure\"}]}")
              .find("unknown flag") != std::string::npos);
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", "
                   "\"evidence_all\": [{\"span\": [3, 1]}]}]}")
              .find("\"span\" must be") != std::string::npos);
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"id\": \"x\", \"source\": \"a\", \"target\": \"a\"},"
                   " {\"id\": \"x\", \"source\": \"a\", \"target\": \"a\"}]}")
              .find("duplicate edge id \"x\"") != std::string::npos);
    CHECK(error_of("").find("g.json:1: malformed JSON") == 0);
    CHECK(error_of("{\"nodes\": [{\"id\": 1}], \"adjacency\": [[]]}").find(
              "adjacency data is not supported") != std::string::npos);
}

TEST_CASE("json graph: hostile values are errors, never crashes") {
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\", \"x\": NaN}]}").find("malformed JSON") !=
          std::string::npos);
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\", \"x\": 1e400}]}").find("malformed JSON") !=
          std::string::npos);
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\", \"x\": " + std::string(100000, '[')).find(
              "nested deeper than 128 levels") != std::string::npos);
    CHECK(error_of("{\"nodes\": [{\"id\": \"a\xc3\x28\"}]}").find("malformed JSON") !=
          std::string::npos);
    // Nesting within the limit is kept as the JSON text of the value.
    std::string nested = std::string(100, '[') + std::string(100, ']');
    KnowledgeGraph kg = read_text("{\"nodes\": [{\"id\": \"a\", \"x\": " + nested + "}]}");
    CHECK(kg.g[0].extra.at("x") == AttrValue{nested});
    // Huge integers beyond 64 bits are numbers, not errors.
    KnowledgeGraph big = read_text("{\"nodes\": [{\"id\": 123456789012345678901234567890}]}");
    CHECK(big.g[0].id == "1.2345678901234568e29");
}
