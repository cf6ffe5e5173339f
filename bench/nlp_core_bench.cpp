// Words per second of each component of the NLP core (tagger, parser, entity recogniser),
// each timed alone on the same words: the Reuters-21578 stories, split into sentences and
// treebank words by kgraph's own tokenizer (not timed). One thread. A benchmark, not a test:
// it prints figures and never fails on them.
//
//   build/bench/nlp_core_bench [CORPUS.jsonl] [--models DIR] [--limit N] [--repeat N]
//
// Times are the thread's CPU seconds (a busy shared machine stretches wall time, less so CPU
// time); with --repeat N each component runs N times over the words and its fastest run is
// shown.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "extract/article_pipeline.hpp"
#include "extract/core/models.hpp"
#include "extract/treebank_words.hpp"
#include "rapidjson/document.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Article {
    kg::extract::AnalysedArticle analysed;
    kg::extract::TreebankWords words;
};

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

// The fewest CPU seconds of `repeat` runs of `f`.
template <class F>
double fastest(int repeat, F&& f) {
    double best = 1e300;
    for (int r = 0; r < repeat; ++r) {
        double t = cpu_seconds();
        f();
        best = std::min(best, cpu_seconds() - t);
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    std::string corpus = KGRAPH_SHARED_DIR "/corpus/reuters21578/reuters21578.jsonl";
    std::string models_dir = kg::nlp::default_models_dir();
    std::size_t limit = 0;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--models" && i + 1 < argc) models_dir = argv[++i];
        else if (a == "--limit" && i + 1 < argc) limit = std::stoul(argv[++i]);
        else if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::stoi(argv[++i]));
        else corpus = a;
    }
    // Each model alone, then the set as the program loads it.
    for (const char* name : {"clusters", "tagger", "parser", "ner"}) {
        auto t = Clock::now();
        std::string path = models_dir + "/" + name + ".kgm";
        if (std::string(name) == "clusters") kg::nlp::WordClusters::load(path);
        else if (std::string(name) == "tagger") kg::nlp::Tagger::load(path);
        else if (std::string(name) == "parser") kg::nlp::Parser::load(path);
        else kg::nlp::EntityRecognizer::load(path);
        std::printf("%-8s model loaded in %.3f s\n", name, seconds_since(t));
    }
    auto t0 = Clock::now();
    kg::nlp::Models models = kg::nlp::Models::load(models_dir);
    std::printf("all models loaded from %s in %.3f s\n", models_dir.c_str(), seconds_since(t0));

    std::ifstream in(corpus);
    if (!in) {
        std::cerr << corpus << ": cannot open\n";
        return 2;
    }
    const kg::extract::Lexicon lexicon;
    std::vector<std::string> texts;
    for (std::string line; std::getline(in, line) && (!limit || texts.size() < limit);) {
        rapidjson::Document d;
        d.Parse(line.c_str());
        if (d.IsObject() && d.HasMember("text") && d["text"].IsString()) texts.emplace_back(d["text"].GetString());
    }
    std::vector<Article> articles(texts.size());
    std::size_t words = 0, sentences = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        kg::extract::analyse_tokens(texts[i], lexicon, articles[i].analysed);
        kg::extract::treebank_words(articles[i].analysed.doc, articles[i].words);
        for (const auto& s : articles[i].words.sentences) words += s.size(), sentences += !s.empty();
    }
    std::printf("%zu stories, %zu sentences, %zu words\n\n", texts.size(), sentences, words);

    // Tagging first: the parser reads its tags (kept per sentence, not timed twice).
    std::vector<std::vector<kg::nlp::Tags>> tags(articles.size());
    double tag_s = fastest(repeat, [&] {
        for (std::size_t i = 0; i < articles.size(); ++i) {
            tags[i].resize(articles[i].words.sentences.size());
            for (std::size_t s = 0; s < tags[i].size(); ++s)
                if (!articles[i].words.sentences[s].empty())
                    models.tagger.tag(articles[i].words.sentences[s], &models.clusters, tags[i][s]);
        }
    });

    std::vector<std::vector<std::vector<std::string_view>>> upos(articles.size()), xpos(articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i) {
        upos[i].resize(tags[i].size());
        xpos[i].resize(tags[i].size());
        for (std::size_t s = 0; s < tags[i].size(); ++s)
            for (std::size_t w = 0; w < tags[i][s].upos.size(); ++w) {
                upos[i][s].push_back(models.tagger.upos_name(tags[i][s].upos[w]));
                xpos[i][s].push_back(models.tagger.xpos_name(tags[i][s].xpos[w]));
            }
    }
    kg::nlp::Parse parse;
    double parse_s = fastest(repeat, [&] {
        for (std::size_t i = 0; i < articles.size(); ++i)
            for (std::size_t s = 0; s < tags[i].size(); ++s)
                if (!articles[i].words.sentences[s].empty())
                    models.parser.parse(articles[i].words.sentences[s], upos[i][s], xpos[i][s], &models.clusters,
                                        parse);
    });

    std::vector<kg::nlp::EntitySpan> spans;
    std::size_t entities = 0;
    double ner_s = fastest(repeat, [&] {
        entities = 0;
        for (const Article& a : articles) {
            spans.clear();
            models.recognizer.recognize(a.words.sentences, &models.clusters, spans);
            entities += spans.size();
        }
    });

    auto row = [&](const char* name, double s) {
        std::printf("%-22s %8.2f s %10.0f words/s\n", name, s, static_cast<double>(words) / s);
    };
    row("tagger", tag_s);
    row("parser", parse_s);
    row("entity recogniser", ner_s);
    row("all three", tag_s + parse_s + ner_s);
    std::printf("(%zu entities found)\n", entities);
    return 0;
}
