// Reading and writing the CoNLL-2003 layout.
#include <doctest/doctest.h>

#include <sstream>

#include "extract/ner/conll2003.hpp"
#include "graph/errors.hpp"

using namespace kg::nlp;

TEST_CASE("documents, sentences, words and the last column's tags") {
    std::istringstream in(
        "-DOCSTART- -X- -X- O\n\n"
        "Anna NNP I-NP I-PER\nKowalski NNP I-NP I-PER\nsings VBZ I-VP O\n\n\n"
        "Oslo NNP I-NP I-LOC\n\n"
        "-DOCSTART- -X- -X- O\n\nHi UH O O\n");
    auto f = read_conll2003(in, "mem.txt");
    REQUIRE(f.documents.size() == 2);
    REQUIRE(f.documents[0].sentences.size() == 2);
    CHECK(f.documents[0].docstart);
    CHECK(f.documents[0].sentences[0].words == std::vector<std::string>{"Anna", "Kowalski", "sings"});
    CHECK(f.documents[0].sentences[0].tags == std::vector<std::string>{"I-PER", "I-PER", "O"});
    auto spans = gold_spans(f.documents[0], f.name);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == EntitySpan{0, 0, 2, EntityKind::PER});
    CHECK(spans[1] == EntitySpan{1, 0, 1, EntityKind::LOC});

    std::vector<std::vector<EntitySpan>> out_spans = {spans, {}};
    std::ostringstream out;
    write_conll2003(out, f, out_spans);
    CHECK(out.str() ==
          "-DOCSTART- O\n\nAnna B-PER\nKowalski I-PER\nsings O\n\nOslo B-LOC\n\n-DOCSTART- O\n\nHi O\n\n");
}

TEST_CASE("words alone (no tag column) are read") {
    std::istringstream in("The\ncat\n\nsat\n");
    auto f = read_conll2003(in, "words.txt");
    REQUIRE(f.documents.size() == 1);
    CHECK_FALSE(f.documents[0].docstart);
    CHECK(f.documents[0].sentences.size() == 2);
    CHECK(f.documents[0].sentences[0].tags.empty());
}

TEST_CASE("errors name the file and the line") {
    std::istringstream mixed("The DT O\ncat\n");
    CHECK_THROWS_WITH_AS(read_conll2003(mixed, "bad.txt"),
                         doctest::Contains("bad.txt:2:"), kg::InputError);
    std::istringstream tag("The DT O\ncat NN I-ANIMAL\n");
    auto f = read_conll2003(tag, "tags.txt");
    CHECK_THROWS_WITH_AS(gold_spans(f.documents[0], f.name), doctest::Contains("tags.txt:2: 'I-ANIMAL'"),
                         kg::InputError);
    CHECK_THROWS_WITH_AS(read_conll2003_file("/nonexistent/eng.train"), doctest::Contains("/nonexistent/eng.train"),
                         kg::InputError);
}
