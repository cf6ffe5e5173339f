// Training on a tiny treebank reproduces it; the oracle and projectivisation on small trees;
// bad model files are refused by name.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/nlp/conllu.hpp"
#include "extract/nlp/model_file.hpp"
#include "extract/parser/oracle.hpp"
#include "extract/parser/parser.hpp"
#include "extract/parser/state.hpp"
#include "helpers.hpp"

using namespace kg::nlp;

namespace {

// Invented sentences, one "id form upos xpos head deprel" row per word.
const char* const kTreebank = R"(1	Dogs	NOUN	NNS	2	nsubj
2	bark	VERB	VBP	0	root
3	.	PUNCT	.	2	punct

1	The	DET	DT	2	det
2	baker	NOUN	NN	3	nsubj
3	sold	VERB	VBD	0	root
4	fresh	ADJ	JJ	5	amod
5	bread	NOUN	NN	3	obj
6	in	ADP	IN	8	case
7	the	DET	DT	8	det
8	morning	NOUN	NN	3	obl:tmod
9	.	PUNCT	.	3	punct

1	My	PRON	PRP$	2	nmod:poss
2	sister	NOUN	NN	4	nsubj
3	will	AUX	MD	4	aux
4	visit	VERB	VB	0	root
5	us	PRON	PRP	4	obj
6	and	CCONJ	CC	7	cc
7	stay	VERB	VB	4	conj
8	here	ADV	RB	7	advmod

1	It	PRON	PRP	3	nsubj
2	is	AUX	VBZ	3	cop
3	cold	ADJ	JJ	0	root
4	outside	ADV	RB	3	advmod
5	!	PUNCT	.	3	punct
)";

std::vector<ParserSentence> tiny_treebank() {
    std::vector<ParserSentence> out(1);
    std::istringstream in(kTreebank);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) {
            out.emplace_back();
            continue;
        }
        std::istringstream cols(line);
        int id, head;
        std::string form, upos, xpos, rel;
        cols >> id >> form >> upos >> xpos >> head >> rel;
        out.back().words.push_back(form);
        out.back().upos.push_back(upos);
        out.back().xpos.push_back(xpos);
        out.back().head.push_back(head);
        out.back().deprel.push_back(rel);
    }
    return out;
}

std::string temp_path(const char* name) {
    return (std::filesystem::temp_directory_path() / (std::string("kgraph-parser-test-") + name)).string();
}

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string load_error(const std::string& path) {
    try {
        Parser::load(path);
    } catch (const ModelError& e) {
        return e.what();
    }
    return "";
}

Parser train_tiny() {
    ParserTrainOptions opt;
    opt.epochs = 30;
    opt.min_updates = 1;  // four sentences: every feature is rare
    return train_parser(tiny_treebank(), nullptr, opt, nullptr);
}

}  // namespace

TEST_CASE("a parser trained on a tiny treebank reproduces its trees and labels") {
    Parser parser = train_tiny();
    std::string path = temp_path("tiny.kgm");
    parser.save(path);
    Parser loaded = Parser::load(path);
    for (const auto& s : tiny_treebank()) {
        std::vector<std::string_view> w(s.words.begin(), s.words.end()), u(s.upos.begin(), s.upos.end()),
            x(s.xpos.begin(), s.xpos.end());
        Parse p;
        loaded.parse(w, u, x, nullptr, p);
        CAPTURE(s.words[0]);
        CHECK(p.head == s.head);
        for (std::size_t i = 0; i < s.words.size(); ++i) CHECK(loaded.label_name(p.label[i]) == s.deprel[i]);
    }
    std::filesystem::remove(path);
}

TEST_CASE("training twice gives the same model bytes") {
    std::string a = temp_path("a.kgm"), b = temp_path("b.kgm");
    train_tiny().save(a);
    train_tiny().save(b);
    CHECK(read_bytes(a) == read_bytes(b));
    std::filesystem::remove(a);
    std::filesystem::remove(b);
}

TEST_CASE("truncated, foreign and missing model files are refused, naming the file") {
    std::string good = temp_path("good.kgm"), bad = temp_path("bad.kgm");
    train_tiny().save(good);
    std::string bytes = read_bytes(good);
    std::ofstream(bad, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    CHECK(load_error(bad).find(bad) != std::string::npos);
    ModelWriter foreign;
    foreign.put_string("not a parser");
    foreign.save(bad, "tagger", 1);
    CHECK(load_error(bad).find(bad) != std::string::npos);
    std::filesystem::remove(bad);
    CHECK(load_error(bad).find(bad) != std::string::npos);
    std::filesystem::remove(good);
}

TEST_CASE("projectivisation lifts a crossing arc to the head's head") {
    // Words a b c d (0-based heads, root = 4): c is the root word, a depends on c, d on a
    // and b on d. The arc d -> b spans c, which d does not dominate.
    std::vector<int> head = {2, 3, 4, 0};
    CHECK_FALSE(parser::is_projective(head));
    parser::projectivise(head);
    CHECK(parser::is_projective(head));
    CHECK(head[1] == 0);  // b lifted from d to d's head a
}

TEST_CASE("following zero-cost moves rebuilds a projective gold tree") {
    using namespace parser;
    // "My sister will visit us and stay here" (0-based heads, root = 8).
    std::vector<int> gold = {1, 3, 3, 8, 3, 6, 3, 6};
    State st;
    st.reset(static_cast<int>(gold.size()));
    std::vector<char> scratch;
    std::array<int, 4> cost;
    while (!st.terminal()) {
        move_costs(st, gold, scratch, cost);
        int best = -1;
        for (int m = 0; m < 4; ++m)
            if (st.valid(static_cast<Move>(m)) && cost[static_cast<std::size_t>(m)] == 0) {
                best = m;
                break;
            }
        REQUIRE(best >= 0);
        st.apply(static_cast<Move>(best), 0);
    }
    for (std::size_t i = 0; i < gold.size(); ++i) CHECK(st.head[i] == gold[i]);
}

namespace {

Parser train_tiny_beam() {
    ParserTrainOptions opt;
    opt.epochs = 30;
    opt.min_updates = 1;
    opt.beam = 4;
    return train_parser(tiny_treebank(), nullptr, opt, nullptr);
}

}  // namespace

TEST_CASE("a beam-trained parser reproduces its tiny treebank and keeps its width in the file") {
    Parser parser = train_tiny_beam();
    CHECK(parser.beam_width() == 4);
    std::string path = temp_path("tiny-beam.kgm");
    parser.save(path);
    Parser loaded = Parser::load(path);
    CHECK(loaded.beam_width() == 4);
    CHECK(read_bytes(path).substr(24, 4) == std::string("\x02\0\0\0", 4));  // format 2: with a beam width
    for (const auto& s : tiny_treebank()) {
        std::vector<std::string_view> w(s.words.begin(), s.words.end()), u(s.upos.begin(), s.upos.end()),
            x(s.xpos.begin(), s.xpos.end());
        Parse p;
        loaded.parse(w, u, x, nullptr, p);
        CAPTURE(s.words[0]);
        CHECK(p.head == s.head);
        for (std::size_t i = 0; i < s.words.size(); ++i) CHECK(loaded.label_name(p.label[i]) == s.deprel[i]);
    }
    std::filesystem::remove(path);
}

TEST_CASE("beam training twice gives the same model bytes") {
    std::string a = temp_path("beam-a.kgm"), b = temp_path("beam-b.kgm");
    train_tiny_beam().save(a);
    train_tiny_beam().save(b);
    CHECK(read_bytes(a) == read_bytes(b));
    std::filesystem::remove(a);
    std::filesystem::remove(b);
}

TEST_CASE("any beam width parses a sentence into a single-rooted tree over all its words") {
    Parser parser = train_tiny_beam();
    std::vector<std::string_view> w{"The", "baker", "will", "sell", "bread", "and", "visit", "us", "."};
    std::vector<std::string_view> u{"DET", "NOUN", "AUX", "VERB", "NOUN", "CCONJ", "VERB", "PRON", "PUNCT"};
    std::vector<std::string_view> x{"DT", "NN", "MD", "VB", "NN", "CC", "VB", "PRP", "."};
    for (int width : {1, 2, 4, 16}) {
        CAPTURE(width);
        parser.set_beam_width(width);
        Parse p;
        parser.parse(w, u, x, nullptr, p);
        REQUIRE(p.head.size() == w.size());
        int roots = 0;
        for (std::size_t i = 0; i < w.size(); ++i) {
            CHECK(p.head[i] >= 0);
            CHECK(p.head[i] <= static_cast<int>(w.size()));
            CHECK(p.head[i] != static_cast<int>(i + 1));
            roots += p.head[i] == 0;
        }
        CHECK(roots == 1);
    }
}

TEST_CASE("a greedy model file of format version 1 (no beam width) still loads") {
    std::string path = temp_path("v1.kgm");
    ModelWriter w;
    w.put_strings({"nsubj", "root"});
    w.put<std::uint16_t>(1);  // root label
    w.put<std::uint8_t>(0);   // no clusters
    w.put_vector<std::uint64_t>(std::vector<std::uint64_t>{});  // move model: keys
    w.put_vector<std::int16_t>(std::vector<std::int16_t>{});    // and weights
    w.put<std::uint64_t>(2);                                     // label model: labels
    w.put_vector<std::uint64_t>(std::vector<std::uint64_t>{});  // keys
    w.put_vector<std::uint32_t>(std::vector<std::uint32_t>{0}); // offsets
    w.put_vector<std::uint32_t>(std::vector<std::uint32_t>{});  // entries
    w.save(path, "parser", 1);
    Parser p = Parser::load(path);
    CHECK(p.beam_width() == 1);
    // A greedy model is still written in format 1.
    train_tiny().save(path);
    CHECK(read_bytes(path).substr(24, 4) == std::string("\x01\0\0\0", 4));
    std::vector<std::string_view> words{"Dogs", "bark"}, u{"NOUN", "VERB"}, x{"NNS", "VBP"};
    Parse out;
    p.parse(words, u, x, nullptr, out);
    CHECK(out.head.size() == 2);
    CHECK((out.head[0] == 0) + (out.head[1] == 0) == 1);
    std::filesystem::remove(path);
}
