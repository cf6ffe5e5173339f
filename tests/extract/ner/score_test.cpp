// The scorer counts as conlleval does: exact span and kind.
#include <doctest/doctest.h>

#include <sstream>

#include "extract/ner/score.hpp"

using namespace kg::nlp;

TEST_CASE("entity counts on a hand-made example") {
    // Gold: PER [0,2), ORG [3,6), LOC [7,8) in sentence 0; MISC [1,2) in sentence 1.
    std::vector<EntitySpan> gold = {{0, 0, 2, EntityKind::PER}, {0, 3, 6, EntityKind::ORG},
                                    {0, 7, 8, EntityKind::LOC}, {1, 1, 2, EntityKind::MISC}};
    // Predicted: PER right; ORG one word short (wrong); LOC typed ORG (wrong); MISC right but
    // in the other sentence's numbering it is right; one extra PER.
    std::vector<EntitySpan> pred = {{0, 0, 2, EntityKind::PER}, {0, 4, 6, EntityKind::ORG},
                                    {0, 7, 8, EntityKind::ORG}, {1, 1, 2, EntityKind::MISC},
                                    {1, 4, 5, EntityKind::PER}};
    EntityScore s;
    s.add(gold, pred);
    CHECK(s.all.gold == 4);
    CHECK(s.all.predicted == 5);
    CHECK(s.all.correct == 2);
    CHECK(s.all.precision() == doctest::Approx(0.4));
    CHECK(s.all.recall() == doctest::Approx(0.5));
    CHECK(s.all.f1() == doctest::Approx(2 * 0.4 * 0.5 / 0.9));
    const auto& per = s.by_kind[static_cast<int>(EntityKind::PER)];
    CHECK(per.gold == 1);
    CHECK(per.predicted == 2);
    CHECK(per.correct == 1);
    const auto& org = s.by_kind[static_cast<int>(EntityKind::ORG)];
    CHECK(org.gold == 1);
    CHECK(org.predicted == 2);
    CHECK(org.correct == 0);
    CHECK(s.by_kind[static_cast<int>(EntityKind::LOC)].f1() == 0.0);
    std::ostringstream out;
    print_score(out, s);
    CHECK(out.str().find("found: 5 phrases; correct: 2.") != std::string::npos);
}
