// The public extract() entry point: article order, thread-count independence, provenance.
#include <doctest/doctest.h>

#include "extract/extract.hpp"
#include "helpers.hpp"
#include "graph/names.hpp"

using namespace kg;

namespace {

std::vector<ArticleText> articles(int n) {
    std::vector<ArticleText> out;
    for (int i = 0; i < n; ++i) {
        ArticleText a;
        a.meta.id = "a" + std::to_string(i);
        a.meta.title = "Title " + std::to_string(i);
        a.text = a.meta.title + "\n\nFinance Minister Lena Dahl" + std::to_string(i % 3) +
                 " met Prime Minister Jun Park in Seoul. Dahl told Reuters the talks went well.";
        out.push_back(a);
    }
    return out;
}

// One article "x" through extract(), with the shipped models or the rules alone.
StatementSet extract_one(const std::string& text, bool with_models) {
    ArticleText a;
    a.meta.id = "x";
    a.text = text;
    std::vector<std::string> warnings;
    extract::ExtractOptions options;
    if (with_models) options.models = &extract::test::shipped_models();
    return extract::extract({a}, options, warnings);
}

const EntityDecl* entity_named(const StatementSet& s, const std::string& name) {
    for (const auto& e : s.entities)
        if (e.name == name) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("extract: output is in article order and identical at any thread count") {
    auto in = articles(40);
    std::vector<std::string> w1, w4;
    extract::ExtractOptions one, four;
    one.threads = 1;
    four.threads = 4;
    StatementSet a = extract::extract(in, one, w1);
    StatementSet b = extract::extract(in, four, w4);
    CHECK(a.statements == b.statements);
    CHECK(a.entities == b.entities);
    REQUIRE(a.articles.size() == 40);
    for (int i = 0; i < 40; ++i) CHECK(a.articles[i].id == "a" + std::to_string(i));
}

TEST_CASE("extract: statements carry article, sentence, span into the text as read, and evidence") {
    ArticleText a;
    a.meta.id = "x";
    a.text = "Head\r\n\r\nLena Dahl\xE2\x80\x99s aide met Omar Said. Ana Silva met Paul Okafor.";
    std::vector<std::string> warnings;
    StatementSet s = extract::extract({a}, {}, warnings);
    const Statement* st = nullptr;
    for (const auto& x : s.statements)
        if (x.subject.name == "Ana Silva") st = &x;
    REQUIRE(st);
    CHECK(st->article == "x");
    CHECK(*st->sentence == 2);
    auto [b, e] = *st->span;
    CHECK(a.text.substr(b, e - b) == "Ana Silva met Paul Okafor.");
    CHECK(st->evidence == "Ana Silva met Paul Okafor.");
}

TEST_CASE("extract: invalid UTF-8 is warned about with the article and byte offset") {
    ArticleText a;
    a.meta.id = "bad";
    a.origin = "bad.txt";
    a.text = "Title\n\nAna Silva met \xFF Paul Okafor.";
    std::vector<std::string> warnings;
    extract::extract({a}, {}, warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0] == "bad.txt: invalid UTF-8 at byte 21 replaced with U+FFFD");
}

TEST_CASE("extract: one entity line per entity per article, with its aliases") {
    ArticleText a;
    a.meta.id = "x";
    a.text = "Title\n\nEnvoy Ivo Kral met Austrian officials. Kral later left Austria.";
    std::vector<std::string> warnings;
    StatementSet s = extract::extract({a}, {}, warnings);
    int kral = 0, austria = 0;
    for (const auto& e : s.entities) {
        if (e.name == "Ivo Kral") {
            ++kral;
            CHECK(e.aliases == std::vector<std::string>{"Kral"});
        }
        if (e.name == "Austria") {
            ++austria;
            CHECK(e.aliases == std::vector<std::string>{"Austrian"});
        }
    }
    CHECK(kral == 1);
    CHECK(austria == 1);
}

TEST_CASE("extract: a town written with its state has that form as an alias, with its record") {
    StatementSet s = extract_one("Title\n\nThe plant in Tarnby, Minn., closed. Ivo Kral grew up in Tarnby. "
                                 "Talks in Maryland, Virginia, and Ohio ended.",
                                 true);
    // states listed together: none is a town written with its state
    for (const char* state : {"Maryland", "Virginia"}) {
        REQUIRE(entity_named(s, state));
        CHECK(entity_named(s, state)->aliases.empty());
    }
    const EntityDecl* tarnby = entity_named(s, "Tarnby");
    REQUIRE(tarnby);
    CHECK(tarnby->aliases == std::vector<std::string>{"Tarnby, Minn."});
    REQUIRE(tarnby->joined.size() == 1);
    CHECK(tarnby->joined[0].rule == join_rule::kWithState);
    CHECK(tarnby->joined[0].sentence == 1);  // the title is sentence 0
}

TEST_CASE("extract: a name written with an honorific has that form as an alias, with its record") {
    StatementSet s = extract_one(
        "Title\n\nMrs. Ana Lindqvist, 37, spoke on Monday. Mrs. Lindqvist said the truth is hard to find.", false);
    const EntityDecl* ana = entity_named(s, "Ana Lindqvist");
    REQUIRE(ana);
    CHECK(ana->aliases == std::vector<std::string>{"Lindqvist", "Mrs. Ana Lindqvist", "Mrs. Lindqvist"});
    int honorific = 0;
    for (const Join& j : ana->joined) honorific += j.rule == join_rule::kHonorific;
    CHECK(honorific == 2);
}
