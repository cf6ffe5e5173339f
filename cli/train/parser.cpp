// kgraph-train parser: trains the dependency parser on UD English-EWT train, on the tags a
// tagger predicts (jackknifed: each tenth of the training set tagged by a tagger trained on
// the other nine, so the parser sees tagging mistakes as it will in use), reports dev
// UAS/LAS per epoch, then the final dev scores, parsing speed and model size.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/options.hpp"
#include "cli/train/train_commands.hpp"
#include "extract/nlp/clusters.hpp"
#include "extract/nlp/conllu.hpp"
#include "extract/parser/parser.hpp"
#include "extract/tagger/tagger.hpp"

namespace kg::train {
namespace {

namespace po = boost::program_options;

nlp::ParserSentence gold_sentence(const nlp::ConlluSentence& s) {
    nlp::ParserSentence p;
    for (const auto& w : s.words) {
        p.words.push_back(w.form);
        p.upos.push_back(w.upos);
        p.xpos.push_back(w.xpos);
        p.head.push_back(w.head);
        p.deprel.push_back(w.deprel);
    }
    return p;
}

std::vector<nlp::ParserSentence> gold_sentences(const std::vector<nlp::ConlluSentence>& in) {
    std::vector<nlp::ParserSentence> out;
    out.reserve(in.size());
    for (const auto& s : in) out.push_back(gold_sentence(s));
    return out;
}

// Replaces the tags of `s` by those `tagger` predicts.
void retag(const nlp::Tagger& tagger, const nlp::WordClusters* clusters, nlp::ParserSentence& s) {
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    nlp::Tags tags;
    tagger.tag(words, clusters, tags);
    for (std::size_t i = 0; i < words.size(); ++i) {
        s.upos[i] = tagger.upos_name(tags.upos[i]);
        s.xpos[i] = tagger.xpos_name(tags.xpos[i]);
    }
}

// Jackknifing: the training set is cut into k contiguous folds, and each is tagged by a
// tagger trained on the others (the shipped tagger's options, fewer epochs). Contiguous, not
// interleaved: EWT's sentences come in documents, and a tagger that saw the neighbouring
// sentences of a document tags it better than it will tag new text, so the parser would
// learn to trust tags more than it should (interleaved folds: training UPOS 0.965 against
// 0.954 on dev, and dev UAS and LAS 0.4 lower).
void jackknife(const std::vector<nlp::ConlluSentence>& train, int k, int epochs, const nlp::WordClusters* clusters,
               std::vector<nlp::ParserSentence>& out) {
    nlp::TaggerTrainOptions tagger_options;
    tagger_options.epochs = epochs;
    std::size_t right = 0, words = 0;
    for (int fold = 0; fold < k; ++fold) {
        std::size_t begin = train.size() * static_cast<std::size_t>(fold) / static_cast<std::size_t>(k);
        std::size_t end = train.size() * static_cast<std::size_t>(fold + 1) / static_cast<std::size_t>(k);
        std::vector<nlp::ConlluSentence> rest(train.begin(), train.begin() + static_cast<std::ptrdiff_t>(begin));
        rest.insert(rest.end(), train.begin() + static_cast<std::ptrdiff_t>(end), train.end());
        auto t0 = std::chrono::steady_clock::now();
        nlp::Tagger tagger = nlp::train_tagger(rest, clusters, tagger_options, nullptr);
        for (std::size_t i = begin; i < end; ++i) {
            retag(tagger, clusters, out[i]);
            for (std::size_t w = 0; w < out[i].words.size(); ++w) {
                ++words;
                right += out[i].upos[w] == train[i].words[w].upos;
            }
        }
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::cout << "jackknife fold " << (fold + 1) << "/" << k << " tagged (" << std::setprecision(1) << std::fixed
                  << secs << " s)" << std::endl;
    }
    std::cout << std::setprecision(4) << "jackknifed training tags: UPOS accuracy "
              << static_cast<double>(right) / static_cast<double>(words ? words : 1) << std::endl;
}

// Takes the tags of `tagged` (the same sentences and words) into `out`.
void use_tags(const std::vector<nlp::ConlluSentence>& tagged, const std::string& name,
              std::vector<nlp::ParserSentence>& out) {
    if (tagged.size() != out.size()) throw std::runtime_error(name + ": not the training set's sentences");
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (tagged[i].words.size() != out[i].words.size())
            throw std::runtime_error(name + ":" + std::to_string(tagged[i].first_line) + ": not the training set's words");
        for (std::size_t w = 0; w < out[i].words.size(); ++w) {
            out[i].upos[w] = tagged[i].words[w].upos;
            out[i].xpos[w] = tagged[i].words[w].xpos;
        }
    }
}

void save_tags(const std::vector<nlp::ParserSentence>& tagged, std::vector<nlp::ConlluSentence> conllu,
               const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < conllu.size(); ++i) {
        for (std::size_t w = 0; w < conllu[i].words.size(); ++w) {
            conllu[i].words[w].upos = tagged[i].upos[w];
            conllu[i].words[w].xpos = tagged[i].xpos[w];
        }
        nlp::write_conllu(conllu[i], out);
    }
    if (!out) throw std::runtime_error(path + ": cannot write");
}

// Words per second of parsing `dev` on one thread (the set parsed repeatedly for >= 1 s), by
// the wall clock and by the process's CPU time (the fairer figure on a busy machine).
struct Speed {
    double wall = 0, cpu = 0;
};
Speed parsing_speed(const nlp::Parser& parser, const std::vector<nlp::ParserSentence>& dev,
                    const nlp::WordClusters* clusters) {
    struct Views {
        std::vector<std::string_view> words, upos, xpos;
    };
    std::vector<Views> sentences;
    std::size_t words = 0;
    for (const auto& s : dev) {
        sentences.push_back({{s.words.begin(), s.words.end()}, {s.upos.begin(), s.upos.end()}, {s.xpos.begin(), s.xpos.end()}});
        words += s.words.size();
    }
    nlp::Parse out;
    using Clock = std::chrono::steady_clock;
    auto start = Clock::now();
    std::clock_t cpu_start = std::clock();
    std::size_t parsed = 0;
    double seconds = 0;
    do {
        for (const auto& s : sentences) parser.parse(s.words, s.upos, s.xpos, clusters, out);
        parsed += words;
        seconds = std::chrono::duration<double>(Clock::now() - start).count();
    } while (seconds < 1.0);
    double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    return {static_cast<double>(parsed) / seconds, static_cast<double>(parsed) / (cpu > 0 ? cpu : seconds)};
}

void print_speed(const Speed& s) {
    std::cout << std::setprecision(0) << std::fixed << "parsing speed (one thread, dev): " << s.wall
              << " words/s by the clock, " << s.cpu << " words/s of CPU time\n";
}

void print_scores(const char* what, const nlp::ParserScores& sc) {
    std::cout << std::setprecision(4) << std::fixed << what << ": " << sc.words << " words, UAS " << sc.uas
              << ", LAS " << sc.las << " (universal labels), LAS " << sc.las_full << " (full labels)\n";
}

}  // namespace

int run_parser(const Args& args) {
    po::options_description opts("Options");
    nlp::ParserTrainOptions defaults;
    opts.add_options()
        ("train", po::value<std::string>(), "training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu")
        ("dev", po::value<std::string>(), "development treebank (CoNLL-U): UAS/LAS after each epoch")
        ("tagger", po::value<std::string>(),
         "tagger model (models/tagger.kgm): dev is parsed with its tags, and training uses jackknifed "
         "predicted tags (without it, gold tags everywhere)")
        ("jackknife", po::value<int>()->default_value(5),
         "folds of the jackknifed training tags (with --tagger; 0: train on gold tags)")
        ("jackknife-epochs", po::value<int>()->default_value(6), "training epochs of each jackknife tagger")
        ("train-tags", po::value<std::string>(),
         "take the training tags from this CoNLL-U file (the same words as --train; e.g. written by "
         "--save-train-tags) instead of jackknifing")
        ("save-train-tags", po::value<std::string>(), "write the training set with its jackknifed tags (CoNLL-U)")
        ("evaluate", po::value<std::string>(), "score this parser model on --dev instead of training one")
        ("clusters", po::value<std::string>(), "word clusters model (models/clusters.kgm): adds cluster features")
        ("output,o", po::value<std::string>(), "model file to write (models/parser.kgm)")
        ("epochs", po::value<int>()->default_value(defaults.epochs), "training epochs")
        ("seed", po::value<std::uint32_t>()->default_value(defaults.seed), "seed of the shuffling and exploration")
        ("explore-from", po::value<int>()->default_value(defaults.explore_from),
         "first epoch (0-based) that follows the model's own predictions")
        ("explore-p", po::value<double>()->default_value(defaults.explore_p),
         "probability of following the model's prediction when exploring")
        ("beam", po::value<int>()->default_value(defaults.beam),
         "beam width (1: greedy with the dynamic oracle; wider: beam search trained with max-violation "
         "updates; stored in the model)")
        ("runs", po::value<int>()->default_value(defaults.runs),
         "models trained on different seeds, their weights averaged")
        ("evaluate-beam", po::value<int>(), "with --evaluate: parse with this beam width instead of the model's")
        ("skip-nonprojective", "skip non-projective training trees (default: lift their arcs)")
        ("min-updates", po::value<std::uint32_t>()->default_value(defaults.min_updates),
         "prune features updated fewer times")
        ("min-weight", po::value<float>()->default_value(defaults.min_weight),
         "prune averaged weights smaller than this");
    po::positional_options_description pos;
    po::variables_map vm;
    if (!cli::parse_command_line("kgraph-train parser", "--train FILE [--dev FILE] [--tagger FILE] [--clusters FILE] -o FILE [options]",
                                 "Trains the labelled dependency parser on a CoNLL-U treebank. Deterministic: the "
                                 "same data and options give the same model bytes.",
                                 args, opts, pos, vm))
        return 0;

    nlp::ParserTrainOptions options;
    options.epochs = vm["epochs"].as<int>();
    options.seed = vm["seed"].as<std::uint32_t>();
    options.explore_from = vm["explore-from"].as<int>();
    options.explore_p = vm["explore-p"].as<double>();
    options.lift_nonprojective = !vm.count("skip-nonprojective");
    options.min_updates = vm["min-updates"].as<std::uint32_t>();
    options.min_weight = vm["min-weight"].as<float>();
    options.beam = vm["beam"].as<int>();
    options.runs = vm["runs"].as<int>();
    if (options.runs < 1 || options.runs > 16) throw cli::UsageError("parser", "--runs must be 1 to 16");
    if (options.beam < 1 || options.beam > 256) throw cli::UsageError("parser", "--beam must be 1 to 256");
    if (options.epochs < 1) throw cli::UsageError("parser", "--epochs must be at least 1");
    int folds = vm["jackknife"].as<int>();
    if (folds == 1 || folds < 0) throw cli::UsageError("parser", "--jackknife must be 0 or at least 2");

    std::unique_ptr<nlp::WordClusters> clusters;
    if (vm.count("clusters"))
        clusters = std::make_unique<nlp::WordClusters>(nlp::WordClusters::load(vm["clusters"].as<std::string>()));

    if (vm.count("evaluate")) {
        if (!vm.count("dev")) throw cli::UsageError("parser", "--evaluate needs --dev");
        auto dev = gold_sentences(nlp::read_conllu_file(vm["dev"].as<std::string>(), true));
        nlp::Parser parser = nlp::Parser::load(vm["evaluate"].as<std::string>());
        if (vm.count("evaluate-beam")) parser.set_beam_width(vm["evaluate-beam"].as<int>());
        std::cout << "beam width " << parser.beam_width() << "\n";
        print_scores("dev, gold tags", nlp::evaluate_parser(parser, dev, clusters.get()));
        if (vm.count("tagger")) {
            nlp::Tagger tagger = nlp::Tagger::load(vm["tagger"].as<std::string>());
            for (auto& s : dev) retag(tagger, tagger.uses_clusters() ? clusters.get() : nullptr, s);
            print_scores("dev, predicted tags", nlp::evaluate_parser(parser, dev, clusters.get()));
        }
        print_speed(parsing_speed(parser, dev, clusters.get()));
        return 0;
    }
    if (!vm.count("train") || !vm.count("output"))
        throw cli::UsageError("parser", "--train and --output are required (or --evaluate MODEL with --dev)");
    auto start = std::chrono::steady_clock::now();
    auto train_conllu = nlp::read_conllu_file(vm["train"].as<std::string>(), true);
    std::vector<nlp::ParserSentence> train = gold_sentences(train_conllu);
    std::vector<nlp::ParserSentence> dev, dev_gold_tags;
    if (vm.count("dev")) dev = dev_gold_tags = gold_sentences(nlp::read_conllu_file(vm["dev"].as<std::string>(), true));
    if (vm.count("train-tags"))
        use_tags(nlp::read_conllu_file(vm["train-tags"].as<std::string>()), vm["train-tags"].as<std::string>(), train);
    if (vm.count("tagger")) {
        nlp::Tagger tagger = nlp::Tagger::load(vm["tagger"].as<std::string>());
        const nlp::WordClusters* tagger_clusters = tagger.uses_clusters() ? clusters.get() : nullptr;
        if (tagger.uses_clusters() && !clusters)
            throw cli::UsageError("parser", "the tagger was trained with word clusters: give --clusters too");
        for (auto& s : dev) retag(tagger, tagger_clusters, s);
        if (!vm.count("train-tags") && folds)
            jackknife(train_conllu, folds, vm["jackknife-epochs"].as<int>(), tagger_clusters, train);
        if (vm.count("save-train-tags")) save_tags(train, train_conllu, vm["save-train-tags"].as<std::string>());
    }
    train_conllu.clear();

    nlp::Parser parser = nlp::train_parser(train, clusters.get(), options, &std::cout, dev.empty() ? nullptr : &dev);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    const std::string output = vm["output"].as<std::string>();
    parser.save(output);
    parser = nlp::Parser::load(output);  // scored as shipped: weights quantised in the file
    std::cout << std::fixed << std::setprecision(1) << "trained in " << seconds << " s; " << parser.features()
              << " features\n";
    std::cout << "model " << output << ": " << std::setprecision(2)
              << static_cast<double>(std::filesystem::file_size(output)) / (1024.0 * 1024.0) << " MB\n";
    if (!dev.empty()) {
        if (vm.count("tagger")) print_scores("dev, predicted tags", nlp::evaluate_parser(parser, dev, clusters.get()));
        print_scores("dev, gold tags", nlp::evaluate_parser(parser, dev_gold_tags, clusters.get()));
        print_speed(parsing_speed(parser, dev, clusters.get()));
    }
    return 0;
}

}  // namespace kg::train
