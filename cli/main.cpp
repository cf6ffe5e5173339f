// kgraph: news articles to a typed knowledge graph, and questions about it.
// This file only dispatches to the subcommands and turns errors into messages and exit
// statuses, once, for the whole program.
#include <array>
#include <iostream>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "graph/errors.hpp"

namespace {

struct Command {
    std::string_view name;
    std::string_view summary;
    int (*run)(const kg::cli::Args&);
};

constexpr std::array<Command, 9> kCommands = {{
    {"build", "articles, statements or graphs -> graph files (GraphML, GEXF, DOT, JSON, SVG...)",
     kg::cli::run_build},
    {"extract", "articles -> statements (JSON Lines)", kg::cli::run_extract},
    {"annotate", "text, CoNLL-U or CoNLL-2003 -> tags, dependency trees and entities", kg::cli::run_annotate},
    {"stats", "counts by type and relation, components, the best-connected entities",
     kg::cli::run_stats},
    {"export", "a graph -> another format, optionally filtered or analysed", kg::cli::run_export},
    {"centrality", "rank entities by degree, betweenness, closeness, PageRank...",
     kg::cli::run_centrality},
    {"path", "how two entities connect, with the sentence behind each hop", kg::cli::run_path},
    {"neighbors", "an entity's ego network", kg::cli::run_neighbors},
    {"explain", "why the names of an entity were joined, with the evidence", kg::cli::run_explain},
}};

void print_usage(std::ostream& out) {
    out << "Usage: kgraph COMMAND [OPTIONS] ...\n\nCommands:\n";
    for (const auto& c : kCommands) out << "  " << c.name << std::string(12 - c.name.size(), ' ') << c.summary << "\n";
    out << "\nRun 'kgraph COMMAND --help' for a command's options.\n" << kg::cli::kExitStatusHelp;
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
    if (name == "--version") {
        std::cout << "kgraph 0.1.0\n";
        return 0;
    }
    for (const auto& c : kCommands) {
        if (c.name != name) continue;
        try {
            return c.run(kg::cli::Args(argv + 2, argv + argc));
        } catch (const kg::cli::UsageError& e) {
            std::cerr << "kgraph " << e.command << ": " << e.what() << "\nTry 'kgraph " << e.command
                      << " --help'.\n";
            return 2;
        } catch (const kg::InputError& e) {
            std::cerr << "kgraph " << name << ": " << e.what() << "\n";
            return 1;
        } catch (const std::bad_alloc&) {
            std::cerr << "kgraph " << name << ": out of memory\n";
            return 1;
        } catch (const std::exception& e) {
            std::cerr << "kgraph " << name << ": " << e.what() << "\n";
            return 1;
        }
    }
    std::cerr << "kgraph: unknown command '" << name << "'\nTry 'kgraph --help'.\n";
    return 2;
}
