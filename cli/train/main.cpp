// kgraph-train COMPONENT [OPTIONS]: trains one model of the NLP core. Dispatch and error
// reporting only; the training itself is in each component's library.
#include <array>
#include <iostream>
#include <string_view>

#include "cli/options.hpp"
#include "cli/train/train_commands.hpp"
#include "graph/errors.hpp"

namespace {

struct Command {
    std::string_view name;
    std::string_view summary;
    int (*run)(const kg::train::Args&);
};

constexpr std::array<Command, 5> kCommands = {{
    {"clusters", "word clusters from unlabelled text (Reuters-21578, treebank text)", kg::train::run_clusters},
    {"tagger", "part-of-speech tagger (UPOS and XPOS) from UD English-EWT", kg::train::run_tagger},
    {"parser", "dependency parser from UD English-EWT", kg::train::run_parser},
    {"ner", "entity recogniser from CoNLL-2003", kg::train::run_ner},
    {"relations", "relation classifier from CoNLL04 and CrossRE news (reads with the other four)", kg::train::run_relations},
}};

void print_usage(std::ostream& out) {
    out << "Usage: kgraph-train COMPONENT [OPTIONS]\n\nComponents (train in this order):\n";
    for (const auto& c : kCommands) out << "  " << c.name << std::string(10 - c.name.size(), ' ') << c.summary << "\n";
    out << "\nmodels/retrain.sh retrains every shipped model. Run 'kgraph-train COMPONENT --help' for options.\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    if (argc < 2) {
        print_usage(std::cerr);
        return 2;
    }
    std::string_view name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        print_usage(std::cout);
        return 0;
    }
    for (const auto& c : kCommands) {
        if (c.name != name) continue;
        try {
            return c.run(kg::train::Args(argv + 2, argv + argc));
        } catch (const kg::cli::UsageError& e) {
            std::cerr << "kgraph-train " << name << ": " << e.what() << "\n";
            return 2;
        } catch (const std::exception& e) {
            std::cerr << "kgraph-train " << name << ": " << e.what() << "\n";
            return 1;
        }
    }
    std::cerr << "kgraph-train: unknown component '" << name << "'\nTry 'kgraph-train --help'.\n";
    return 2;
}
