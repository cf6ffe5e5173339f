// One name, one type within an article (extract/mentions/one_type.cpp), with the shipped
// models: the recogniser types each mention from its local context. Names are invented.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace kg::extract;
using kg::NodeType;

namespace {

int entities_named(const kg::StatementSet& s, const std::string& name) {
    int n = 0;
    for (const auto& e : s.entities)
        if (e.name == name) ++n;
    return n;
}

}  // namespace

TEST_CASE("a clinic named after 'at' and 'out of' is one organisation, not also a place") {
    // Without the vote the recogniser read "at Brightwater Recovery" as a place and the rules
    // the other mention as a body: two nodes of one name.
    auto s = test::run_with_core(
        "Singer leaves rehab early\n\n"
        "The singer Mara Quell checked out of Brightwater Recovery after only a few minutes on Thursday. "
        "A source said she had spent a week at Brightwater Recovery in Ostrava last year. "
        "Quell told Tollan Weekly in an interview that she felt fine.");
    CHECK(entities_named(s, "Brightwater Recovery") == 1);
    CHECK(test::has_entity(s, "Brightwater Recovery", NodeType::Organization));
    CHECK(test::has_entity(s, "Ostrava", NodeType::Place));
    CHECK(test::has_entity(s, "Mara Quell", NodeType::Person));
}
