// kgraph-train ner: trains the entity recogniser on CoNLL-2003 (train), keeping the epoch
// with the best F1 on dev; prints per-epoch dev F1, the final per-kind scores (conlleval's
// layout), the recogniser's speed on dev and the model's size.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/options.hpp"
#include "cli/train/train_commands.hpp"
#include "extract/ner/conll2003.hpp"
#include "extract/ner/gazetteer.hpp"
#include "extract/ner/model.hpp"
#include "extract/ner/score.hpp"
#include "extract/ner/train.hpp"
#include "extract/nlp/clusters.hpp"
#include "graph/errors.hpp"

namespace kg::train {

namespace po = boost::program_options;

int run_ner(const Args& args) {
    po::options_description opts("Options");
    std::string train_path, dev_path, clusters_path, out_path, debian_root, lexicon_dir, predictions_path;
    int epochs = 0;
    unsigned min_updates = 5;
    int name_folds = 4, folds = 4;
    opts.add_options()
        ("train", po::value(&train_path)->required(), "CoNLL-2003 training file (eng.train)")
        ("dev", po::value(&dev_path)->required(), "CoNLL-2003 development file (eng.testa): picks the epoch")
        ("clusters", po::value(&clusters_path), "word clusters model (models/clusters.kgm): cluster features")
        ("output,o", po::value(&out_path)->required(), "the model file to write (models/ner.kgm)")
        ("epochs", po::value(&epochs)->default_value(12), "training epochs (the best on dev is kept)")
        ("predictions", po::value(&predictions_path), "also write the dev predictions there (WORD TAG, IOB2)")
        ("min-updates", po::value(&min_updates)->default_value(5), "drop features updated fewer times (size, speed)")
        ("no-gazetteer", "leave out the gazetteer features")
        ("no-document", "leave out the document stage")
        ("folds", po::value(&folds)->default_value(4), "folds of the first-stage labels the document stage learns from")
        ("name-folds", po::value(&name_folds)->default_value(4), "folds of the names lists (a document sees the others')")
        ("no-names", "leave out the lists of the training data's names")
        ("debian-root", po::value(&debian_root)->default_value("/"), "where the Debian data of the gazetteer is")
        ("lexicon", po::value(&lexicon_dir)->default_value(kg::nlp::ner::default_lexicon_dir()),
         "the extractor's word lists (titles, organisation heads)");
    po::positional_options_description pos;
    po::variables_map vm;
    if (!kg::cli::parse_command_line(
            "kgraph-train ner", "--train FILE --dev FILE [--clusters FILE] -o FILE [options]",
            "Trains the entity recogniser (PER, ORG, LOC, MISC) on CoNLL-2003: an averaged perceptron over "
            "BILOU labels with gazetteers from Debian data, word clusters and a document stage.",
            args, opts, pos, vm))
        return 0;
    if (epochs < 1) throw kg::cli::UsageError("kgraph-train ner", "--epochs must be at least 1");

    auto train = kg::nlp::read_conll2003_file(train_path);
    auto dev = kg::nlp::read_conll2003_file(dev_path);
    kg::nlp::NerTrainOptions o;
    o.epochs = epochs;
    o.gazetteer = !vm.count("no-gazetteer");
    o.document_stage = !vm.count("no-document");
    o.names = !vm.count("no-names");
    o.min_updates = min_updates;
    o.name_folds = name_folds;
    o.folds = folds;
    o.log = &std::cout;
    kg::nlp::WordClusters clusters;
    if (!clusters_path.empty()) {
        clusters = kg::nlp::WordClusters::load(clusters_path);
        o.clusters = &clusters;
    }
    if (o.gazetteer) {
        o.lists = kg::nlp::ner::build_gazetteer(debian_root, lexicon_dir,
                                                [](const std::string& m) { std::cerr << m << "\n"; });
        std::cout << "gazetteer: " << o.lists.entries() << " phrases in " << o.lists.list_names().size() << " lists\n";
    }
    auto start = std::chrono::steady_clock::now();
    auto result = kg::nlp::train_entity_recognizer(train, dev, o);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.recognizer.save(out_path);

    // The saved model, loaded back, on dev: its scores and speed.
    auto r = kg::nlp::EntityRecognizer::load(out_path);
    // Thread CPU time: the speed of one thread whatever else the machine is doing.
    auto cpu = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
    };
    kg::nlp::evaluate(r, dev, o.clusters);  // warm the caches and buffers
    double t0 = cpu();
    auto score = kg::nlp::evaluate(r, dev, o.clusters);
    double eval_seconds = cpu() - t0;
    std::cout << "\ndev (" << dev_path << "), the saved model:\n";
    kg::nlp::print_score(std::cout, score);
    if (!predictions_path.empty()) {
        std::ofstream out(predictions_path);
        std::vector<std::vector<kg::nlp::EntitySpan>> spans(dev.documents.size());
        for (std::size_t d = 0; d < dev.documents.size(); ++d) {
            auto words = kg::nlp::word_views(dev.documents[d]);
            r.recognize(words, o.clusters, spans[d]);
        }
        kg::nlp::write_conll2003(out, dev, spans);
        if (!out) throw kg::InputError(predictions_path + ": cannot write the predictions");
    }
    std::cout << "training: " << static_cast<long>(seconds) << " s; recognition: "
              << static_cast<long>(static_cast<double>(score.tokens) / eval_seconds) << " words/s on one thread\n";
    std::cout << "model: " << out_path << ", " << std::filesystem::file_size(out_path) << " bytes (first stage "
              << r.model().first.features() << " features, " << r.model().first.weights() << " weights; document stage "
              << r.model().second.features() << " features, " << r.model().second.weights() << " weights; gazetteer "
              << r.model().gazetteer.entries() << " keys, names " << r.model().names.entries() << " keys)\n";
    return 0;
}

}  // namespace kg::train
