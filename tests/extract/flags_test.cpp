// Stage 8: hedged, negated and attributed statements.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace kg;
using extract::test::find;
using extract::test::run;

TEST_CASE("flags: 'according to' attributes") {
    auto s = run("Title\n\nLena Dahl met Omar Said, according to state media.");
    const Statement* st = find(s, "Lena Dahl", Relation::meets, "Omar Said");
    REQUIRE(st);
    CHECK(st->flags == kAttributed);
}

TEST_CASE("flags: 'X reported that' attributes") {
    auto s = run("Title\n\nIn May, the Daily Post reported that Lena Dahl met Omar Said.");
    const Statement* st = find(s, "Lena Dahl", Relation::meets, "Omar Said");
    REQUIRE(st);
    CHECK((st->flags & kAttributed));
}

TEST_CASE("flags: modals and speculation hedge") {
    auto s = run("Title\n\nIt had been speculated that Lena Dahl might meet Omar Said.");
    const Statement* st = find(s, "Lena Dahl", Relation::meets, "Omar Said");
    REQUIRE(st);
    CHECK((st->flags & kHedged));
}

TEST_CASE("flags: 'May' before a day is the month, no hedge") {
    auto s = extract::test::run_with_core("Title\n\nMay 23, 2005 Vela Corp President Tom Barrow announced the results.");
    const Statement* st = find(s, "Tom Barrow", Relation::role, "Vela Corp");
    REQUIRE(st);
    CHECK(!(st->flags & kHedged));
    auto modal = run("Title\n\nOfficials said Lena Dahl may meet Omar Said.");
    const Statement* m = find(modal, "Lena Dahl", Relation::meets, "Omar Said");
    REQUIRE(m);
    CHECK((m->flags & kHedged));
}

TEST_CASE("flags: negation near the statement negates, elsewhere it does not") {
    auto s = run("Title\n\nLena Dahl did not meet Omar Said. Lena Dahl met Ana Silva, but the talks were not easy.");
    const Statement* no = find(s, "Lena Dahl", Relation::meets, "Omar Said");
    REQUIRE(no);
    CHECK((no->flags & kNegated));
    const Statement* yes = find(s, "Lena Dahl", Relation::meets, "Ana Silva");
    REQUIRE(yes);
    CHECK_FALSE((yes->flags & kNegated));
}

TEST_CASE("flags: a flagged statement is less confident") {
    auto s = run("Title\n\nLena Dahl might meet Omar Said. Ana Silva met Paul Okafor.");
    auto* hedged = find(s, "Lena Dahl", Relation::meets, "Omar Said");
    auto* plain = find(s, "Ana Silva", Relation::meets, "Paul Okafor");
    REQUIRE(hedged);
    REQUIRE(plain);
    CHECK(*hedged->confidence < *plain->confidence);
}
