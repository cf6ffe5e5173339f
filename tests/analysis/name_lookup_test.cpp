#include <doctest/doctest.h>

#include "graph/build.hpp"
#include "graph/errors.hpp"
#include "graph/name_lookup.hpp"

using namespace kg;

namespace {

KnowledgeGraph people() {
    StatementSet in;
    in.entities.push_back({"Sergey Kislyak", NodeType::Person, {"Ambassador Kislyak"}, ""});
    in.entities.push_back({"Donald Trump", NodeType::Person, {"Trump"}, ""});
    in.entities.push_back({"Trump campaign", NodeType::Organization, {}, ""});
    in.entities.push_back({"Jeff Sessions", NodeType::Person, {}, ""});
    in.entities.push_back({"Michael Flynn", NodeType::Person, {}, ""});
    in.entities.push_back({"Michael Cohen", NodeType::Person, {}, ""});
    in.entities.push_back({"Zürich", NodeType::Place, {}, ""});
    in.entities.push_back({"Georgia", NodeType::Place, {}, ""});
    in.entities.push_back({"Georgia", NodeType::Person, {}, ""});
    return build_graph(in);
}

std::string label(const KnowledgeGraph& k, const NameMatch& m) {
    REQUIRE(m.kind == NameMatch::Kind::found);
    return k.g[m.vertex].label;
}

}  // namespace

TEST_CASE("names resolve as a person types them") {
    KnowledgeGraph k = people();
    CHECK(label(k, resolve_name(k, "sergey KISLYAK")) == "Sergey Kislyak");
    CHECK(label(k, resolve_name(k, "Kislyak")) == "Sergey Kislyak");         // surname
    CHECK(label(k, resolve_name(k, "ambassador kislyak")) == "Sergey Kislyak");  // alias
    CHECK(label(k, resolve_name(k, "Trump")) == "Donald Trump");           // alias beats words
    CHECK(label(k, resolve_name(k, "flynn")) == "Michael Flynn");
    CHECK(label(k, resolve_name(k, "Jeff")) == "Jeff Sessions");           // a unique first name
    CHECK(label(k, resolve_name(k, "zurich")) == "Zürich");                // accents
    CHECK(label(k, resolve_name(k, "p_jeff_sessions")) == "Jeff Sessions");  // node id
    CHECK(label(k, resolve_name(k, "Georgia", NodeType::Place)) == "Georgia");
}

TEST_CASE("an ambiguous name lists its candidates with their types") {
    KnowledgeGraph k = people();
    NameMatch m = resolve_name(k, "Michael");
    REQUIRE(m.kind == NameMatch::Kind::ambiguous);
    CHECK(m.candidates.size() == 2);
    NameMatch g = resolve_name(k, "georgia");
    REQUIRE(g.kind == NameMatch::Kind::ambiguous);
    try {
        require_name(k, "georgia");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) ==
              "ambiguous name 'georgia' (give a fuller name or an id): Georgia (Person, 1 mention, "
              "id p_georgia), Georgia (Place, 1 mention, id pl_georgia)");
    }
    // The most mentioned candidate first.
    StatementSet in = to_statements(k);
    for (int i = 0; i < 3; ++i) {
        Statement s;
        s.subject = {"Michael Cohen", NodeType::Person};
        s.object = {"Zürich", NodeType::Place};
        s.relation = Relation::located_in;
        s.article = "a" + std::to_string(i);
        in.statements.push_back(s);
    }
    KnowledgeGraph more = build_graph(in);
    NameMatch michael = resolve_name(more, "Michael");
    REQUIRE(michael.kind == NameMatch::Kind::ambiguous);
    CHECK(more.g[michael.candidates.front()].label == "Michael Cohen");
}

TEST_CASE("an unknown name suggests the closest names") {
    KnowledgeGraph k = people();
    NameMatch m = resolve_name(k, "Kislyk");
    REQUIRE(m.kind == NameMatch::Kind::unknown);
    REQUIRE(!m.suggestions.empty());
    CHECK(k.g[m.suggestions.front()].label == "Sergey Kislyak");
    try {
        require_name(k, "Sesions");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).rfind("unknown name 'Sesions'; closest: Jeff Sessions (Person)", 0) == 0);
    }
    CHECK(edit_distance("zürich", "zurich") == 1);
    CHECK(edit_distance("", "abc") == 3);
}
