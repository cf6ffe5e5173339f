// Stage 3/4: tokens and lexicon lookup.
#include <doctest/doctest.h>

#include "extract/sentences.hpp"
#include "extract/tokens.hpp"
#include "helpers.hpp"

using namespace kg::extract;

namespace {

std::vector<std::string> tokens(const std::string& text, std::vector<Token>* out = nullptr) {
    std::vector<Token> toks;
    TokenScratch scratch;
    Sentence s{0, static_cast<std::uint32_t>(text.size()), 0, 0, false, false};
    tokenize(text, s, test::lexicon(), toks, scratch);
    std::vector<std::string> words;
    for (const Token& t : toks) words.push_back(text.substr(t.begin, t.end - t.begin));
    if (out) *out = toks;
    return words;
}

}  // namespace

TEST_CASE("tokens: possessives, bare apostrophes and dashes") {
    std::vector<Token> t;
    auto w = tokens("Smith's aide -- Jones' claims", &t);
    CHECK(w == std::vector<std::string>{"Smith", "'s", "aide", "--", "Jones", "'", "claims"});
    CHECK(t[1].is(shape::kPossessive));
    CHECK(t[5].is(shape::kPossessive));
    CHECK(t[3].is(shape::kDash));
}

TEST_CASE("tokens: hyphenated names stay whole, a lower-case prefix is split off") {
    auto w = tokens("the US-China Trade Council and then-Governor Ann Lee, a 58-year-old");
    CHECK(w[1] == "US-China");
    CHECK(w[5] == "then-");
    CHECK(w[6] == "Governor");
    CHECK(w.back() == "58-year-old");
}

TEST_CASE("tokens: abbreviations keep their full stop, numbers their separators") {
    auto w = tokens("U.K. sales of 155,221 bags rose 5.93 pct, Mr. Lee said.");
    CHECK(w[0] == "U.K.");
    CHECK(w[3] == "155,221");
    CHECK(w[6] == "5.93");
    CHECK(w[9] == "Mr.");
    CHECK(w.back() == ".");
}

TEST_CASE("tokens: lexicon lookup finds lemmas, demonyms and titles") {
    std::vector<Token> t;
    tokens("Austrian ambassador met officials", &t);
    REQUIRE(t.size() == 4);
    CHECK(t[0].has(lx::kDemonym));
    CHECK(t[0].lex->canonical == "Austria");
    CHECK(t[1].has(lx::kTitle));
    CHECK(t[2].lex->lemma == "meet");
    CHECK(t[3].has(lx::kGeneric));
}

TEST_CASE("lexicon: WordNet's towns are cities, its states and areas regions") {
    const Lexicon& lex = test::lexicon();
    // "Galveston" is an instance of town in WordNet, "Tampere" of city: not a state after a comma
    CHECK((lex.flags("galveston") & lx::kCity));
    CHECK(!(lex.flags("galveston") & lx::kRegion));
    CHECK(!(lex.flags("tampere") & lx::kRegion));
    // "Bavaria" is an instance of state; the states of iso-codes stay regions
    CHECK((lex.flags("bavaria") & lx::kRegion));
    CHECK((lex.flags("ohio") & lx::kRegion));
}

TEST_CASE("tokens: after a treebank opening quote, spaced or not, the first word starts the sentence") {
    for (const char* text : {"` ` With Lundia leading, talks went on.", "``With Lundia leading, talks went on."}) {
        std::vector<Token> t;
        tokens(text, &t);
        int start = -1;
        for (std::size_t i = 0; i < t.size(); ++i)
            if (t[i].is(shape::kSentenceStart)) start = static_cast<int>(i);
        REQUIRE(start >= 0);
        CHECK(t[static_cast<std::size_t>(start)].has(lx::kStop));  // "With", not a quote
        CHECK(t[static_cast<std::size_t>(start) - 1].is(shape::kQuote));
    }
}
