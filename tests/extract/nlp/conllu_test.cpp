// CoNLL-U reading and writing: words parsed, every other line kept as read.
#include <doctest/doctest.h>

#include <sstream>

#include "extract/nlp/conllu.hpp"
#include "graph/errors.hpp"

using namespace kg::nlp;

namespace {

const char* kTwoSentences =
    "# sent_id = a\n"
    "# text = Don't go.\n"
    "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3.1\tgo\t_\t_\t_\t_\t_\t_\t3:conj\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n";

}  // namespace

TEST_CASE("words are read with their columns; ranges and empty nodes are not words") {
    std::istringstream in(kTwoSentences);
    auto s = read_conllu(in, "x.conllu");
    REQUIRE(s.size() == 2);
    REQUIRE(s[0].size() == 4);
    CHECK(s[0].words[1].form == "n't");
    CHECK(s[0].words[1].head == 3);
    CHECK(s[0].words[2].deprel == "root");
    CHECK(s[0].words[2].misc == "SpaceAfter=No");
    CHECK(s[0].words[3].line == 8);
    CHECK(s[1].words[0].head == -1);
    CHECK(s[1].first_line == 10);
}

TEST_CASE("writing keeps comments, ranges and empty nodes, and rewrites word lines") {
    std::istringstream in(kTwoSentences);
    auto s = read_conllu(in, "x.conllu");
    s[1].words[0].upos = "INTJ";
    s[1].words[0].head = 0;
    s[1].words[0].deprel = "root";
    std::ostringstream out;
    for (const auto& sent : s) write_conllu(sent, out);
    std::string expected = kTwoSentences;
    std::string blank_word = "1\tHi\t_\t_\t_\t_\t_\t_";
    expected.replace(expected.find(blank_word), blank_word.size(), "1\tHi\t_\tINTJ\t_\t_\t0\troot");
    CHECK(out.str() == expected + "\n");
}

TEST_CASE("malformed lines are refused with the file and line") {
    auto error = [](const std::string& text, bool trees = false) {
        std::istringstream in(text);
        try {
            read_conllu(in, "bad.conllu", trees);
        } catch (const kg::InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK(error("1\tA\t_\n") == "bad.conllu:1: expected 10 tab-separated columns, found 3");
    CHECK(error("1\tA\t_\t_\t_\t_\t0\t_\t_\t_\n3\tB\t_\t_\t_\t_\t1\t_\t_\t_\n").find("bad.conllu:2: word ID 3 out of order") == 0);
    CHECK(error("1\tA\t_\t_\t_\t_\tx\t_\t_\t_\n") == "bad.conllu:1: bad HEAD 'x'");
    CHECK(error("1\tA\t_\t_\t_\t_\t5\t_\t_\t_\n").find("bad.conllu:1: HEAD 5 is past") == 0);
    CHECK(error("1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n", true) == "bad.conllu:1: HEAD is '_' (training needs a tree)");
}

TEST_CASE("universal relation strips the subtype") {
    CHECK(universal_relation("nmod:poss") == "nmod");
    CHECK(universal_relation("root") == "root");
}
