// kgraph-train clusters: word clusters (bit paths) from unlabelled text, for the tagger, the
// parser and the entity recogniser. The kind of each --text file is told by its name:
// .jsonl (raw text in a field), .conllu (the FORM column), .txt (raw text), anything else the
// CoNLL-2003 layout (first column).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "cli/options.hpp"
#include "cli/train/train_commands.hpp"
#include "extract/nlp/cluster_training.hpp"
#include "extract/nlp/clusters.hpp"

namespace kg::train {
namespace {

namespace po = boost::program_options;

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void add_file(nlp::ClusterCorpus& corpus, const std::string& path, const std::string& field) {
    std::size_t before = corpus.tokens();
    std::string kind;
    if (ends_with(path, ".jsonl")) {
        corpus.add_jsonl_text(path, field);
        kind = "JSON lines, field '" + field + "', tokenised";
    } else if (ends_with(path, ".conllu")) {
        corpus.add_conllu_forms(path);
        kind = "CoNLL-U forms";
    } else if (ends_with(path, ".txt")) {
        corpus.add_plain_text(path);
        kind = "text, tokenised";
    } else {
        corpus.add_conll2003_words(path);
        kind = "CoNLL-2003 words";
    }
    std::cerr << "clusters: " << path << ": " << corpus.tokens() - before << " tokens (" << kind << ")\n";
}

// Reading speed of the finished table: every corpus word looked up once, as the taggers do.
double lookups_per_second(const nlp::WordClusters& clusters, const nlp::ClusterCorpus& corpus) {
    const auto& words = corpus.words();
    auto start = std::chrono::steady_clock::now();
    std::uint64_t sum = 0;
    std::size_t n = 0;
    for (int round = 0; round < 5; ++round)
        for (auto id : corpus.stream()) {
            if (id == nlp::ClusterCorpus::kBoundary) continue;
            sum += nlp::cluster_prefix(clusters.path(words[id]), 8);
            ++n;
        }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    volatile std::uint64_t keep = sum;  // the lookups must not be optimised away
    (void)keep;
    return static_cast<double>(n) / s;
}

}  // namespace

int run_clusters(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> texts;
    std::string output, field;
    nlp::ClusterOptions options;
    opts.add_options()
        ("text", po::value(&texts)->required()->multitoken(),
         "training text: .jsonl (raw text in --field), .conllu (FORM column), .txt (raw text), "
         "other names the CoNLL-2003 layout (first column); repeat or list several")
        ("output,o", po::value(&output)->required(), "the model file to write (models/clusters.kgm)")
        ("field", po::value(&field)->default_value("text"), "the JSON field holding the text of a .jsonl file")
        ("classes", po::value(&options.classes)->default_value(options.classes), "leaves of the cluster tree")
        ("min-count", po::value(&options.min_count)->default_value(options.min_count), "rarer words get no path")
        ("max-words", po::value(&options.max_words)->default_value(options.max_words), "cluster at most this many words (the most frequent)")
        ("iterations", po::value(&options.max_iterations)->default_value(options.max_iterations), "exchange passes at most");
    po::positional_options_description pos;
    po::variables_map vm;
    if (!cli::parse_command_line("kgraph-train clusters", "--text FILE... -o MODEL [options]",
                                 "Learns hierarchical word clusters (bit paths) from unlabelled text: the exchange "
                                 "algorithm into flat classes, then Brown's agglomeration of the classes into a "
                                 "binary tree. Deterministic: the same text gives the same bytes.",
                                 args, opts, pos, vm))
        return 0;
    auto start = std::chrono::steady_clock::now();
    options.log = &std::cerr;
    nlp::ClusterCorpus corpus;
    for (const auto& t : texts) add_file(corpus, t, field);
    auto result = nlp::train_clusters(corpus, options);

    std::string about = "kgraph word clusters: " + std::to_string(result.words.size()) + " words, " +
                        std::to_string(options.classes) + " classes, from";
    for (const auto& t : texts) about += " " + std::filesystem::path(t).filename().string();
    nlp::save_clusters(output, result.words, result.paths, about);

    std::cerr << "clusters: sample clusters (the most frequent words sharing a 12-bit prefix):\n";
    for (const char* w : {"Monday", "Paris", "said", "bank", "president", "shares", "million", "January", "good"}) {
        auto it = std::find(result.words.begin(), result.words.end(), w);
        if (it == result.words.end()) continue;
        auto p = result.paths[static_cast<std::size_t>(it - result.words.begin())];
        std::cerr << "  " << w << " " << nlp::path_string(p) << ":";
        for (const auto& n : nlp::cluster_neighbours(result, w, 12, 14)) std::cerr << " " << n;
        std::cerr << "\n";
    }
    auto load_start = std::chrono::steady_clock::now();
    auto loaded = nlp::WordClusters::load(output);
    double load_ms = std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count() * 1e3;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "clusters: wrote " << output << " (" << std::filesystem::file_size(output) << " bytes, "
              << loaded.words() << " words; loads in " << std::fixed << std::setprecision(1) << load_ms
              << " ms); lookups " << lookups_per_second(loaded, corpus) / 1e6 << " M words/s; " << seconds
              << " s in all\n";
    return 0;
}

}  // namespace kg::train
