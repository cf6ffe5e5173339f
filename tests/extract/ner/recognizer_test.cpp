// The entity recogniser: the shipped model on invented sentences, a tiny model that must
// reproduce its training sentences, and model files it must refuse.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/ner/conll2003.hpp"
#include "extract/ner/decode.hpp"
#include "extract/ner/model.hpp"
#include "extract/ner/ner.hpp"
#include "extract/ner/train.hpp"
#include "extract/nlp/clusters.hpp"
#include "extract/nlp/model_file.hpp"

using namespace kg::nlp;

namespace {

const std::string kModels = KGRAPH_MODELS_DIR;

struct Shipped {
    EntityRecognizer ner = EntityRecognizer::load(kModels + "/ner.kgm");
    WordClusters clusters = WordClusters::load(kModels + "/clusters.kgm");
};

const Shipped& shipped() {
    static const Shipped s;
    return s;
}

std::vector<std::string_view> split(const std::string& text) {
    std::vector<std::string_view> words;
    std::string_view t(text);
    std::size_t i = 0;
    while (i < t.size()) {
        while (i < t.size() && t[i] == ' ') ++i;
        std::size_t start = i;
        while (i < t.size() && t[i] != ' ') ++i;
        if (i > start) words.push_back(t.substr(start, i - start));
    }
    return words;
}

// The names found in a one-sentence document, as "KIND words".
std::vector<std::string> names(const std::string& sentence) {
    std::vector<std::vector<std::string_view>> doc = {split(sentence)};
    std::vector<EntitySpan> spans;
    shipped().ner.recognize(doc, &shipped().clusters, spans);
    std::vector<std::string> out;
    for (const auto& s : spans) {
        std::string text(kind_name(s.kind));
        for (auto i = s.first; i < s.last; ++i) text += " " + std::string(doc[0][i]);
        out.push_back(text);
    }
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TEST_CASE("shipped model: a person and an organisation") {
    auto n = names("Maria Lopez , a spokeswoman for the World Health Organization , said the vaccine was safe .");
    CHECK(has(n, "PER Maria Lopez"));
    CHECK(has(n, "ORG World Health Organization"));
    CHECK(n.size() == 2);
}

TEST_CASE("shipped model: a city") {
    auto n = names("The company will open a new factory near Lyon next spring .");
    CHECK(has(n, "LOC Lyon"));
}

TEST_CASE("shipped model: a nationality") {
    auto n = names("Swedish officials said the talks would resume on Monday .");
    CHECK(has(n, "MISC Swedish"));
}

TEST_CASE("shipped model: a company and its chief executive") {
    auto n = names("Shares of Northwind Traders Inc fell 4 percent after chief executive Daniel Brooks resigned .");
    CHECK(has(n, "ORG Northwind Traders Inc"));
    CHECK(has(n, "PER Daniel Brooks"));
}

TEST_CASE("shipped model: a sentence without names gives none") {
    CHECK(names("the price of wheat rose sharply last week .").empty());
}

TEST_CASE("shipped model: an empty document, an empty sentence, no clusters") {
    std::vector<EntitySpan> spans;
    shipped().ner.recognize({}, &shipped().clusters, spans);
    CHECK(spans.empty());
    std::string text = "Lena Fischer flew to Vienna .";  // the views below point into it
    std::vector<std::vector<std::string_view>> doc = {{}, split(text), {}};
    shipped().ner.recognize(doc, nullptr, spans);
    CHECK(std::find(spans.begin(), spans.end(), EntitySpan{1, 0, 2, EntityKind::PER}) != spans.end());
    CHECK(std::find(spans.begin(), spans.end(), EntitySpan{1, 4, 5, EntityKind::LOC}) != spans.end());
}

TEST_CASE("document context: a headline in capitals takes the kind the story gives its words") {
    std::string headline = "CYCLING - ROSSI WINS STAGE IN ROME", story = "Paolo Rossi won the race in Rome on Sunday .";
    std::vector<std::vector<std::string_view>> doc = {split(headline), split(story)};
    std::vector<EntitySpan> spans;
    shipped().ner.recognize(doc, &shipped().clusters, spans);
    CHECK(std::find(spans.begin(), spans.end(), EntitySpan{1, 0, 2, EntityKind::PER}) != spans.end());
    CHECK(std::find(spans.begin(), spans.end(), EntitySpan{0, 2, 3, EntityKind::PER}) != spans.end());
    CHECK(std::find(spans.begin(), spans.end(), EntitySpan{1, 6, 7, EntityKind::LOC}) != spans.end());
    CHECK(std::find(spans.begin(), spans.end(), EntitySpan{0, 6, 7, EntityKind::LOC}) != spans.end());
}

TEST_CASE("a tiny model reproduces its training sentences") {
    std::istringstream text(
        "-DOCSTART- O\n\n"
        "Anna I-PER\nBerg I-PER\nvisited O\nOslo I-LOC\n. O\n\n"
        "The O\nNordic I-ORG\nBank I-ORG\nhired O\nAnna I-PER\n. O\n\n"
        "-DOCSTART- O\n\n"
        "Karl I-PER\nlives O\nin O\nBergen I-LOC\nwith O\nsome O\nDanish I-MISC\nfriends O\n. O\n\n"
        "Oslo I-LOC\nand O\nBergen I-LOC\nare O\ncities O\n. O\n\n");
    auto file = read_conll2003(text, "tiny.txt");
    NerTrainOptions o;
    o.epochs = 10;
    o.gazetteer = false;
    o.document_stage = false;
    o.min_updates = 1;  // keep every feature of so small a set
    auto result = train_entity_recognizer(file, file, o);
    CHECK(result.dev.all.f1() == 1.0);
    for (const auto& doc : file.documents) {
        auto words = word_views(doc);
        std::vector<EntitySpan> spans;
        result.recognizer.recognize(words, nullptr, spans);
        CHECK(spans == gold_spans(doc, file.name));
    }
    // Saved and loaded, it finds the same; training twice gives the same bytes.
    auto dir = std::filesystem::temp_directory_path();
    std::string a = (dir / "kgraph-ner-tiny-a.kgm").string(), b = (dir / "kgraph-ner-tiny-b.kgm").string();
    result.recognizer.save(a);
    train_entity_recognizer(file, file, o).recognizer.save(b);
    std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
    std::string sa((std::istreambuf_iterator<char>(fa)), {}), sb((std::istreambuf_iterator<char>(fb)), {});
    CHECK(sa == sb);
    auto loaded = EntityRecognizer::load(a);
    auto words = word_views(file.documents[1]);
    std::vector<EntitySpan> spans;
    loaded.recognize(words, nullptr, spans);
    CHECK(spans == gold_spans(file.documents[1], file.name));
    std::filesystem::remove(a);
    std::filesystem::remove(b);
}

TEST_CASE("a truncated, foreign or missing model file is refused, naming it") {
    auto dir = std::filesystem::temp_directory_path();
    std::string truncated = (dir / "kgraph-ner-truncated.kgm").string();
    {
        std::ifstream in(kModels + "/ner.kgm", std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        REQUIRE(bytes.size() > 1000);
        std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    }
    CHECK_THROWS_WITH_AS(EntityRecognizer::load(truncated), doctest::Contains(truncated.c_str()), ModelError);
    CHECK_THROWS_WITH_AS(EntityRecognizer::load(kModels + "/clusters.kgm"), doctest::Contains("expected a ner model"),
                         ModelError);
    CHECK_THROWS_WITH_AS(EntityRecognizer::load("/nonexistent/ner.kgm"), doctest::Contains("/nonexistent/ner.kgm"),
                         ModelError);
    std::filesystem::remove(truncated);
}

namespace {

// The recogniser's labels by the plain definition: every feature of every word listed and
// scored afresh (ner::decode_sentence), without the scores it remembers per word.
std::vector<EntitySpan> reference_spans(const EntityRecognizer& r, std::span<const std::vector<std::string_view>> text,
                                        const WordClusters* clusters) {
    const NerModel& m = r.model();
    ner::FeatureSources src;
    if (m.has(NerModel::kGazetteer)) src.gazetteer = &m.gazetteer;
    if (m.has(NerModel::kNames)) src.names = &m.names;
    if (m.has(NerModel::kClusters)) src.clusters = clusters;
    ner::DocumentFeatures doc;
    doc.analyse(text, src);
    std::vector<std::vector<int>> labels(text.size());
    std::vector<Feature> feats;
    auto nothing = [](std::size_t, std::span<const Feature>, int) {};
    auto first = [&](std::span<const Feature> f, std::span<float> sc) { m.first.add_scores(f, sc); };
    auto second = [&](std::span<const Feature> f, std::span<float> sc) { m.second.add_scores(f, sc); };
    for (std::size_t s = 0; s < text.size(); ++s) ner::decode_sentence(doc, s, false, first, nothing, labels[s], feats);
    if (m.has(NerModel::kDocumentStage)) {
        doc.set_first_stage(labels);
        for (std::size_t s = 0; s < text.size(); ++s) ner::decode_sentence(doc, s, true, second, nothing, labels[s], feats);
    }
    std::vector<EntitySpan> out;
    std::vector<ner::Chunk> chunks;
    for (std::size_t s = 0; s < text.size(); ++s) {
        chunks.clear();
        ner::chunks_of_bilou(labels[s], chunks);
        for (const auto& c : chunks) out.push_back({static_cast<std::uint32_t>(s), c.first, c.last, c.kind});
    }
    return out;
}

}  // namespace

TEST_CASE("the word scores the recogniser remembers change no label, across documents and models") {
    std::vector<std::string> lines = {"ZORBIN TELCO SAYS QUELL TO LEAD FENDLOW UNIT",
                                      "Zorbin Telco said on Tuesday that Mara Quell will lead its Fendlow unit .",
                                      "Quell , 52 , joined Zorbin in 1979 and said the unit 's sales rose 12 pct .",
                                      "The unit said sales in Fendlow and in Varnholm rose , Quell said ."};
    std::vector<std::vector<std::string_view>> doc;
    for (const auto& l : lines) doc.push_back(split(l));
    const EntityRecognizer& big = shipped().ner;
    auto expected = reference_spans(big, doc, &shipped().clusters);
    CHECK(!expected.empty());
    // A tiny model in the same thread: its word scores must not be taken for the shipped one's.
    std::istringstream text("Mara I-PER\nQuell I-PER\nsaid O\n. O\n\nZorbin I-ORG\nsaid O\nsales O\nrose O\n. O\n\n");
    auto file = read_conll2003(text, "tiny.txt");
    NerTrainOptions o;
    o.epochs = 5;
    o.gazetteer = false;
    o.document_stage = false;
    o.min_updates = 1;
    auto tiny = train_entity_recognizer(file, file, o).recognizer;
    auto tiny_expected = reference_spans(tiny, doc, nullptr);
    for (int round = 0; round < 2; ++round) {
        std::vector<EntitySpan> spans;
        big.recognize(doc, &shipped().clusters, spans);
        CHECK(spans == expected);
        spans.clear();
        tiny.recognize(doc, nullptr, spans);
        CHECK(spans == tiny_expected);
    }
}
