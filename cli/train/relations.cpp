// kgraph-train relations: trains the relation classifier, its typed relations on CoNLL04 and
// its links on CrossRE news, keeping the epoch with the best F1 on both dev sets (where the
// extractor's rules and the classifier are measured together, as issue 10 measures kgraph)
// and the margins with the best F1 on each.
#include <filesystem>
#include <iostream>

#include "cli/options.hpp"
#include "cli/train/train_commands.hpp"
#include "extract/core/models.hpp"
#include "extract/relation_training.hpp"

namespace kg::train {

namespace po = boost::program_options;

namespace {

void print_scores(const char* what, const kg::extract::RelationScores& s) {
    std::cout << what << ": P " << s.precision() << " R " << s.recall() << " F1 " << s.f1() << " (tp "
              << s.true_positives << ", system " << s.system << ", gold " << s.gold << ")\n";
}

std::string base_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

int run_relations(const Args& args) {
    po::options_description opts("Options");
    std::string train_path, dev_path, models_dir, out_path, link_dev_path;
    std::vector<std::string> link_train_paths;
    kg::extract::RelationTrainOptions o;
    opts.add_options()
        ("train", po::value(&train_path)->required(), "CoNLL04 training sentences (conll04_train.json)")
        ("dev", po::value(&dev_path)->required(), "CoNLL04 development sentences: picks the epoch and the margin")
        ("link-train", po::value(&link_train_paths)->composing(),
         "CrossRE news sentences for the links (JSON Lines; repeatable)")
        ("link-dev", po::value(&link_dev_path), "CrossRE news sentences: picks the link margin")
        ("models", po::value(&models_dir)->required(),
         "the folder of the NLP core the extractor runs with (clusters, tagger, parser, ner)")
        ("output,o", po::value(&out_path)->required(), "the model file to write (models/relations.kgm)")
        ("epochs", po::value(&o.epochs)->default_value(12), "training epochs (the best on dev is kept)")
        ("runs", po::value(&o.runs)->default_value(5),
         "perceptrons trained on their own shuffles and averaged (less swayed by one order of examples)")
        ("min-updates", po::value(&o.min_updates)->default_value(1), "drop features updated fewer times")
        ("margin", po::value<float>(), "state a relation above this margin over none (default: the best on dev)")
        ("link-margin", po::value<float>(), "state a link above this margin over none (default: the best on dev)");
    po::positional_options_description pos;
    po::variables_map vm;
    if (!kg::cli::parse_command_line(
            "kgraph-train relations", "--train FILE --dev FILE --models DIR -o FILE [options]",
            "Trains the relation classifier over the entities the extractor finds: Work_For, Live_In, OrgBased_In "
            "and Located_In on CoNLL04, links of any other kind on CrossRE news; an averaged perceptron over words, "
            "dependency paths and the rules' findings.",
            args, opts, pos, vm))
        return 0;
    if (o.epochs < 1) throw kg::cli::UsageError("kgraph-train relations", "--epochs must be at least 1");
    if (o.runs < 1) throw kg::cli::UsageError("kgraph-train relations", "--runs must be at least 1");

    kg::extract::RelationCorpus corpus;
    corpus.typed_train = kg::extract::read_conll04(train_path);
    corpus.typed_dev = kg::extract::read_conll04(dev_path);
    for (const std::string& path : link_train_paths) {
        auto more = kg::extract::read_crossre(path);
        corpus.link_train.insert(corpus.link_train.end(), more.begin(), more.end());
    }
    if (!link_dev_path.empty()) corpus.link_dev = kg::extract::read_crossre(link_dev_path);
    const auto models = kg::nlp::Models::load_without_relations(models_dir);
    o.log = &std::cout;
    auto result = kg::extract::train_relation_model(corpus, models, o);
    if (vm.count("margin")) {
        result.model.margin = vm["margin"].as<float>();
        std::cout << "margin set to " << result.model.margin << " (the best on dev: " << result.dev.f1() << " F1)\n";
    }
    if (vm.count("link-margin")) {
        result.model.link_margin = vm["link-margin"].as<float>();
        std::cout << "link margin set to " << result.model.link_margin << " (the best on dev: " << result.link_dev.f1()
                  << " F1)\n";
    }
    print_scores("typed dev, the rules alone", result.dev_rules);
    print_scores("typed dev, rules and classifier", result.dev);
    print_scores("link dev, the rules alone", result.link_dev_rules);
    print_scores("link dev, rules and classifier", result.link_dev);
    result.model.about = "CoNLL04 " + base_name(train_path) + " (" + std::to_string(corpus.typed_train.size()) +
                         " sentences), CrossRE news (" + std::to_string(corpus.link_train.size()) +
                         " sentences); " + std::to_string(o.runs) + " runs averaged, epoch " +
                         std::to_string(result.best_epoch) + "; typed dev F1 " +
                         std::to_string(result.dev.f1()) + ", link dev F1 " + std::to_string(result.link_dev.f1());
    result.model.save(out_path);
    const auto back = kg::nlp::RelationModel::load(out_path);
    std::cout << "model: " << out_path << ", " << std::filesystem::file_size(out_path) << " bytes ("
              << back.weights.features() << " features, " << back.weights.weights() << " weights, margin "
              << back.margin << ", link margin " << back.link_margin << ")\n";
    return 0;
}

}  // namespace kg::train
