#include <doctest/doctest.h>

#include "graph/build.hpp"
#include "graph/errors.hpp"
#include "graph/name_lookup.hpp"

using namespace kg;

namespace {

KnowledgeGraph people() {
    StatementSet in;
    in.entities.push_back({"Serafim Kivelko", NodeType::Person, {"Ambassador Kivelko"}, ""});
    in.entities.push_back({"Dorian Trusk", NodeType::Person, {"Trusk"}, ""});
    in.entities.push_back({"Trusk campaign", NodeType::Organization, {}, ""});
    in.entities.push_back({"Jesper Sessford", NodeType::Person, {}, ""});
    in.entities.push_back({"Michael Fletton", NodeType::Person, {}, ""});
    in.entities.push_back({"Michael Carrow", NodeType::Person, {}, ""});
    in.entities.push_back({"Zürich", NodeType::Place, {}, ""});
    in.entities.push_back({"Orlena", NodeType::Place, {}, ""});
    in.entities.push_back({"Orlena", NodeType::Person, {}, ""});
    return build_graph(in);
}

std::string label(const KnowledgeGraph& k, const NameMatch& m) {
    REQUIRE(m.kind == NameMatch::Kind::found);
    return k.g[m.vertex].label;
}

}  // namespace

TEST_CASE("names resolve as a person types them") {
    KnowledgeGraph k = people();
    CHECK(label(k, resolve_name(k, "serafim KIVELKO")) == "Serafim Kivelko");
    CHECK(label(k, resolve_name(k, "Kivelko")) == "Serafim Kivelko");       // surname
    CHECK(label(k, resolve_name(k, "ambassador kivelko")) == "Serafim Kivelko");  // alias
    CHECK(label(k, resolve_name(k, "Trusk")) == "Dorian Trusk");           // alias beats words
    CHECK(label(k, resolve_name(k, "fletton")) == "Michael Fletton");
    CHECK(label(k, resolve_name(k, "Jesper")) == "Jesper Sessford");     // a unique first name
    CHECK(label(k, resolve_name(k, "zurich")) == "Zürich");                // accents
    CHECK(label(k, resolve_name(k, "p_jesper_sessford")) == "Jesper Sessford");  // node id
    CHECK(label(k, resolve_name(k, "Orlena", NodeType::Place)) == "Orlena");
}

TEST_CASE("an ambiguous name lists its candidates with their types") {
    KnowledgeGraph k = people();
    NameMatch m = resolve_name(k, "Michael");
    REQUIRE(m.kind == NameMatch::Kind::ambiguous);
    CHECK(m.candidates.size() == 2);
    NameMatch g = resolve_name(k, "orlena");
    REQUIRE(g.kind == NameMatch::Kind::ambiguous);
    try {
        require_name(k, "orlena");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) ==
              "ambiguous name 'orlena' (give a fuller name or an id): Orlena (Person, 1 mention, "
              "id p_orlena), Orlena (Place, 1 mention, id pl_orlena)");
    }
    // The most mentioned candidate first.
    StatementSet in = to_statements(k);
    for (int i = 0; i < 3; ++i) {
        Statement s;
        s.subject = {"Michael Carrow", NodeType::Person};
        s.object = {"Zürich", NodeType::Place};
        s.relation = Relation::located_in;
        s.article = "a" + std::to_string(i);
        in.statements.push_back(s);
    }
    KnowledgeGraph more = build_graph(in);
    NameMatch michael = resolve_name(more, "Michael");
    REQUIRE(michael.kind == NameMatch::Kind::ambiguous);
    CHECK(more.g[michael.candidates.front()].label == "Michael Carrow");
}

TEST_CASE("an unknown name suggests the closest names") {
    KnowledgeGraph k = people();
    NameMatch m = resolve_name(k, "Kivlko");
    REQUIRE(m.kind == NameMatch::Kind::unknown);
    REQUIRE(!m.suggestions.empty());
    CHECK(k.g[m.suggestions.front()].label == "Serafim Kivelko");
    try {
        require_name(k, "Sesford");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).rfind("unknown name 'Sesford'; closest: Jesper Sessford (Person)", 0) == 0);
    }
    CHECK(edit_distance("zürich", "zurich") == 1);
    CHECK(edit_distance("", "abc") == 3);
}
