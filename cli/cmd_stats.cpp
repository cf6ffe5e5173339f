// kgraph stats GRAPH: what a graph holds.
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/graph_options.hpp"
#include "io/reports.hpp"

namespace kg::cli {

int run_stats(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs;
    opts.add_options()
        ("input", po::value(&inputs)->required(), "a saved graph, statements or articles")
        ("top", po::value<std::size_t>()->default_value(10), "the N highest entities by degree (0 = all)");
    po::variables_map vm;
    const std::string command = "stats";
    if (!parse_command({command, "GRAPH [filters] [options]",
                            "Counts entities by type and relations by type, the connected "
                            "components, and lists the best-connected entities (news outlets only "
                            "with --include-media).",
                        "input", kSelection | kLoad},
                       args, opts, vm))
        return 0;
    edge_selection(command, vm);
    const LoadOptions lo = load_options(vm);
    const KnowledgeGraph kg = filter_loaded(command, vm, load_graph(inputs, lo), kSelection);
    std::size_t top = vm["top"].as<std::size_t>();
    if (top == 0) top = kg.node_count();
    lo.timings.time("stats", [&] { io::write_summary(std::cout, kg, top); });
    return 0;
}

}  // namespace kg::cli
