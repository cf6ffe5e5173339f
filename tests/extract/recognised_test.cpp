// The trained recogniser meets the mention rules (extract/mentions/recognised.cpp), with the
// shipped models. Names are invented.
#include <doctest/doctest.h>

#include "extract/core/annotator.hpp"
#include "helpers.hpp"

using namespace kg::extract;
using kg::NodeType;

namespace {

std::unique_ptr<AnalysedArticle> with_core(const std::string& text) {
    auto a = std::make_unique<AnalysedArticle>();
    kg::nlp::Annotator core(test::shipped_models());
    analyse(text, test::lexicon(), *a, false, nullptr, &core);
    return a;
}

NodeType type_of(const AnalysedArticle& a, const std::string& surface) {
    for (const Mention& m : a.doc.mentions)
        if (m.kind == MentionKind::Name && m.surface == surface) return m.type;
    return NodeType::Other;
}

}  // namespace

TEST_CASE("the core's names reach the document on kgraph's tokens, contractions split back") {
    auto a = with_core("Ines Moravec didn't visit Valparaiso.");
    REQUIRE(a->doc.recognised.size() == 2);
    const RecognisedName& person = a->doc.recognised[0];
    CHECK(a->doc.span_text(person.first, person.last) == "Ines Moravec");
    CHECK(person.type == NodeType::Person);
    const RecognisedName& place = a->doc.recognised[1];
    CHECK(a->doc.span_text(place.first, place.last) == "Valparaiso");
    CHECK(place.type == NodeType::Place);
    // "didn't" is one token but two treebank words; the tree covers every word.
    CHECK(a->words.sentences[0].size() == a->doc.tokens.size() + 1);
    CHECK(a->analysis.sentences[0].parse.head.size() == a->words.sentences[0].size());
}

TEST_CASE("a surname of a person named in full stays a person whatever the recogniser says") {
    auto a = with_core("Ines Moravec spoke first. Later the Moravec campaign said Moravec would stay.");
    CHECK(type_of(*a, "Ines Moravec") == NodeType::Person);
    CHECK(type_of(*a, "Moravec") == NodeType::Person);
}

TEST_CASE("without the core the document has no recognised names and the rules stand alone") {
    auto rules = test::analysed("Ines Moravec didn't visit Valparaiso.");
    CHECK(rules->doc.recognised.empty());
    CHECK(rules->words.sentences.empty());
    auto core = with_core("Ines Moravec didn't visit Valparaiso.");
    CHECK(test::mentions_of(*rules) == test::mentions_of(*core));
}

namespace {

bool has_mention(const AnalysedArticle& a, const std::string& surface) {
    for (const Mention& m : a.doc.mentions)
        if (m.kind == MentionKind::Name && m.surface == surface) return true;
    return false;
}

// Does any name mention hold this word?
bool word_named(const AnalysedArticle& a, const std::string& word) {
    for (const Mention& m : a.doc.mentions)
        if (m.kind == MentionKind::Name && m.surface.find(word) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a name only the recogniser found is cut to its capitalised words") {
    // Whatever span the recogniser gives, no mention runs on into lower-case words.
    auto a = with_core("She was the third woman to head the Tarvo Guild in its 86-year history. "
                       "Here's the Tarvo Guild's official release: Members will vote.");
    for (const Mention& m : a->doc.mentions) {
        if (m.kind != MentionKind::Name) continue;
        CHECK_MESSAGE(m.surface.find("history") == std::string::npos, m.surface);
        CHECK_MESSAGE(m.surface.find("release") == std::string::npos, m.surface);
    }
}

TEST_CASE("names only the recogniser found are dropped when made of common words or in a quoted title") {
    auto a = with_core("Ines Moravec was named the Sexiest Man Alive by the magazine. "
                       "The crowd sang \"Happy Birthday\" to Tomas Ruzek. Unsurprisingly, he smiled.");
    CHECK(has_mention(*a, "Ines Moravec"));
    CHECK(has_mention(*a, "Tomas Ruzek"));
    CHECK(!word_named(*a, "Sexiest"));
    CHECK(!word_named(*a, "Birthday"));
    CHECK(!word_named(*a, "Unsurprisingly"));
}

TEST_CASE("a work the recogniser names after a cue is left out wherever it is named again") {
    auto a = with_core("Ines Moravec directed the sequel to Lantern Gate. Later Lantern Gate earned millions in Tarvo.");
    CHECK(has_mention(*a, "Ines Moravec"));
    CHECK(!word_named(*a, "Lantern"));
}

TEST_CASE("a common word the recogniser names at a sentence's start stands when the article capitalises it inside sentences") {
    // Counting mentions: the sentence-initial one is the second.
    auto count_named = [](const AnalysedArticle& a, const std::string& surface) {
        int n = 0;
        for (const Mention& m : a.doc.mentions)
            if (m.kind == MentionKind::Name && m.surface == surface && m.type == NodeType::Organization) ++n;
        return n;
    };
    auto a = with_core("The Eagles lost to the Lund Lions on Sunday. Eagles spokesman Ann Vale said the team would recover.");
    CHECK(count_named(*a, "Eagles") == 2);
    // Never written inside a sentence: the capital says nothing.
    auto b = with_core("Eagles spokesman Ann Vale said the team would recover.");
    CHECK(count_named(*b, "Eagles") == 0);
}

TEST_CASE("a full name the article follows with 'she' or 'her' stays a person whatever the recogniser says") {
    // The recogniser reads this name as an organisation in two sentences and as MISC in the
    // third; the pronouns after it say it is a person's.
    auto a = with_core(
        "It was probably just coincidence that Dax Morrow had previously worked at the Lund Regional Hospital. "
        "Of course it was not coincidence that Dax Morrow was in her home when the fire broke out. "
        "When Dax Morrow's home was burned and she was killed, people talked.");
    CHECK(type_of(*a, "Dax Morrow") == NodeType::Person);
}

TEST_CASE("a name starting with a given name but ending in a division or a works is a place") {
    auto a = with_core("The reactors at the Dana River Plant, in Tarnby, were shut. Police raided farms in "
                       "Kim Sai District and in southern Carol Counties. The suit was filed in the Northern "
                       "District of Lundia.");
    CHECK(type_of(*a, "Dana River Plant") == NodeType::Place);
    CHECK(type_of(*a, "Kim Sai District") == NodeType::Place);
    CHECK(type_of(*a, "Carol Counties") == NodeType::Place);
    // a court's district named by a compass word is no place of its own
    CHECK(type_of(*a, "Northern District") == NodeType::Other);
}

TEST_CASE("a gazetteer's place before a lower-case title stays a place, unless a company is named by it") {
    auto a = with_core("Karl Bishop, the New Orleans attorney representing the firm, said he was disappointed.");
    CHECK(type_of(*a, "New Orleans") == NodeType::Place);
    // "Cathay" is in the gazetteer, but here it is the company's short name.
    auto b = with_core("Cathay Lund Airways Ltd has won a licence to fly to Lisbon, a Cathay spokesman said.");
    CHECK(type_of(*b, "Cathay") != NodeType::Place);
}
