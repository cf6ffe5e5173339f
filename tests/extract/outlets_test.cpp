// News outlets (extract/outlets.cpp): told by their role in the text, never by their names,
// and cited as the source of the statements of the sentence that names them. Names are
// invented; the shipped models type them.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace kg::extract;
using kg::Relation;

namespace {

kg::StatementSet extract_with_core(const std::string& text) { return test::run_with_core(text); }

bool outlet(const kg::StatementSet& s, const std::string& name) {
    const kg::EntityDecl* e = test::entity(s, name);
    return e && e->media;
}

// "Name:Type[:outlet]" of every entity, for failure messages.
std::string entities_of(const kg::StatementSet& s) {
    std::string out;
    for (const kg::EntityDecl& e : s.entities)
        out += e.name + ":" + std::string(kg::to_string(e.type)) + (e.media ? ":outlet" : "") + " ";
    return out;
}

}  // namespace

TEST_CASE("an outlet is told by the last word of its name") {
    auto s = extract_with_core("Talks.\nThe Velmora Herald reported that Dario Penzik met Ilse Marwood in Kastel.");
    INFO(entities_of(s));
    CHECK(outlet(s, "Velmora Herald"));
    CHECK_FALSE(outlet(s, "Dario Penzik"));
}

TEST_CASE("a name word that couriers and postal services share tells an outlet only where it is cited") {
    auto s = extract_with_core("Parcels.\nThe Velmora Courier delivered 40,000 parcels to Kastel last week.");
    INFO(entities_of(s));
    CHECK_FALSE(outlet(s, "Velmora Courier"));
    auto cited = extract_with_core("Parcels.\nDario Penzik told the Velmora Courier that he would resign.");
    INFO(entities_of(cited));
    CHECK(outlet(cited, "Velmora Courier"));
}

TEST_CASE("an outlet is told by a noun beside its name") {
    SUBCASE("before: the newspaper X") {
        auto s = extract_with_core("Talks.\nThe newspaper Brastova said that Oren Talbek had resigned.");
        INFO(entities_of(s));
    CHECK(outlet(s, "Brastova"));
    }
    SUBCASE("after: the X news agency") {
        auto s = extract_with_core("Talks.\nThe official Kerlin news agency said the minister had resigned.");
        INFO(entities_of(s));
    CHECK(outlet(s, "Kerlin"));
    }
    SUBCASE("after: an X reporter") {
        auto s = extract_with_core("Talks.\nHalvard Orsk told a Brenholt Media reporter that he would stay.");
        INFO(entities_of(s));
    CHECK(outlet(s, "Brenholt Media"));
    }
}

TEST_CASE("an outlet is told by its role in an interview; reporting alone tells nothing") {
    SUBCASE("told X in an interview") {
        auto s = extract_with_core("Talks.\nHalvard Orsk told ZRTN in an interview that the plant would close.");
        INFO(entities_of(s));
    CHECK(outlet(s, "ZRTN"));
        const kg::Statement* told = test::find(s, "Halvard Orsk", Relation::communicates, "ZRTN");
        REQUIRE(told);
        CHECK(told->source == "ZRTN");
    }
    SUBCASE("a company that reports a result is no outlet") {
        auto s = extract_with_core("Results.\nBramwell Industries reported a net loss of 12 mln dlrs.");
        INFO(entities_of(s));
    CHECK_FALSE(outlet(s, "Bramwell Industries"));
    }
}

TEST_CASE("an agency named after its owner: the owner is no outlet") {
    auto s = extract_with_core("Oil.\nOutput rose, the Tarvan news agency Kelpra said on Monday.");
    INFO(entities_of(s));
    CHECK_FALSE(outlet(s, "Tarvan"));
}

TEST_CASE("an organisation told things in a letter is no outlet") {
    auto s = extract_with_core("Budget.\nThe minister told Parliament in a letter that taxes would rise.");
    INFO(entities_of(s));
    CHECK_FALSE(outlet(s, "Parliament"));
}

TEST_CASE("a sentence that names an outlet makes it the source of its statements") {
    auto s = extract_with_core(
        "Talks.\nAccording to the Velmora Courier, Dario Penzik met Ilse Marwood in Kastel.\n"
        "Penzik later met Oren Talbek.");
    const kg::Statement* met = test::find(s, "Dario Penzik", Relation::meets, "Ilse Marwood");
    if (!met) met = test::find(s, "Ilse Marwood", Relation::meets, "Dario Penzik");
    REQUIRE(met);
    CHECK(met->source == "Velmora Courier");
    for (const kg::Statement& st : s.statements)
        if (st.sentence == 2) CHECK(st.source.empty());
}

TEST_CASE("a wire credit is the source of every sentence that cites no other outlet") {
    auto s = extract_with_core(
        "Talks.\nKASTEL (Norvane Wire) - Dario Penzik met Ilse Marwood on Monday.\n"
        "Oren Talbek later met Dario Penzik.");
    INFO(entities_of(s));
    CHECK(outlet(s, "Norvane Wire"));
    REQUIRE_FALSE(s.statements.empty());
    for (const kg::Statement& st : s.statements) CHECK(st.source == "Norvane Wire");
}

TEST_CASE("a body cited with 'according to' is the source of the sentence's statements, not a party") {
    auto s = kg::extract::test::run_with_core(
        "Title\n\nAccording to the Farm Relief Agency, Ivo Pardek met Tomas Lund in Oslo on Monday.\n\n"
        "Tomas Lund signed with the Falcons last week, according to the Farm Relief Agency.\n\n"
        "The plant will close in May, according to Mara Ostby, president of Vela Corp.");
    CHECK(kg::extract::test::has(s, "Ivo Pardek", kg::Relation::meets, "Tomas Lund"));
    for (const auto& st : s.statements) {
        CHECK(st.subject.name != "Farm Relief Agency");
        CHECK(st.object.name != "Farm Relief Agency");
    }
    // What the source's own words say of it stays: a person cited, with her title.
    CHECK(kg::extract::test::has(s, "Mara Ostby", kg::Relation::role, "Vela Corp"));
}
