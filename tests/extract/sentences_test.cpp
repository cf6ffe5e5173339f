// Stage 2: sentence splitting.
#include <doctest/doctest.h>

#include "extract/sentences.hpp"
#include "helpers.hpp"

namespace {

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& s : kg::extract::split_sentences(text, kg::extract::test::lexicon()))
        out.push_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

}  // namespace

TEST_CASE("sentences: abbreviations and initials do not end a sentence") {
    auto s = split("Mr. Smith met Gen. J. Braddock in Jan. last year. They talked.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "Mr. Smith met Gen. J. Braddock in Jan. last year.");
}

TEST_CASE("sentences: U.K. ends a sentence before a sentence-starting word") {
    auto s = split("The firm is based in the U.K. The company said so. Sales rose in the U.K. market.");
    REQUIRE(s.size() == 3);
    CHECK(s[2] == "Sales rose in the U.K. market.");
}

TEST_CASE("sentences: closing quotes stay with their sentence") {
    auto s = split("\"We are ready.\" She left. \"Are you?\" he asked.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "\"We are ready.\"");
    CHECK(s[2] == "\"Are you?\" he asked.");
}

TEST_CASE("sentences: treebank-style quotes (`` and '') end and open sentences like plain ones") {
    auto s = split("He called the plan `` a mistake '' yesterday. `` It will not pass, '' he said. "
                   "`` We are ready. '' Mara Ostby left early. He was `` sure. '' but stayed.");
    REQUIRE(s.size() == 5);
    CHECK(s[0] == "He called the plan `` a mistake '' yesterday.");
    CHECK(s[1] == "`` It will not pass, '' he said.");
    CHECK(s[2] == "`` We are ready. ''");
    CHECK(s[3] == "Mara Ostby left early.");
    CHECK(s[4] == "He was `` sure. '' but stayed.");  // a lower-case word after the quote goes on
}

TEST_CASE("sentences: a headline without a full stop is a sentence of its own") {
    auto all = kg::extract::split_sentences("Spy allegations\nIn March, the paper reported it.",
                                            kg::extract::test::lexicon());
    REQUIRE(all.size() == 2);
    CHECK(all[0].headline);
    CHECK_FALSE(all[1].headline);
}

TEST_CASE("sentences: numbers with decimals and dates do not split") {
    auto s = split("Output rose 5.93 pct in 1985. It fell later.");
    CHECK(s.size() == 2);
}
