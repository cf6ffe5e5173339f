// Stage 1: text hygiene, with offsets back into the text as read.
#include <doctest/doctest.h>

#include "extract/normalize.hpp"

using kg::extract::normalize;

TEST_CASE("normalize: curly quotes, apostrophes and dashes become ASCII") {
    auto n = normalize("He said \xE2\x80\x9Cyes\xE2\x80\x9D \xE2\x80\x94 Smith\xE2\x80\x99s plan", false);
    CHECK(n.text == "He said \"yes\" -- Smith's plan");
}

TEST_CASE("normalize: CRLF, BOM and hard-wrapped lines") {
    auto n = normalize("\xEF\xBB\xBFTitle line\r\n\r\nThe minister said\r\nthe talks went well.\r\n", true);
    CHECK(n.text == "Title line\nThe minister said the talks went well.");
}

TEST_CASE("normalize: an indented line starts a paragraph (wire copy)") {
    auto n = normalize("First paragraph ends here.\n    Second paragraph\nwraps here.", false);
    CHECK(n.text == "First paragraph ends here.\nSecond paragraph wraps here.");
}

TEST_CASE("normalize: the title line is its own paragraph only when asked") {
    CHECK(normalize("Headline\nBody text.", true).text == "Headline\nBody text.");
    CHECK(normalize("Body text that\nwraps.", false).text == "Body text that wraps.");
}

TEST_CASE("normalize: invalid UTF-8 is replaced and reported by input offset") {
    std::string input = "abc\xFF" "def";
    auto n = normalize(input, false);
    CHECK(n.text == "abc\xEF\xBF\xBD" "def");
    REQUIRE(n.invalid.size() == 1);
    CHECK(n.invalid[0] == 3);
}

TEST_CASE("normalize: spans map back to the bytes as read") {
    std::string input = "Title\r\n\r\nSmith\xE2\x80\x99s plan \xE2\x80\x94 approved.";
    auto n = normalize(input, true);
    std::size_t b = n.text.find("Smith");
    auto [ib, ie] = n.to_input(b, n.text.size(), input);
    CHECK(input.substr(ib, ie - ib) == "Smith\xE2\x80\x99s plan \xE2\x80\x94 approved.");
}
