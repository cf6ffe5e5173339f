// The hard constructions of ../shared/docs/extraction-notes.md, one test each, on made-up
// sentences of the same shape (never the sample's names).
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace kg;
using extract::test::has;
using extract::test::has_alias;
using extract::test::has_entity;
using extract::test::run;

TEST_CASE("hard 1: title stacks before a name, former vs current role in a dash parenthetical") {
    auto s = run("Title\n\nDepartment of Commerce chief economist Mia Wong spoke. Meetings between Wong and "
                 "then-Senator Carl Berg -- now Lund's Attorney General -- were reported. "
                 "The Lund administration declined to comment. President Mark Lund's short-lived "
                 "National Security Adviser Ian Vale resigned.");
    CHECK(has(s, "Mia Wong", Relation::role, "Department of Commerce"));
    CHECK(has(s, "Carl Berg", Relation::role, "Senate"));
    CHECK(has(s, "Carl Berg", Relation::role, "Lund administration"));
    CHECK(has(s, "Ian Vale", Relation::role, "Lund administration"));
    CHECK(has_entity(s, "Ian Vale", NodeType::Person));  // the title is not part of the name
}

TEST_CASE("hard 2: possessive nominals, and a bare apostrophe after a plural name") {
    auto s = run("Title\n\nAmbassador Olga Marsh is leaving. Marsh's replacement as ambassador, Ivo Kral, "
                 "was approved. Despite Ivo Kral's protests and Jennings' claims, nothing changed. "
                 "Rob Jennings declined to comment.");
    CHECK(has(s, "Ivo Kral", Relation::succeeds, "Olga Marsh"));
    CHECK(has_alias(s, "Rob Jennings", "Jennings"));
}

TEST_CASE("hard 3: coreference of surnames, age descriptions, pronouns after a quote") {
    auto s = run("Title\n\nChilean diplomat Raul Soto is leaving Madrid. Soto has served there since 2008. "
                 "Foreign Ministry spokeswoman Ines Vega commented on the move of Soto. \"It was planned. "
                 "It is normal,\" she told Reuters. The 61-year-old met Carlos Ruiz in May.");
    CHECK(has(s, "Ines Vega", Relation::communicates, "Reuters"));
    CHECK(has(s, "Raul Soto", Relation::meets, "Carlos Ruiz"));
    CHECK(has_alias(s, "Raul Soto", "Soto"));
}

TEST_CASE("hard 4: demonyms are places; an institution's adjective; places inside a name") {
    auto s = run("Title\n\nBrazilian officials and Congressional committees met members of the "
                 "US-China Trade Council.");
    CHECK(has_entity(s, "Brazil", NodeType::Place));
    CHECK(has_alias(s, "Brazil", "Brazilian"));
    CHECK(has_entity(s, "Congress", NodeType::Organization));
    CHECK(has_entity(s, "US-China Trade Council", NodeType::Organization));
    CHECK_FALSE(has_entity(s, "China", NodeType::Place));
    CHECK_FALSE(has_entity(s, "Brazilian", NodeType::Person));
}

TEST_CASE("hard 5: a name used as a modifier") {
    auto s = run("Title\n\nPresident Mark Lund spoke. The Lund administration and Lund's campaign denied it.");
    CHECK(has_entity(s, "Lund administration", NodeType::Organization));
    CHECK(has_entity(s, "Lund campaign", NodeType::Organization));
    CHECK(has_alias(s, "Lund campaign", "Lund's campaign"));
}

TEST_CASE("hard 6: hedges, negation and attribution are flags") {
    auto s = run("Title\n\nIt had been speculated that Eva Smit might join the Dutch Senate. "
                 "Eva Smit and the Dutch Senate have denied any contacts with Omar Said. "
                 "Eva Smit met Ana Silva, according to state media.");
    const Statement* hedged = extract::test::find(s, "Eva Smit", Relation::member_of, "Dutch Senate");
    REQUIRE(hedged);
    CHECK((hedged->flags & kHedged));
    const Statement* attributed = extract::test::find(s, "Eva Smit", Relation::meets, "Ana Silva");
    REQUIRE(attributed);
    CHECK((attributed->flags & kAttributed));
}

TEST_CASE("hard 7: passives with an agent, and without one") {
    auto s = run("Title\n\nKarl Mohr was approved last month by the budget committee of the lower house of the "
                 "Danish parliament. Ana Silva was appointed to that role in the end.");
    CHECK(has(s, "Budget Committee", Relation::appoints, "Karl Mohr"));
    CHECK(has(s, "Budget Committee", Relation::part_of, "Danish parliament"));
    CHECK(has(s, "Danish parliament", Relation::part_of, "Denmark"));
    for (const Statement& st : s.statements) CHECK(st.object.name != "Ana Silva");
}

TEST_CASE("hard 8: coordination of subjects before a relational noun") {
    auto s = run("Title\n\nCongressional committees and Department of Labor counsel Ada Kim continue "
                 "investigations into Peru's efforts to influence the vote.");
    CHECK(has(s, "Congress", Relation::investigates, "Peru"));
    CHECK(has(s, "Ada Kim", Relation::investigates, "Peru"));
    CHECK(has(s, "Ada Kim", Relation::role, "Department of Labor"));
}

TEST_CASE("hard 9: text hygiene: curly quotes, em dashes, headlines, dates and ranges, hard wraps") {
    auto s = run("Envoy Ivo Kral is leaving the UK\r\n\r\nIvo Kral\xE2\x80\x99s replacement as envoy, Jan\r\nNowak, was "
                 "approved by the Czech Senate. His tour \xE2\x80\x94 since 2008 \xE2\x80\x94 was between 1985 "
                 "and 1989.\r\n\r\nSpy claims\r\n\r\nNowak met Karl Mohr.");
    CHECK(has(s, "Jan Nowak", Relation::succeeds, "Ivo Kral"));
    CHECK(has(s, "Czech Senate", Relation::appoints, "Jan Nowak"));
    CHECK(has(s, "Jan Nowak", Relation::meets, "Karl Mohr"));
    CHECK_FALSE(has_entity(s, "Spy", NodeType::Organization));
    const Statement* st = extract::test::find(s, "Jan Nowak", Relation::meets, "Karl Mohr");
    REQUIRE(st);
    CHECK(*st->sentence == 4);  // title 0, "... replacement ...", "His tour...", headline 3, this one
}

TEST_CASE("hard: pronouns and generic nouns never become entities") {
    auto s = run("Title\n\nHe met officials. They told him the ministry had agreed. She said it was fine.");
    CHECK(s.entities.empty());
    CHECK(s.statements.empty());
}
