// Stage 6: coreference within an article.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace kg::extract;

namespace {

std::string entity_of_word(const AnalysedArticle& a, std::string_view word, int nth = 0) {
    for (const Mention& m : a.doc.mentions) {
        if (a.doc.span_text(m.first, m.last) != word) continue;
        if (nth-- > 0) continue;
        return m.entity >= 0 ? a.doc.entities[m.entity].name : std::string("<none>");
    }
    return "<no mention>";
}

}  // namespace

TEST_CASE("coref: a surname joins the full name, before or after it") {
    auto a = test::analysed("Okafor arrived late. Later, Paul Okafor spoke. Okafor left.");
    CHECK(entity_of_word(*a, "Okafor", 0) == "Paul Okafor");
    CHECK(entity_of_word(*a, "Okafor", 1) == "Paul Okafor");
}

TEST_CASE("coref: he and his join the nearest person, she the nearest woman") {
    auto a = test::analysed(
        "Foreign Ministry spokeswoman Maria Lind met envoy Tomas Berg. He said little. "
        "\"We are ready,\" she told reporters.");
    CHECK(entity_of_word(*a, "He") == "Tomas Berg");
    CHECK(entity_of_word(*a, "she") == "Maria Lind");
}

TEST_CASE("coref: 'The 58-year-old' is the article's main person") {
    auto a = test::analysed("Ana Silva resigned. Silva had led the bank. The 58-year-old will retire.");
    CHECK(entity_of_word(*a, "The 58-year-old") == "Ana Silva");
}

TEST_CASE("coref: 'the ambassador' is the person who holds that title") {
    auto a = test::analysed(
        "Swedish ambassador Erik Holm is leaving. The Swedish Ambassador to Chile said he was proud.");
    CHECK(entity_of_word(*a, "Ambassador") == "Erik Holm");
}

TEST_CASE("coref: a shorter body name joins the full one, an acronym its initials") {
    auto a = test::analysed(
        "The Polish Foreign Ministry protested. The Foreign Ministry later said the National Grain Board "
        "and the NGB agreed.");
    CHECK(entity_of_word(*a, "Foreign Ministry") == "Polish Foreign Ministry");
    CHECK(entity_of_word(*a, "NGB") == "National Grain Board");
}

TEST_CASE("coref: 'the company' and 'it' after 'said' refer to the organisation") {
    auto a = test::analysed("Westfield Holdings Corp said it named Jane Roe chairman. The company said sales rose.");
    CHECK(entity_of_word(*a, "it") == "Westfield Holdings Corp");
    CHECK(entity_of_word(*a, "The company") == "Westfield Holdings Corp");
}

TEST_CASE("coreference: 'he' takes up the subject before a person named after a preposition") {
    auto s = kg::extract::test::run("Title\n\nPrince Olaf Berg paid a courtesy call on President Ana Silva. "
                                    "Later he met Tom Keel.");
    CHECK(kg::extract::test::has(s, "Olaf Berg", kg::Relation::meets, "Tom Keel"));
    CHECK(!kg::extract::test::has(s, "Ana Silva", kg::Relation::meets, "Tom Keel"));
}

TEST_CASE("coref: 'the church' is the body named before with that head word, not merely the latest") {
    auto a = test::analysed(
        "Halvard Bible Church burned on Saturday. Vela Bank said it would help. Members said the church "
        "would be rebuilt. Vela Bank rose. Lund Trust fell. The bank gave money.");
    CHECK(entity_of_word(*a, "the church") == "Halvard Bible Church");
    CHECK(entity_of_word(*a, "The bank") == "Vela Bank");
    // "the administration" of political news is no body that merely ends in that word.
    auto b = test::analysed("The Ocean Survey Administration reported. Critics said the administration erred.");
    CHECK(entity_of_word(*b, "the administration") != "Ocean Survey Administration");
    // ... but it is the body named with that word in lower case.
    auto c = test::analysed(
        "The Lund administration and the Ocean Survey Administration met. Critics said the administration erred.");
    CHECK(entity_of_word(*c, "the administration") == "Lund administration");
}

TEST_CASE("coref: 'the Bank of Lund' after 'Bank of Lund Corp' is the bank, not its holding company; 'Lund Bank' after 'Lund Bank AG' is one") {
    auto a = test::analysed("Bank of Lund Corp said profit rose. Ana Vidal said the Bank of Lund remains cautious.");
    CHECK(entity_of_word(*a, "Bank of Lund") == "Bank of Lund");
    auto b = test::analysed("Vela Bank AG said profit rose. Ana Vidal said Vela Bank remains cautious.");
    CHECK(entity_of_word(*b, "Vela Bank") == "Vela Bank AG");
}

TEST_CASE("mentions: 'European Community' and '... Community' name a body, not a demonym and a word") {
    auto s = test::run_with_core("Title\n\nNordic Community ministers met in Lisbon on Monday.");
    CHECK(test::has_entity(s, "Nordic Community", kg::NodeType::Organization));
}
