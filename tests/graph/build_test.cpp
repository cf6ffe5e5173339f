#include <doctest/doctest.h>

#include "graph/build.hpp"

using namespace kg;

namespace {
Statement stmt(std::string s, NodeType st, Relation r, std::string o, NodeType ot,
               std::string label = "", std::string article = "a1", int sentence = 0) {
    Statement x;
    x.subject = {std::move(s), st};
    x.object = {std::move(o), ot};
    x.relation = r;
    x.label = std::move(label);
    x.article = std::move(article);
    x.sentence = sentence;
    return x;
}
const NodeProps* node_by_label(const KnowledgeGraph& kg, std::string_view label) {
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g)))
        if (kg.g[v].label == label) return &kg.g[v];
    return nullptr;
}
}  // namespace

TEST_CASE("an alias, a repeat and a reversed symmetric statement give one node and one edge") {
    StatementSet in;
    in.entities.push_back({"Sven Tollund", NodeType::Person, {"Tollund"}, "a1"});
    in.statements.push_back(stmt("Tollund", NodeType::Person, Relation::meets, "Jana Ferreira",
                                 NodeType::Person, "met", "a1", 3));
    in.statements.push_back(stmt("Tollund", NodeType::Person, Relation::meets, "Jana Ferreira",
                                 NodeType::Person, "met", "a1", 3));  // exact repeat
    in.statements.push_back(stmt("Jana Ferreira", NodeType::Person, Relation::meets,
                                 "Sven Tollund", NodeType::Person, "meetings", "a2", 5));
    BuildReport report;
    KnowledgeGraph kg = build_graph(in, {}, &report);
    CHECK(kg.node_count() == 2);
    REQUIRE(kg.edge_count() == 1);
    CHECK(report.duplicate_statements == 1);
    Edge e = *boost::edges(kg.g).first;
    CHECK(kg.g[e].weight == 2.0);
    CHECK(kg.g[e].articles == 2);
    CHECK(kg.g[e].type == Relation::meets);
    // canonical direction: the smaller id is the source
    CHECK(kg.g[boost::source(e, kg.g)].id == "p_jana_ferreira");
    CHECK(kg.g[e].labels == std::vector<std::string>{"meetings", "met"});
    const NodeProps* k = node_by_label(kg, "Sven Tollund");
    REQUIRE(k);
    CHECK(k->aliases == std::vector<std::string>{"Tollund"});
    CHECK(k->id == "p_sven_tollund");
}

TEST_CASE("case, punctuation, 'the' and possessives do not split entities") {
    StatementSet in;
    in.statements.push_back(stmt("The Citadel", NodeType::Organization, Relation::part_of,
                                 "Norland", NodeType::Place));
    in.statements.push_back(stmt("citadel's", NodeType::Organization, Relation::located_in,
                                 "Kastel", NodeType::Place));
    KnowledgeGraph kg = build_graph(in);
    CHECK(kg.node_count() == 3);
    CHECK(kg.edge_count() == 2);
}

TEST_CASE("directed relations in both directions stay two edges; types keep entities apart") {
    StatementSet in;
    in.statements.push_back(stmt("A Person", NodeType::Person, Relation::succeeds, "B Person",
                                 NodeType::Person));
    in.statements.push_back(stmt("B Person", NodeType::Person, Relation::succeeds, "A Person",
                                 NodeType::Person));
    in.statements.push_back(stmt("Orlena", NodeType::Place, Relation::related, "Orlena",
                                 NodeType::Person));
    KnowledgeGraph kg = build_graph(in);
    CHECK(kg.node_count() == 4);
    CHECK(kg.edge_count() == 3);
}

TEST_CASE("a lone surname joins the only full name ending in it, and only then") {
    StatementSet in;
    in.statements.push_back(stmt("Sven Tollund", NodeType::Person, Relation::role, "Norland",
                                 NodeType::Place, "ambassador", "a1"));
    in.statements.push_back(stmt("Tollund", NodeType::Person, Relation::located_in, "Vellin",
                                 NodeType::Place, "posted to", "a2"));
    in.statements.push_back(stmt("John Smith", NodeType::Person, Relation::meets, "Jane Smith",
                                 NodeType::Person, "met", "a3"));
    in.statements.push_back(stmt("Smith", NodeType::Person, Relation::located_in, "Vellin",
                                 NodeType::Place, "in", "a4"));
    KnowledgeGraph kg = build_graph(in);
    const NodeProps* k = node_by_label(kg, "Sven Tollund");
    REQUIRE(k);
    CHECK(k->articles == 2);
    CHECK(node_by_label(kg, "Tollund") == nullptr);
    CHECK(node_by_label(kg, "Smith") != nullptr);  // ambiguous: kept apart
}

TEST_CASE("a surname declared as a short form names its entity in that article only") {
    StatementSet in;
    in.entities.push_back({"Nancy Smith", NodeType::Person, {"Smith"}, "a1"});
    in.entities.push_back({"John Smith", NodeType::Person, {"Smith"}, "a2"});
    in.statements.push_back(stmt("Smith", NodeType::Person, Relation::located_in, "Boston",
                                 NodeType::Place, "visited", "a1"));
    in.statements.push_back(stmt("Smith", NodeType::Person, Relation::located_in, "Denver",
                                 NodeType::Place, "visited", "a2"));
    in.statements.push_back(stmt("Smith", NodeType::Person, Relation::located_in, "Austin",
                                 NodeType::Place, "visited", "a3"));
    KnowledgeGraph kg = build_graph(in);
    const NodeProps* nancy = node_by_label(kg, "Nancy Smith");
    const NodeProps* john = node_by_label(kg, "John Smith");
    const NodeProps* smith = node_by_label(kg, "Smith");
    REQUIRE(nancy);
    REQUIRE(john);
    REQUIRE(smith);  // article a3 does not say which Smith: kept apart
    CHECK(nancy->articles == 1);
    CHECK(john->articles == 1);
    CHECK(smith->articles == 1);
    CHECK(nancy->aliases == std::vector<std::string>{"Smith"});
    CHECK(john->aliases == std::vector<std::string>{"Smith"});
    auto target_of = [&](std::string_view label) {
        for (auto e : boost::make_iterator_range(boost::edges(kg.g)))
            if (kg.g[boost::source(e, kg.g)].label == label)
                return kg.g[boost::target(e, kg.g)].label;
        return std::string();
    };
    CHECK(target_of("Nancy Smith") == "Boston");
    CHECK(target_of("John Smith") == "Denver");
    CHECK(target_of("Smith") == "Austin");
}

TEST_CASE("a one-word name joins the only entity that claims it as a short form") {
    StatementSet in;
    in.entities.push_back({"Acme Holdings", NodeType::Organization, {"Acme", "AH"}, "a1"});
    in.statements.push_back(stmt("Acme", NodeType::Organization, Relation::located_in, "Boston",
                                 NodeType::Place, "based in", "a2"));
    in.statements.push_back(stmt("AH", NodeType::Organization, Relation::located_in, "Denver",
                                 NodeType::Place, "opened in", "a3"));
    KnowledgeGraph kg = build_graph(in);
    const NodeProps* acme = node_by_label(kg, "Acme Holdings");
    REQUIRE(acme);
    CHECK(acme->articles == 3);  // "Acme" by its one claimant, "AH" as a full alias
    CHECK(acme->aliases == std::vector<std::string>{"AH", "Acme"});
    CHECK(kg.node_count() == 3);
    in.entities.push_back({"Acme Mining", NodeType::Organization, {"Acme"}, "a4"});
    KnowledgeGraph two = build_graph(in);
    CHECK(node_by_label(two, "Acme") != nullptr);  // two claimants: kept apart
    CHECK(node_by_label(two, "Acme Holdings")->articles == 2);
}

TEST_CASE("an edge is flagged only when every statement behind it is") {
    StatementSet in;
    auto a = stmt("X Corp", NodeType::Organization, Relation::accuses, "Y Corp",
                  NodeType::Organization, "accused", "a1", 1);
    a.flags = kHedged | kAttributed;
    auto b = a;
    b.sentence = 2;
    b.flags = kAttributed;
    in.statements = {a, b};
    KnowledgeGraph kg = build_graph(in);
    REQUIRE(kg.edge_count() == 1);
    CHECK(kg.g[*boost::edges(kg.g).first].flags == kAttributed);
}

TEST_CASE("the same statements in another order give the same graph") {
    StatementSet in;
    in.statements.push_back(stmt("A Person", NodeType::Person, Relation::meets, "B Person",
                                 NodeType::Person, "met", "a1", 1));
    in.statements.push_back(stmt("C Org", NodeType::Organization, Relation::appoints, "A Person",
                                 NodeType::Person, "hired", "a1", 2));
    StatementSet rev = in;
    std::swap(rev.statements[0], rev.statements[1]);
    KnowledgeGraph g1 = build_graph(in), g2 = build_graph(rev);
    REQUIRE(g1.node_count() == g2.node_count());
    for (std::size_t i = 0; i < g1.node_count(); ++i) CHECK(g1.g[i].id == g2.g[i].id);
    auto e1 = edges_in_order(g1), e2 = edges_in_order(g2);
    REQUIRE(e1.size() == e2.size());
    for (std::size_t i = 0; i < e1.size(); ++i) {
        CHECK(g1.g[e1[i]].id == g2.g[e2[i]].id);
        CHECK(g1.g[boost::source(e1[i], g1.g)].id == g2.g[boost::source(e2[i], g2.g)].id);
    }
}

TEST_CASE("a node is a news outlet when its label or a full name of it was declared one") {
    StatementSet in;
    EntityDecl herald{"Kastel Herald", NodeType::Organization, {}, "a1"};
    herald.media = true;
    in.entities.push_back(herald);
    // Declared an outlet in one article only: the node is still an outlet.
    in.entities.push_back({"Kastel Herald", NodeType::Organization, {}, "a2"});
    EntityDecl acronym{"VBC", NodeType::Organization, {}, "a3"};
    acronym.media = true;  // a broadcaster's acronym...
    in.entities.push_back(acronym);
    // ... that a bank's initials spell: the bank is no outlet.
    in.entities.push_back({"Vellin Banking Corp", NodeType::Organization, {"VBC"}, "a4"});
    in.statements.push_back(stmt("Vellin Banking Corp", NodeType::Organization, Relation::related,
                                 "Kastel Herald", NodeType::Organization, "told", "a4", 1));
    KnowledgeGraph kg = build_graph(in, {});
    const NodeProps* h = node_by_label(kg, "Kastel Herald");
    const NodeProps* b = node_by_label(kg, "Vellin Banking Corp");
    REQUIRE(h);
    REQUIRE(b);
    REQUIRE(node_by_label(kg, "VBC") == nullptr);  // the acronym joined the bank
    CHECK(h->media);
    CHECK_FALSE(b->media);
}
