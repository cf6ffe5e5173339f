#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "graph/errors.hpp"
#include "io/io.hpp"

using namespace kg;

namespace {
KnowledgeGraph parse(const std::string& xml) {
    std::istringstream in(xml);
    return io::read_graphml(in, "t.graphml");
}
std::string error_of(const std::string& xml) {
    try {
        parse(xml);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}
const char* kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
}  // namespace

TEST_CASE("GraphML from NetworkX: unknown attributes kept, missing ones defaulted") {
    std::string xml = std::string(kHead) +
        "<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "<key id=\"d1\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>\n"
        "<key id=\"d2\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"><default>2.5</default></key>\n"
        "<key id=\"d3\" for=\"edge\" attr.name=\"since\" attr.type=\"int\"/>\n"
        "<graph edgedefault=\"undirected\">\n"
        "<node id=\"a\"><data key=\"d0\">Alice</data><data key=\"d1\">0.5</data></node>\n"
        "<node id=\"b\"/>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"d3\">1999</data></edge>\n"
        "</graph></graphml>\n";
    KnowledgeGraph kg = parse(xml);
    REQUIRE(kg.node_count() == 2);
    REQUIRE(kg.edge_count() == 1);
    CHECK(kg.g[0].label == "Alice");
    CHECK(kg.g[1].label == "b");  // no label: the id
    CHECK(kg.g[1].type == NodeType::Other);
    CHECK(std::get<double>(kg.g[0].extra.at("score")) == 0.5);
    CHECK(kg.g[1].extra.count("score") == 0);
    Edge e = *boost::edges(kg.g).first;
    CHECK(kg.g[e].weight == 2.5);  // the key's default
    CHECK(kg.g[e].type == Relation::related);
    CHECK(std::get<std::int64_t>(kg.g[e].extra.at("since")) == 1999);
    CHECK(kg.g[e].id == "e0");
    REQUIRE(kg.node_attrs.size() == 1);
    CHECK(kg.node_attrs[0].name == "score");
}

TEST_CASE("hostile GraphML is refused with a message naming the file and line") {
    SUBCASE("external entity (never read)") {
        auto msg = error_of(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            "<graphml><graph edgedefault=\"directed\"><node id=\"&x;\"/></graph></graphml>");
        CHECK(msg.find("t.graphml:2") != std::string::npos);
        CHECK(msg.find("entity") != std::string::npos);
    }
    SUBCASE("billion laughs") {
        std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">";
        for (int i = 1; i < 10; ++i)
            xml += "<!ENTITY a" + std::to_string(i) + " \"&a" + (i > 1 ? std::to_string(i - 1) : "") + ";&a" +
                   (i > 1 ? std::to_string(i - 1) : "") + ";\">";
        xml += "]>\n<graphml>&a9;</graphml>";
        CHECK(error_of(xml).find("entity") != std::string::npos);
    }
    SUBCASE("deep nesting") {
        std::string xml = std::string(kHead);
        for (int i = 0; i < 200; ++i) xml += "<x>";
        CHECK(error_of(xml).find("nested deeper") != std::string::npos);
    }
    SUBCASE("malformed XML") {
        auto msg = error_of(std::string(kHead) + "<graph edgedefault=\"directed\"><node id=\"a\">\n</graph>");
        CHECK(msg.find("t.graphml:4:") != std::string::npos);
        CHECK(msg.find("malformed XML") != std::string::npos);
    }
    SUBCASE("nested graph") {
        CHECK(error_of(std::string(kHead) + "<graph edgedefault=\"directed\"><node id=\"a\"><graph/></node></graph></graphml>")
                  .find("nested graphs") != std::string::npos);
    }
    SUBCASE("hyperedge") {
        CHECK(error_of(std::string(kHead) + "<graph edgedefault=\"directed\"><hyperedge/></graph></graphml>")
                  .find("hyperedges") != std::string::npos);
    }
    SUBCASE("undeclared key") {
        CHECK(error_of(std::string(kHead) + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"k9\">x</data></node></graph></graphml>")
                  .find("not declared") != std::string::npos);
    }
    SUBCASE("value of the wrong type") {
        CHECK(error_of(std::string(kHead) +
                       "<key id=\"k\" for=\"node\" attr.name=\"n\" attr.type=\"int\"/>"
                       "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"k\">many</data></node></graph></graphml>")
                  .find("not a valid int") != std::string::npos);
    }
    SUBCASE("edge to an unknown node") {
        CHECK(error_of(std::string(kHead) + "<graph edgedefault=\"directed\"><node id=\"a\"/><edge source=\"a\" target=\"zz\"/></graph></graphml>")
                  .find("unknown node 'zz'") != std::string::npos);
    }
    SUBCASE("duplicate node id") {
        CHECK(error_of(std::string(kHead) + "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"a\"/></graph></graphml>")
                  .find("duplicate node id") != std::string::npos);
    }
    SUBCASE("not GraphML at all") {
        CHECK(error_of("<html><body/></html>").find("not a GraphML file") != std::string::npos);
    }
}

TEST_CASE("GraphML from a spaCy pipeline (NetworkX): entity labels mapped, unknown ones kept") {
    std::ifstream in(std::string(KGRAPH_IO_FIXTURES) + "/networkx_spacy.graphml");
    REQUIRE(in);
    KnowledgeGraph kg = io::read_graphml(in, "networkx_spacy.graphml");
    auto node = [&](const std::string& id) -> const NodeProps& { return kg.g[*kg.find_node_id(id)]; };
    CHECK(node("Ines Okafor").type == NodeType::Person);
    CHECK(node("Tam Varga").type == NodeType::Person);  // "per", any case
    CHECK(node("Norland Grain Board").type == NodeType::Organization);
    CHECK(node("Norlandic").type == NodeType::Organization);  // NORP: a group
    CHECK(node("Port Velen").type == NodeType::Place);
    CHECK(node("Velen River").type == NodeType::Place);
    CHECK(node("Velen Bridge").type == NodeType::Place);
    CHECK(node("Harvest Summit").type == NodeType::Event);
    CHECK(node("Grainmaster 3000").type == NodeType::Other);
    CHECK(node("Grainmaster 3000").extra.at("original_type") == AttrValue{std::string("PRODUCT")});
    CHECK(node("Okafor Doctrine").extra.at("original_type") == AttrValue{std::string("WORK_OF_ART")});
    CHECK(node("Ines Okafor").extra.count("original_type") == 0);
    // The column is declared, so every export writes it.
    REQUIRE(kg.node_attrs.size() == 1);
    CHECK(kg.node_attrs[0].name == "original_type");
    CHECK(kg.edge_count() == 2);
}

TEST_CASE("foreign entity labels: the mapping") {
    CHECK(map_foreign_node_type("PERSON") == NodeType::Person);
    CHECK(map_foreign_node_type("Person") == NodeType::Person);
    CHECK(map_foreign_node_type("gpe") == NodeType::Place);
    CHECK(map_foreign_node_type("FAC") == NodeType::Place);
    CHECK(map_foreign_node_type("Norp") == NodeType::Organization);
    CHECK(map_foreign_node_type("EVENT") == NodeType::Event);
    CHECK_FALSE(map_foreign_node_type("MISC").has_value());
    CHECK_FALSE(map_foreign_node_type("PERSONS").has_value());
}

namespace {
std::vector<std::string> edge_ids(const KnowledgeGraph& kg) {
    std::vector<std::string> out;
    for (Edge e : edges_in_order(kg)) out.push_back(kg.g[e].id);
    return out;
}
}  // namespace

TEST_CASE("GraphML edges before their nodes are read, in the file's order") {
    // The first edge names nodes still to come, so it and every edge after it wait for the end
    // of the file; the order of all edges stays the file's.
    KnowledgeGraph kg = parse(std::string(kHead) +
                              "<graph edgedefault=\"directed\">\n"
                              "<node id=\"a\"/>\n"
                              "<edge id=\"x1\" source=\"a\" target=\"b\"/>\n"
                              "<edge id=\"x2\" source=\"a\" target=\"a\"/>\n"
                              "<node id=\"b\"/>\n"
                              "<edge id=\"x3\" source=\"b\" target=\"a\"/>\n"
                              "</graph></graphml>\n");
    REQUIRE(kg.edge_count() == 3);
    CHECK(edge_ids(kg) == std::vector<std::string>{"x1", "x2", "x3"});
    const std::vector<Edge> edges = edges_in_order(kg);
    CHECK(kg.g[boost::target(edges[0], kg.g)].id == "b");
    CHECK(kg.g[boost::source(edges[2], kg.g)].id == "b");
    CHECK(boost::out_degree(*kg.find_node_id("a"), kg.g) == 2);
}

TEST_CASE("GraphML edge ids: given ones kept, missing ones numbered around them") {
    KnowledgeGraph kg = parse(std::string(kHead) +
                              "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/>\n"
                              "<edge source=\"a\" target=\"b\"/>\n"
                              "<edge id=\"e0\" source=\"a\" target=\"b\"/>\n"
                              "<edge source=\"b\" target=\"a\"/>\n"
                              "<edge id=\"e2\" source=\"b\" target=\"a\"/>\n"
                              "<edge id=\"e4\" source=\"b\" target=\"a\"/>\n"
                              "<edge source=\"b\" target=\"a\"/>\n"
                              "</graph></graphml>\n");
    CHECK(edge_ids(kg) == std::vector<std::string>{"e1", "e0", "e3", "e2", "e4", "e5"});
}

TEST_CASE("GraphML duplicate edge ids are refused, numbered ones or not") {
    const std::string head = std::string(kHead) + "<graph edgedefault=\"directed\"><node id=\"a\"/>\n";
    SUBCASE("an id given twice") {
        CHECK(error_of(head + "<edge id=\"r\" source=\"a\" target=\"a\"/>\n<edge id=\"r\" source=\"a\" target=\"a\"/>\n</graph></graphml>") ==
              "t.graphml:5: duplicate edge id 'r'");
    }
    SUBCASE("the first edge's own number, again") {
        CHECK(error_of(head + "<edge id=\"e0\" source=\"a\" target=\"a\"/>\n<edge id=\"e0\" source=\"a\" target=\"a\"/>\n</graph></graphml>") ==
              "t.graphml:5: duplicate edge id 'e0'");
    }
    SUBCASE("another edge's number, then that edge (numbered e1)") {
        CHECK(error_of(head + "<edge id=\"e1\" source=\"a\" target=\"a\"/>\n<edge id=\"e1\" source=\"a\" target=\"a\"/>\n</graph></graphml>") ==
              "t.graphml:5: duplicate edge id 'e1'");
    }
}

TEST_CASE("GraphML: a default declared after the elements it would apply to is refused") {
    // GraphML declares keys before the graph; a reader that adds each node as it is read cannot
    // give the earlier ones a default it has not seen yet.
    const std::string msg = error_of(std::string(kHead) +
                                     "<graph edgedefault=\"directed\"><node id=\"a\"/>\n"
                                     "<key id=\"k\" for=\"node\" attr.name=\"n\" attr.type=\"int\"><default>3</default></key>\n"
                                     "</graph></graphml>");
    CHECK(msg.find("t.graphml:4:") == 0);
    CHECK(msg.find("declares a default after the graph's first node") != std::string::npos);
    // A key for edges only, declared after the nodes and before the edges, is fine.
    KnowledgeGraph kg = parse(std::string(kHead) +
                              "<graph edgedefault=\"directed\"><node id=\"a\"/>\n"
                              "<key id=\"k\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"><default>3</default></key>\n"
                              "<edge source=\"a\" target=\"a\"/></graph></graphml>");
    CHECK(kg.g[*boost::edges(kg.g).first].weight == 3);
}
