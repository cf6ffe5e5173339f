// The shipped tagger (models/tagger.kgm, with models/clusters.kgm) on invented sentences.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "extract/nlp/clusters.hpp"
#include "extract/tagger/tagger.hpp"

using namespace kg::nlp;

namespace {

struct Shipped {
    Tagger tagger = Tagger::load(KGRAPH_MODELS_DIR "/tagger.kgm");
    WordClusters clusters = WordClusters::load(KGRAPH_MODELS_DIR "/clusters.kgm");
};

const Shipped& shipped() {
    static const Shipped models;
    return models;
}

// "UPOS/XPOS" of each word of a sentence given with spaces between its words.
std::vector<std::string> tag(const std::string& sentence) {
    std::vector<std::string> words;
    std::istringstream in(sentence);
    for (std::string w; in >> w;) words.push_back(w);
    std::vector<std::string_view> views(words.begin(), words.end());
    Tags tags;
    const auto& m = shipped();
    m.tagger.tag(views, &m.clusters, tags);
    REQUIRE(tags.upos.size() == words.size());
    REQUIRE(tags.xpos.size() == words.size());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < words.size(); ++i)
        out.push_back(std::string(m.tagger.upos_name(tags.upos[i])) + "/" +
                      std::string(m.tagger.xpos_name(tags.xpos[i])));
    return out;
}

}  // namespace

TEST_CASE("the shipped model was trained with the shipped clusters") {
    CHECK(shipped().tagger.uses_clusters());
    CHECK(shipped().tagger.upos_count() == 17);
    CHECK(shipped().tagger.upos_id("PROPN").has_value());
    CHECK(shipped().tagger.xpos_id("VBD").has_value());
    CHECK_FALSE(shipped().tagger.xpos_id("NOT-A-TAG").has_value());
}

TEST_CASE("a verb in the past, nouns and a weekday") {
    auto t = tag("The committee approved the new budget on Tuesday .");
    CHECK(t[0] == "DET/DT");
    CHECK(t[1] == "NOUN/NN");
    CHECK(t[2] == "VERB/VBD");
    CHECK(t[4] == "ADJ/JJ");
    CHECK(t[5] == "NOUN/NN");
    CHECK(t[6] == "ADP/IN");
    CHECK(t[7] == "PROPN/NNP");
    CHECK(t[8] == "PUNCT/.");
}

TEST_CASE("a negation split off its auxiliary") {
    auto t = tag("She does n't like cold coffee .");
    CHECK(t[0] == "PRON/PRP");
    CHECK(t[1] == "AUX/VBZ");
    CHECK(t[2] == "PART/RB");
    CHECK(t[3] == "VERB/VB");
    CHECK(t[4] == "ADJ/JJ");
}

TEST_CASE("numbers and plural nouns") {
    auto t = tag("They sold 25 cars in 2019 for $ 3,000 each .");
    CHECK(t[1] == "VERB/VBD");
    CHECK(t[2] == "NUM/CD");
    CHECK(t[3] == "NOUN/NNS");
    CHECK(t[5] == "NUM/CD");
    CHECK(t[7] == "SYM/$");
    CHECK(t[8] == "NUM/CD");
}

TEST_CASE("a question with a modal") {
    auto t = tag("Will you send me the report by Friday ?");
    CHECK(t[0] == "AUX/MD");
    CHECK(t[2] == "VERB/VB");
    CHECK(t[5] == "NOUN/NN");
    CHECK(t[7] == "PROPN/NNP");
    CHECK(t[8] == "PUNCT/.");
}

TEST_CASE("infinitive 'to' against the preposition, commas, a copula") {
    auto t = tag("The weather was lovely , so we walked to the park to read a book .");
    CHECK(t[2] == "AUX/VBD");
    CHECK(t[3] == "ADJ/JJ");
    CHECK(t[4] == "PUNCT/,");
    CHECK(t[7] == "VERB/VBD");
    CHECK(t[8] == "ADP/IN");
    CHECK(t[11] == "PART/TO");
    CHECK(t[12] == "VERB/VB");
}

TEST_CASE("a possessive ending and a plural") {
    auto t = tag("The children 's toys were everywhere .");
    CHECK(t[1] == "NOUN/NNS");
    CHECK(t[2] == "PART/POS");
    CHECK(t[3] == "NOUN/NNS");
}

TEST_CASE("an empty sentence gives no tags; a model without its clusters still tags") {
    Tags tags;
    tags.upos = {1, 2};
    shipped().tagger.tag({}, &shipped().clusters, tags);
    CHECK(tags.upos.empty());
    CHECK(tags.xpos.empty());
    std::vector<std::string_view> words = {"We", "like", "it", "."};
    shipped().tagger.tag(words, nullptr, tags);
    CHECK(shipped().tagger.upos_name(tags.upos[0]) == "PRON");
}
