// Training a tiny tagger in memory, determinism, and refusing bad model files.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/nlp/clusters.hpp"
#include "extract/nlp/model_file.hpp"
#include "extract/tagger/tagger.hpp"

using namespace kg::nlp;

namespace {

std::string temp_path(const char* name) {
    return (std::filesystem::temp_directory_path() / (std::string("kgraph-tagger-test-") + name)).string();
}

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Sentences written "word/UPOS/XPOS ..." one a line, as CoNLL-U.
std::vector<ConlluSentence> treebank(const std::vector<std::string>& lines) {
    std::ostringstream text;
    for (const auto& line : lines) {
        std::istringstream in(line);
        int id = 0;
        for (std::string item; in >> item;) {
            auto a = item.find('/'), b = item.rfind('/');
            ++id;
            text << id << '\t' << item.substr(0, a) << "\t_\t" << item.substr(a + 1, b - a - 1) << '\t'
                 << item.substr(b + 1) << "\t_\t" << (id == 1 ? 0 : 1) << '\t' << (id == 1 ? "root" : "dep")
                 << "\t_\t_\n";
        }
        text << '\n';
    }
    std::istringstream in(text.str());
    return read_conllu(in, "tiny treebank");
}

const std::vector<std::string> kTiny = {
    "Dogs/NOUN/NNS bark/VERB/VBP ./PUNCT/.",
    "The/DET/DT cat/NOUN/NN sleeps/VERB/VBZ ./PUNCT/.",
    "A/DET/DT bird/NOUN/NN sings/VERB/VBZ loudly/ADV/RB !/PUNCT/.",
    "Anna/PROPN/NNP reads/VERB/VBZ a/DET/DT book/NOUN/NN ./PUNCT/.",
    "We/PRON/PRP can/AUX/MD swim/VERB/VB ./PUNCT/.",
    "The/DET/DT old/ADJ/JJ man/NOUN/NN walked/VERB/VBD home/ADV/RB ./PUNCT/.",
};

std::vector<std::string> tags_of(const Tagger& t, const ConlluSentence& s, const WordClusters* clusters) {
    std::vector<std::string_view> words;
    for (const auto& w : s.words) words.push_back(w.form);
    Tags tags;
    t.tag(words, clusters, tags);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < words.size(); ++i)
        out.push_back(std::string(t.upos_name(tags.upos[i])) + "/" + std::string(t.xpos_name(tags.xpos[i])));
    return out;
}

std::vector<std::string> gold_of(const ConlluSentence& s) {
    std::vector<std::string> out;
    for (const auto& w : s.words) out.push_back(w.upos + "/" + w.xpos);
    return out;
}

TaggerTrainOptions tiny_options() {
    TaggerTrainOptions o;
    o.epochs = 8;
    o.min_updates = 1;
    o.dictionary_min_count = 0;
    return o;
}

}  // namespace

TEST_CASE("a tagger trained on a few sentences tags them back, before and after saving") {
    auto train = treebank(kTiny);
    Tagger t = train_tagger(train, nullptr, tiny_options(), nullptr);
    for (const auto& s : train) CHECK(tags_of(t, s, nullptr) == gold_of(s));
    CHECK(t.upos_count() == 9);
    CHECK(t.xpos_count() == 13);

    std::string path = temp_path("tiny");
    t.save(path);
    Tagger loaded = Tagger::load(path);
    for (const auto& s : train) CHECK(tags_of(loaded, s, nullptr) == gold_of(s));
    std::filesystem::remove(path);
}

TEST_CASE("a tagger trained with clusters reproduces its sentences and tags a new one of clustered words") {
    auto train = treebank(kTiny);
    WordClusters clusters = WordClusters::from_paths(
        {"cat", "bird", "book", "man", "horse", "sleeps", "sings", "reads", "eats"},
        {{0b0000, 4}, {0b0001, 4}, {0b0010, 4}, {0b0011, 4}, {0b0001, 4}, {0b1100, 4}, {0b1101, 4}, {0b1110, 4},
         {0b1101, 4}});
    Tagger t = train_tagger(train, &clusters, tiny_options(), nullptr);
    CHECK(t.uses_clusters());
    for (const auto& s : train) CHECK(tags_of(t, s, &clusters) == gold_of(s));
    auto unseen = treebank({"The/DET/DT horse/NOUN/NN eats/VERB/VBZ ./PUNCT/."});
    CHECK(tags_of(t, unseen[0], &clusters) == gold_of(unseen[0]));
}

TEST_CASE("the same data and options give the same model bytes") {
    auto train = treebank(kTiny);
    std::string a = temp_path("a"), b = temp_path("b");
    train_tagger(train, nullptr, tiny_options(), nullptr).save(a);
    train_tagger(train, nullptr, tiny_options(), nullptr).save(b);
    CHECK(read_bytes(a) == read_bytes(b));
    std::filesystem::remove(a);
    std::filesystem::remove(b);
}

TEST_CASE("missing, truncated and foreign model files are refused, naming the file") {
    auto message = [](const std::string& path) -> std::string {
        try {
            Tagger::load(path);
        } catch (const ModelError& e) {
            return e.what();
        }
        return "";
    };
    std::string missing = temp_path("missing");
    std::filesystem::remove(missing);
    CHECK(message(missing).find(missing) != std::string::npos);

    auto train = treebank(kTiny);
    std::string good = temp_path("good");
    train_tagger(train, nullptr, tiny_options(), nullptr).save(good);
    std::string bytes = read_bytes(good);

    std::string truncated = temp_path("truncated");
    std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    std::string why = message(truncated);
    CHECK(why.find(truncated) != std::string::npos);
    CHECK(why.find("truncated") != std::string::npos);

    std::string foreign = temp_path("foreign");
    save_clusters(foreign, {"word"}, {ClusterPath{1, 1}}, "a test");
    why = message(foreign);
    CHECK(why.find(foreign) != std::string::npos);
    CHECK(why.find("clusters") != std::string::npos);

    // Right container, wrong contents: a tagger header over a payload of another layout.
    std::string odd = temp_path("odd");
    ModelWriter w;
    w.put_string("not a tagger");
    w.save(odd, "tagger", 1);
    CHECK(message(odd).find(odd) != std::string::npos);

    for (const auto& p : {good, truncated, foreign, odd}) std::filesystem::remove(p);
}
