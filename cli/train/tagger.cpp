// kgraph-train tagger: trains the part-of-speech tagger on UD English-EWT train, reports dev
// accuracy per epoch, then the final dev scores, tagging speed and model size.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "cli/options.hpp"
#include "cli/train/train_commands.hpp"
#include "extract/nlp/clusters.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/tagger/tagger.hpp"

namespace kg::train {
namespace {

namespace po = boost::program_options;

// Words per second of tagging `dev` on one thread, per second of this process's CPU time
// (the set tagged repeatedly for >= 1 s; CPU time, so that other work on the machine does
// not lower the figure).
double tagging_speed(const nlp::Tagger& tagger, const std::vector<nlp::ConlluSentence>& dev,
                     const nlp::WordClusters* clusters) {
    std::vector<std::vector<std::string_view>> sentences;
    std::size_t words = 0;
    for (const auto& s : dev) {
        auto& out = sentences.emplace_back();
        for (const auto& w : s.words) out.push_back(w.form);
        words += out.size();
    }
    nlp::Tags tags;
    const std::clock_t start = std::clock();
    std::size_t tagged = 0;
    double seconds = 0;
    do {
        for (const auto& s : sentences) tagger.tag(s, clusters, tags);
        tagged += words;
        seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    } while (seconds < 1.0);
    return static_cast<double>(tagged) / seconds;
}

}  // namespace

int run_tagger(const Args& args) {
    po::options_description opts("Options");
    nlp::TaggerTrainOptions defaults;
    opts.add_options()
        ("train", po::value<std::string>()->required(), "training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu")
        ("dev", po::value<std::string>(), "development treebank (CoNLL-U): accuracy after each epoch")
        ("clusters", po::value<std::string>(), "word clusters model (models/clusters.kgm): adds cluster features")
        ("output,o", po::value<std::string>()->required(), "model file to write (models/tagger.kgm)")
        ("epochs", po::value<int>()->default_value(defaults.epochs), "training epochs")
        ("seed", po::value<std::uint32_t>()->default_value(defaults.seed), "seed of the sentence shuffling")
        ("runs", po::value<int>()->default_value(defaults.runs),
         "models trained on different sentence orders, their weights averaged")
        ("one-pass", "no second pass (faster, less accurate)")
        ("confident-margin", po::value<float>()->default_value(defaults.confident_margin),
         "words whose first-pass tag leads by more than this skip the second pass (0: none do)")
        ("dictionary-min-count", po::value<std::uint32_t>()->default_value(defaults.dictionary_min_count),
         "words seen this often with one tag are tagged by lookup (0: no tag dictionary)")
        ("min-updates", po::value<std::uint32_t>()->default_value(defaults.min_updates),
         "prune features updated fewer times")
        ("min-weight", po::value<float>()->default_value(defaults.min_weight),
         "prune averaged weights smaller than this");
    po::positional_options_description pos;
    po::variables_map vm;
    if (!cli::parse_command_line("kgraph-train tagger", "--train FILE [--dev FILE] [--clusters FILE] -o FILE [options]",
                                 "Trains the part-of-speech tagger (UPOS and XPOS) on a CoNLL-U treebank. "
                                 "Deterministic: the same data and options give the same model bytes.",
                                 args, opts, pos, vm))
        return 0;

    nlp::TaggerTrainOptions options;
    options.epochs = vm["epochs"].as<int>();
    options.seed = vm["seed"].as<std::uint32_t>();
    options.runs = vm["runs"].as<int>();
    options.two_pass = !vm.count("one-pass");
    options.confident_margin = vm["confident-margin"].as<float>();
    options.dictionary_min_count = vm["dictionary-min-count"].as<std::uint32_t>();
    options.min_updates = vm["min-updates"].as<std::uint32_t>();
    options.min_weight = vm["min-weight"].as<float>();
    if (options.epochs < 1) throw cli::UsageError("tagger", "--epochs must be at least 1");
    if (options.runs < 1) throw cli::UsageError("tagger", "--runs must be at least 1");

    nlp::WordClusters loaded_clusters;
    const nlp::WordClusters* clusters = nullptr;
    if (vm.count("clusters")) {
        loaded_clusters = nlp::WordClusters::load(vm["clusters"].as<std::string>());
        clusters = &loaded_clusters;
    }

    auto train = nlp::read_conllu_file(vm["train"].as<std::string>());
    std::vector<nlp::ConlluSentence> dev;
    if (vm.count("dev")) dev = nlp::read_conllu_file(vm["dev"].as<std::string>());

    auto start = std::chrono::steady_clock::now();
    nlp::Tagger tagger = nlp::train_tagger(train, clusters, options, &std::cout, dev.empty() ? nullptr : &dev);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    const std::string output = vm["output"].as<std::string>();
    tagger.save(output);
    // Scored as shipped: weights quantised in the file.
    tagger = nlp::Tagger::load(output);
    std::cout << std::fixed << std::setprecision(1) << "trained in " << seconds << " s; " << tagger.features()
              << " features, " << tagger.dictionary_words() << " dictionary words\n";
    std::cout << "model " << output << ": " << std::setprecision(2)
              << static_cast<double>(std::filesystem::file_size(output)) / (1024.0 * 1024.0) << " MB\n";
    if (!dev.empty()) {
        nlp::TagAccuracy acc = nlp::evaluate_tagger(tagger, dev, clusters);
        std::cout << std::setprecision(4) << "dev: " << acc.words << " words, UPOS " << acc.upos() << ", XPOS "
                  << acc.xpos() << "\n";
        std::cout << std::setprecision(0) << "tagging speed (one thread, dev, per CPU second): " << tagging_speed(tagger, dev, clusters)
                  << " words/s\n";
    }
    return 0;
}

}  // namespace kg::train
