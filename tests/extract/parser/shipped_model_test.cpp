// The shipped parser model on invented sentences (hand-written tags, so the test reads the
// parser alone): arcs and labels a competent parser must get.
#include <doctest/doctest.h>

#include "extract/nlp/clusters.hpp"
#include "extract/parser/parser.hpp"
#include "helpers.hpp"

using namespace kg::nlp;
using namespace kg::nlp::test;

namespace {

const Parser& shipped() {
    static const Parser parser = Parser::load(KGRAPH_MODELS_DIR "/parser.kgm");
    return parser;
}

// The shipped clusters, when the shipped parser was trained with them.
const WordClusters* clusters() {
    static const WordClusters words = shipped().uses_clusters() ? WordClusters::load(KGRAPH_MODELS_DIR "/clusters.kgm")
                                                                : WordClusters();
    return shipped().uses_clusters() ? &words : nullptr;
}

Parse parse(const Tagged& t) { return kg::nlp::test::parse(shipped(), t, clusters()); }

// The head's word and the relation of word `w`.
struct Arc {
    std::string head;
    std::string label;
};

Arc arc_of(const Tagged& t, const Parse& p, std::string_view w) {
    int i = index_of(t, w) - 1;
    int h = p.head[static_cast<std::size_t>(i)];
    return {h == 0 ? "ROOT" : t.words[static_cast<std::size_t>(h - 1)],
            std::string(shipped().label_name(p.label[static_cast<std::size_t>(i)]))};
}

}  // namespace

TEST_CASE("subject, object and root of a simple clause") {
    Tagged t = tagged("The/DT/DET committee/NN/NOUN approved/VBD/VERB the/DT/DET budget/NN/NOUN ././PUNCT");
    Parse p = parse(t);
    CHECK(arc_of(t, p, "committee").head == "approved");
    CHECK(arc_of(t, p, "committee").label == "nsubj");
    CHECK(arc_of(t, p, "budget").head == "approved");
    CHECK(arc_of(t, p, "budget").label == "obj");
    CHECK(arc_of(t, p, "approved").head == "ROOT");
    CHECK(arc_of(t, p, "approved").label == "root");
    CHECK(arc_of(t, p, "The").label == "det");
}

TEST_CASE("a possessive and a prepositional phrase") {
    Tagged t = tagged(
        "The/DT/DET company/NN/NOUN 's/POS/PART profits/NNS/NOUN rose/VBD/VERB in/IN/ADP the/DT/DET "
        "second/JJ/ADJ quarter/NN/NOUN ././PUNCT");
    Parse p = parse(t);
    CHECK(arc_of(t, p, "company").head == "profits");
    CHECK(arc_of(t, p, "company").label == "nmod:poss");
    CHECK(arc_of(t, p, "'s").head == "company");
    CHECK(arc_of(t, p, "'s").label == "case");
    CHECK(arc_of(t, p, "profits").head == "rose");
    CHECK(arc_of(t, p, "profits").label == "nsubj");
    CHECK(arc_of(t, p, "quarter").head == "rose");
    CHECK(arc_of(t, p, "quarter").label == "obl");
    CHECK(arc_of(t, p, "in").head == "quarter");
    CHECK(arc_of(t, p, "in").label == "case");
}

TEST_CASE("a passive with an agent") {
    Tagged t = tagged(
        "The/DT/DET bridge/NN/NOUN was/VBD/AUX built/VBN/VERB by/IN/ADP local/JJ/ADJ workers/NNS/NOUN ././PUNCT");
    Parse p = parse(t);
    CHECK(arc_of(t, p, "bridge").label == "nsubj:pass");
    CHECK(arc_of(t, p, "was").label == "aux:pass");
    CHECK(arc_of(t, p, "workers").head == "built");
    CHECK(arc_of(t, p, "workers").label == "obl:agent");
    CHECK(arc_of(t, p, "built").head == "ROOT");
}

TEST_CASE("a relative clause and a coordination") {
    Tagged t = tagged(
        "She/PRP/PRON bought/VBD/VERB the/DT/DET book/NN/NOUN that/WDT/PRON her/PRP$/PRON friend/NN/NOUN "
        "recommended/VBD/VERB and/CC/CCONJ read/VBD/VERB it/PRP/PRON twice/RB/ADV ././PUNCT");
    Parse p = parse(t);
    CHECK(arc_of(t, p, "recommended").head == "book");
    CHECK(arc_of(t, p, "recommended").label == "acl:relcl");
    CHECK(arc_of(t, p, "read").head == "bought");
    CHECK(arc_of(t, p, "read").label == "conj");
    CHECK(arc_of(t, p, "and").head == "read");
    CHECK(arc_of(t, p, "She").label == "nsubj");
}

TEST_CASE("every parse is a single-rooted tree over all the words") {
    SUBCASE("one word") {
        Tagged t = tagged("Thanks/NNS/NOUN");
        Parse p = parse(t);
        CHECK(single_rooted_tree(p, 1));
        CHECK(shipped().label_name(p.label[0]) == "root");
    }
    SUBCASE("punctuation only") {
        Tagged t = tagged("!/./PUNCT ?/./PUNCT ..././PUNCT");
        CHECK(single_rooted_tree(parse(t), 3));
    }
    SUBCASE("a hundred words") {
        std::string text;
        const char* pieces[] = {"the/DT/DET", "old/JJ/ADJ", "man/NN/NOUN", "saw/VBD/VERB", "a/DT/DET",
                                "dog/NN/NOUN", "and/CC/CCONJ", ",/,/PUNCT", "in/IN/ADP", "quickly/RB/ADV"};
        for (int i = 0; i < 100; ++i) text += std::string(pieces[(i * 7 + i / 3) % 10]) + " ";
        Tagged t = tagged(text);
        Parse p = parse(t);
        CHECK(single_rooted_tree(p, 100));
        int roots = 0;
        for (std::size_t i = 0; i < 100; ++i)
            if (p.head[i] == 0) {
                ++roots;
                CHECK(shipped().label_name(p.label[i]) == "root");
            } else {
                CHECK(shipped().label_name(p.label[i]) != "root");
            }
        CHECK(roots == 1);
    }
    SUBCASE("no words") {
        Parse p;
        std::vector<std::string_view> none;
        shipped().parse(none, none, none, clusters(), p);
        CHECK(p.head.empty());
    }
}
