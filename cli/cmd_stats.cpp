// kgraph stats GRAPH: what a graph holds.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "cli/summary.hpp"

namespace kg::cli {

int run_stats(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs;
    opts.add_options()
        ("input", po::value(&inputs)->required(), "a saved graph, statements or articles")
        ("top", po::value<std::size_t>()->default_value(10), "entities listed by degree");
    add_load_options(opts);
    po::positional_options_description pos;
    pos.add("input", -1);
    po::variables_map vm;
    if (!parse_command_line("stats", "GRAPH [options]",
                            "Counts entities by type and relations by type, the connected "
                            "components, and lists the best-connected entities.",
                            args, opts, pos, vm))
        return 0;
    KnowledgeGraph kg = load_graph(inputs, load_options(vm));
    timings_option(vm).time("stats", [&] { print_summary(std::cout, kg, vm["top"].as<std::size_t>()); });
    return 0;
}

}  // namespace kg::cli
