// Entity resolution: names join only on evidence, and every join is recorded.
#include <doctest/doctest.h>

#include <algorithm>

#include "graph/build.hpp"
#include "graph/names.hpp"

using namespace kg;

namespace {

Statement mention(std::string name, NodeType type, std::string article, int sentence = 1) {
    Statement s;
    s.subject = {std::move(name), type};
    s.object = {"Arden", NodeType::Place};
    s.relation = Relation::located_in;
    s.label = "in";
    s.article = std::move(article);
    s.sentence = sentence;
    s.evidence = "A sentence of " + s.article + ".";
    return s;
}

const NodeProps* node_named(const KnowledgeGraph& kg, std::string_view name) {
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        const NodeProps& n = kg.g[v];
        if (n.label == name || std::find(n.aliases.begin(), n.aliases.end(), name) != n.aliases.end())
            return &n;
    }
    return nullptr;
}

std::size_t nodes_labelled(const KnowledgeGraph& kg, std::string_view label) {
    std::size_t n = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) n += kg.g[v].label == label;
    return n;
}

const Join* record(const NodeProps& n, std::string_view name) {
    for (const Join& j : n.joined)
        if (j.name == name) return &j;
    return nullptr;
}

}  // namespace

TEST_CASE("an acronym two bodies share joins each in its own article and neither elsewhere") {
    StatementSet in;
    in.entities.push_back({"Arden Stock Exchange", NodeType::Organization, {"ASE", "Stock Exchange"}, "a1"});
    in.entities.push_back({"Avalon Stock Exchange", NodeType::Organization, {"ASE", "Stock Exchange"}, "a2"});
    in.statements.push_back(mention("ASE", NodeType::Organization, "a1"));
    in.statements.push_back(mention("ASE", NodeType::Organization, "a3"));
    KnowledgeGraph kg = build_graph(in);
    const NodeProps* arden = node_named(kg, "Arden Stock Exchange");
    const NodeProps* avalon = node_named(kg, "Avalon Stock Exchange");
    REQUIRE(arden);
    REQUIRE(avalon);
    CHECK(arden != avalon);
    CHECK(arden->articles == 1);
    CHECK(nodes_labelled(kg, "ASE") == 1);  // article a3 does not say which exchange
    // A part of the name that names a kind of body is no alias of either.
    CHECK(std::find(arden->aliases.begin(), arden->aliases.end(), "Stock Exchange") == arden->aliases.end());
    const Join* j = record(*arden, "ASE");
    REQUIRE(j);
    CHECK(j->rule == "acronym");
    CHECK(j->article == "a1");
}

TEST_CASE("a part of a name does not join another body that is called by it") {
    StatementSet in;
    in.entities.push_back({"Grain Bank of Arden", NodeType::Organization, {"Grain Bank"}, "a1"});
    in.entities.push_back({"Grain Bank", NodeType::Organization, {}, "a2"});
    in.entities.push_back({"Tarvo Holdings Corp", NodeType::Organization, {"Tarvo Holdings"}, "a3"});
    in.entities.push_back({"Tarvo Holdings Bank", NodeType::Organization, {"Tarvo Holdings"}, "a4"});
    KnowledgeGraph kg = build_graph(in);
    CHECK(kg.node_count() == 4);  // the parent is not its bank, nor the bank of Arden the other
}

TEST_CASE("a bank's own legal form joins the bank; a holding company's does not") {
    StatementSet in;
    in.entities.push_back({"Arden Bank AG", NodeType::Organization, {}, "a1"});
    in.entities.push_back({"Arden Bank", NodeType::Organization, {}, "a2"});
    in.entities.push_back({"Bank of Lund Corp", NodeType::Organization, {}, "a3"});
    in.entities.push_back({"Bank of Lund", NodeType::Organization, {}, "a4"});
    KnowledgeGraph kg = build_graph(in);
    CHECK(kg.node_count() == 3);
}

TEST_CASE("a legal form alone ('Corp') is no alias: it would join every company that has one") {
    StatementSet in;
    in.entities.push_back({"Vela Corp", NodeType::Organization, {"Corp"}, "a1"});
    in.entities.push_back({"Corp", NodeType::Organization, {}, "a2"});
    KnowledgeGraph kg = build_graph(in);
    CHECK(kg.node_count() == 2);
}

TEST_CASE("a generic body name stays apart from one article to the next") {
    StatementSet in;
    in.statements.push_back(mention("Central Bank", NodeType::Organization, "a1"));
    in.statements.push_back(mention("Central Bank", NodeType::Organization, "a1", 2));
    in.statements.push_back(mention("Central Bank", NodeType::Organization, "a2"));
    in.statements.push_back(mention("Tarvo Bank", NodeType::Organization, "a1"));
    in.statements.push_back(mention("Tarvo Bank", NodeType::Organization, "a2"));
    KnowledgeGraph kg = build_graph(in);
    CHECK(nodes_labelled(kg, "Central Bank") == 2);
    CHECK(nodes_labelled(kg, "Tarvo Bank") == 1);
    CHECK(is_generic_body_name("ministry of trade"));
    CHECK(is_generic_body_name("stock exchange"));
    CHECK_FALSE(is_generic_body_name("bank of arden"));
}

TEST_CASE("names that differ by a legal form, a middle initial or an acronym join, with records") {
    StatementSet in;
    in.statements.push_back(mention("Lindqvist Motors Corp", NodeType::Organization, "a1"));
    in.statements.push_back(mention("Lindqvist Motors", NodeType::Organization, "a2", 4));
    in.statements.push_back(mention("Ann B. Okafor", NodeType::Person, "a3"));
    in.statements.push_back(mention("Ann Okafor", NodeType::Person, "a4"));
    in.statements.push_back(mention("Okafor", NodeType::Person, "a5"));
    in.statements.push_back(mention("Council of Northern Grain Exporters", NodeType::Organization, "a6"));
    in.statements.push_back(mention("CNGE", NodeType::Organization, "a7"));
    KnowledgeGraph kg = build_graph(in);
    const NodeProps* motors = node_named(kg, "Lindqvist Motors Corp");
    REQUIRE(motors);
    CHECK(motors->articles == 2);
    const Join* j = record(*motors, "Lindqvist Motors");
    REQUIRE(j);
    CHECK(j->rule == "legal_form");
    CHECK(j->article == "a2");
    CHECK(j->sentence == 4);
    CHECK(j->evidence == "A sentence of a2.");
    const NodeProps* ann = node_named(kg, "Ann B. Okafor");
    REQUIRE(ann);
    CHECK(ann->articles == 3);
    REQUIRE(record(*ann, "Okafor"));
    CHECK(record(*ann, "Okafor")->rule == "unique_surname");
    const NodeProps* council = node_named(kg, "CNGE");
    REQUIRE(council);
    CHECK(council->label == "Council of Northern Grain Exporters");
    CHECK(record(*council, "CNGE")->rule == "unique_acronym");
}

TEST_CASE("the extractor's records of an entity line are kept on the node, and survive a rebuild") {
    StatementSet in;
    EntityDecl d{"Ines Okafor", NodeType::Person, {"Okafor"}, "a1", {}};
    d.joined.push_back({"Okafor", "surname", "", "a1", 3, "Okafor spoke."});
    in.entities.push_back(d);
    KnowledgeGraph kg = build_graph(in);
    const NodeProps* p = node_named(kg, "Ines Okafor");
    REQUIRE(p);
    REQUIRE(p->joined.size() == 1);
    CHECK(p->joined[0] == d.joined[0]);
    KnowledgeGraph again = build_graph(to_statements(kg));
    CHECK(node_named(again, "Ines Okafor")->joined == p->joined);
}

TEST_CASE("a name typed otherwise in a few articles joins the same name typed so in many") {
    StatementSet in;
    for (const char* a : {"a1", "a2", "a3"}) in.statements.push_back(mention("Brandt Motors", NodeType::Organization, a));
    in.statements.push_back(mention("Brandt Motors", NodeType::Place, "a4"));
    KnowledgeGraph kg = build_graph(in);
    CHECK(nodes_labelled(kg, "Brandt Motors") == 1);
    const NodeProps* n = node_named(kg, "Brandt Motors");
    REQUIRE(n);
    CHECK(n->type == NodeType::Organization);
    CHECK(n->articles == 4);
}

TEST_CASE("a name typed two ways stays two entities when the many are few, or one article uses both") {
    SUBCASE("two articles against one") {
        StatementSet in;
        for (const char* a : {"a1", "a2"}) in.statements.push_back(mention("Jorvik", NodeType::Place, a));
        in.statements.push_back(mention("Jorvik", NodeType::Person, "a3"));
        CHECK(nodes_labelled(build_graph(in), "Jorvik") == 2);
    }
    SUBCASE("an article that names both") {
        StatementSet in;
        for (const char* a : {"a1", "a2", "a3", "a4"}) in.statements.push_back(mention("Jorvik", NodeType::Place, a));
        in.statements.push_back(mention("Jorvik", NodeType::Person, "a4", 2));
        CHECK(nodes_labelled(build_graph(in), "Jorvik") == 2);
    }
}

TEST_CASE("an acronym several names spell goes to the body the articles usually declare it for") {
    // "NGB" is declared for the National Grain Board in ten articles and for the Northland
    // Gas Bureau in one: an article that says only "NGB" means the board. "Northland Gas
    // Board" spells it too, but spelling is no declaration.
    StatementSet in;
    for (int a = 0; a < 10; ++a) {
        const std::string article = "b" + std::to_string(a);
        in.entities.push_back({"National Grain Board", NodeType::Organization, {"NGB"}, article});
        in.statements.push_back(mention("National Grain Board", NodeType::Organization, article));
    }
    in.entities.push_back({"Northland Gas Bureau", NodeType::Organization, {"NGB"}, "g1"});
    in.statements.push_back(mention("Northland Gas Board", NodeType::Organization, "g2"));
    in.statements.push_back(mention("NGB", NodeType::Organization, "x1"));
    KnowledgeGraph kg = build_graph(in);
    CHECK(nodes_labelled(kg, "NGB") == 0);
    const NodeProps* board = node_named(kg, "National Grain Board");
    REQUIRE(board);
    CHECK(board->articles == 11);
    auto usual = std::find_if(board->joined.begin(), board->joined.end(),
                              [](const Join& j) { return j.rule == "usual_short_form"; });
    REQUIRE(usual != board->joined.end());
    CHECK(usual->name == "NGB");
    CHECK(usual->article == "x1");

    // Declared as often for two bodies (three articles against one is not ten times): apart.
    StatementSet even;
    for (const char* a : {"c1", "c2", "c3"})
        even.entities.push_back({"National Grain Board", NodeType::Organization, {"NGB"}, a});
    even.entities.push_back({"Northland Gas Bureau", NodeType::Organization, {"NGB"}, "c4"});
    even.statements.push_back(mention("NGB", NodeType::Organization, "c5"));
    CHECK(nodes_labelled(build_graph(even), "NGB") == 1);
}

TEST_CASE("British and American spellings of -ization are one name") {
    CHECK(name_key("World Health Organisation") == name_key("World Health Organization"));
    CHECK(name_key("Privatisations Agency") == name_key("Privatizations Agency"));
    CHECK(name_key("Isation Ltd") != name_key("Ization Ltd"));  // a word that is only the ending
    StatementSet in;
    in.statements.push_back(mention("Grain Exporters Organisation", NodeType::Organization, "a1"));
    in.statements.push_back(mention("Grain Exporters Organization", NodeType::Organization, "a2"));
    KnowledgeGraph kg = build_graph(in);
    const NodeProps* n = node_named(kg, "Grain Exporters Organisation");
    REQUIRE(n);
    CHECK(n->articles == 2);
}
