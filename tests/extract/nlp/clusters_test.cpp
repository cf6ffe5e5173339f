// Word clusters: lookups, prefix ids, the file format, and training on invented text.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/nlp/cluster_training.hpp"
#include "extract/nlp/clusters.hpp"
#include "extract/nlp/model_file.hpp"
#include "extract/nlp/text_tokens.hpp"

using namespace kg::nlp;

namespace {

std::string temp_path(const char* name) {
    return (std::filesystem::temp_directory_path() / (std::string("kgraph-clusters-test-") + name)).string();
}

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

ClusterPath bits(const std::string& s) {
    ClusterPath p;
    for (char c : s) p.bits = (p.bits << 1) | (c == '1' ? 1u : 0u);
    p.length = static_cast<std::uint8_t>(s.size());
    return p;
}

// How many leading bits two paths share.
int shared_bits(ClusterPath a, ClusterPath b) {
    int n = 0;
    while (n < a.length && n < b.length && cluster_prefix(a, n + 1) == cluster_prefix(b, n + 1)) ++n;
    return n;
}

std::vector<std::string_view> split(std::string_view s) {
    std::vector<std::string_view> out;
    tokenize_treebank(s, out);
    return out;
}

// Days follow "on" and end the sentence; fruit follows "the" and ends it; the verbs sit
// between a pronoun and a preposition or determiner.
ClusterCorpus invented_corpus() {
    ClusterCorpus c;
    for (int round = 0; round < 20; ++round) {
        for (const char* s : {"we met on monday .", "we met on tuesday .", "they left on friday .",
                              "they left on monday .", "she ate the apple .", "she ate the pear .",
                              "he bought the plum .", "he bought the apple .", "we left on tuesday .",
                              "they ate the pear .", "she met on friday .", "he ate the plum ."})
            c.add_sentence(split(s));
    }
    return c;
}

ClusterOptions tiny_options() {
    ClusterOptions o;
    o.classes = 8;
    o.min_count = 1;
    return o;
}

}  // namespace

TEST_CASE("known words have their path, unknown words none") {
    auto c = WordClusters::from_paths({"Monday", "Tuesday", "bank"}, {bits("0101"), bits("0100"), bits("11")});
    CHECK(c.words() == 3);
    CHECK(c.path("Monday").bits == 0b0101u);
    CHECK(c.path("Monday").length == 4);
    CHECK(c.path("bank").length == 2);
    CHECK(c.path("Wednesday").length == 0);
    CHECK(c.path("").length == 0);
    CHECK(WordClusters().path("Monday").length == 0);
    CHECK(WordClusters().words() == 0);
}

TEST_CASE("prefix ids: shared prefixes agree, lengths and unknown words stay apart") {
    ClusterPath monday = bits("0101"), tuesday = bits("0100"), bank = bits("11");
    CHECK(cluster_prefix(monday, 3) == cluster_prefix(tuesday, 3));
    CHECK(cluster_prefix(monday, 4) != cluster_prefix(tuesday, 4));
    CHECK(cluster_prefix(monday, 1) != cluster_prefix(bank, 1));
    CHECK(cluster_prefix(monday, 2) != cluster_prefix(monday, 3));
    CHECK(cluster_prefix(bank, 4) != cluster_prefix(bank, 6));  // both the whole path, still apart
    CHECK(cluster_prefix(ClusterPath{}, 4) == 0);
    CHECK(cluster_prefix(monday, 4) != 0);
    CHECK(shared_bits(monday, tuesday) == 3);
    CHECK(path_string(monday) == "0101");
}

TEST_CASE("the exact form first, then the lower-cased form") {
    auto c = WordClusters::from_paths({"Hart", "hart", "stocks"}, {bits("10"), bits("01"), bits("111")});
    CHECK(path_string(c.path("Hart")) == "10");
    CHECK(path_string(c.path("hart")) == "01");
    CHECK(path_string(c.path("HART")) == "01");
    CHECK(path_string(c.path("STOCKS")) == "111");
    CHECK(path_string(c.path("Stocks")) == "111");
    CHECK(c.path("Stock").length == 0);
}

TEST_CASE("raw text is split the way the treebanks split it") {
    auto t = split("The U.K. company's shares rose 5.93 pct to 155,221 (from 1.2 mln), it didn't say. \"Mr. Smith's\" -- ok?");
    std::vector<std::string_view> want = {"The", "U.K.", "company", "'s", "shares", "rose", "5.93", "pct", "to",
                                          "155,221", "(", "from", "1.2", "mln", ")", ",", "it", "did", "n't",
                                          "say", ".", "\"", "Mr.", "Smith", "'s", "\"", "--", "ok", "?"};
    CHECK(t == want);
    CHECK(split("the companies' profits") == std::vector<std::string_view>{"the", "companies", "'", "profits"});
    CHECK(ends_sentence("."));
    CHECK_FALSE(ends_sentence("U.K."));
}

TEST_CASE("training: words in the same contexts share longer prefixes than words in different ones") {
    auto r = train_clusters(invented_corpus(), tiny_options());
    auto c = WordClusters::from_paths(r.words, r.paths);
    REQUIRE(c.path("monday").length > 0);
    REQUIRE(c.path("apple").length > 0);
    int days = shared_bits(c.path("monday"), c.path("tuesday"));
    int fruit = shared_bits(c.path("apple"), c.path("pear"));
    CHECK(days > shared_bits(c.path("monday"), c.path("apple")));
    CHECK(days > shared_bits(c.path("tuesday"), c.path("ate")));
    CHECK(fruit > shared_bits(c.path("pear"), c.path("friday")));
    CHECK(fruit > shared_bits(c.path("plum"), c.path("the")));
    CHECK(shared_bits(c.path("friday"), c.path("monday")) > shared_bits(c.path("friday"), c.path("plum")));
}

TEST_CASE("training twice writes the same bytes, and the file reads back") {
    std::string a = temp_path("a.kgm"), b = temp_path("b.kgm");
    auto first = train_clusters(invented_corpus(), tiny_options());
    auto second = train_clusters(invented_corpus(), tiny_options());
    save_clusters(a, first.words, first.paths, "test");
    save_clusters(b, second.words, second.paths, "test");
    CHECK(read_bytes(a) == read_bytes(b));
    auto loaded = WordClusters::load(a);
    CHECK(loaded.words() == first.words.size());
    for (std::size_t i = 0; i < first.words.size(); ++i) {
        CHECK(loaded.path(first.words[i]).bits == first.paths[i].bits);
        CHECK(loaded.path(first.words[i]).length == first.paths[i].length);
    }
    std::filesystem::remove(a);
    std::filesystem::remove(b);
}

TEST_CASE("a truncated or foreign model file is refused by name") {
    std::string path = temp_path("bad.kgm");
    save_clusters(path, {"monday", "apple"}, {bits("0"), bits("1")}, "test");
    std::string good = read_bytes(path);
    std::ofstream(path, std::ios::binary) << good.substr(0, good.size() - 9);
    try {
        WordClusters::load(path);
        FAIL("a truncated file was accepted");
    } catch (const ModelError& e) {
        CHECK(std::string(e.what()).find(path) == 0);
        CHECK(std::string(e.what()).find("truncated") != std::string::npos);
    }
    ModelWriter w;
    w.put_string("weights");
    w.save(path, "tagger", 1);
    CHECK_THROWS_AS(WordClusters::load(path), ModelError);
    CHECK_THROWS_AS(WordClusters::load(path + ".absent"), ModelError);
    std::filesystem::remove(path);
}


TEST_CASE("the shipped clusters group days, months and amounts") {
    // models/ beside tests/: this file is tests/extract/nlp/clusters_test.cpp.
    auto models = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path().parent_path() / "models";
    auto file = (models / "clusters.kgm").string();
    REQUIRE(std::filesystem::exists(file));
    auto c = WordClusters::load(file);
    CHECK(c.words() > 20000);
    CHECK(shared_bits(c.path("Tuesday"), c.path("Thursday")) > shared_bits(c.path("Tuesday"), c.path("shares")));
    CHECK(shared_bits(c.path("March"), c.path("October")) > shared_bits(c.path("March"), c.path("said")));
    CHECK(shared_bits(c.path("million"), c.path("billion")) > shared_bits(c.path("million"), c.path("company")));
    CHECK(path_string(c.path("CoMpAnY")) == path_string(c.path("company")));  // through the lower-case form
}
