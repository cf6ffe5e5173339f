// kgraph neighbors GRAPH NAME: an entity's ego network, as a table and as a subgraph.
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/graph_options.hpp"
#include "cli/outputs.hpp"
#include "graph/errors.hpp"
#include "graph/name_lookup.hpp"
#include "io/reports.hpp"

namespace kg::cli {
namespace {

const char* const kDescription =
    "Lists the entities within --depth hops of NAME (its ego network; direction ignored unless\n"
    "--directed, which follows edges out of NAME) with the relations that reach each one: the\n"
    "relation type and label, its direction and how many sentences support it. -o writes the\n"
    "ego network as a graph (.dot, .graphml, .gexf, .json, ...) with the ids and attributes of\n"
    "the whole graph. The filters apply first: the ego network is that of what they leave.";

}  // namespace

int run_neighbors(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> positional, outputs;
    opts.add_options()
        ("names", po::value(&positional)->required(), "GRAPH NAME")
        ("depth,d", po::value<std::size_t>()->default_value(1), "hops from NAME")
        ("output,o", po::value(&outputs), "write the ego network; format from the extension")
        ("format", po::value<std::string>(), "format for '-o -'");
    po::variables_map vm;
    const std::string command = "neighbors";
    if (!parse_command({command, "GRAPH NAME [--depth N] [-o ego.dot|graphml|gexf|json] [filters] [options]",
                            kDescription,
                        "names", kSelection | kView | kLoad},
                       args, opts, vm))
        return 0;
    if (positional.size() != 2) throw UsageError(command, "expected GRAPH NAME");
    const auto outs = resolve_outputs(command, outputs, optional_string(vm, "format"), kGraphFormats);
    const AnalysisOptions ao = analysis_options(command, vm);
    const std::size_t depth = vm["depth"].as<std::size_t>();

    const KnowledgeGraph full = load_graph({positional[0]}, load_options(vm));
    const Vertex center_full = require_name(full, positional[1]);
    const KnowledgeGraph kg = filter_loaded(command, vm, full, kSelection);
    const auto center = kg.find_node_id(full.g[center_full].id);
    if (!center)
        throw InputError(describe_node(full, center_full) +
                         " is left out by the filters (--type, --exclude, --min-degree, --drop-isolates; news "
                         "outlets need --include-media)");
    const auto dist = ao.timings.time("neighbors", [&] { return ego_distances(kg, *center, depth, ao.connection); });
    if (!writes_to_stdout(outs))
        ao.timings.time("write", [&] {
            io::write_ego_table(std::cout, kg, *center, depth, dist, ego_rows(kg, dist, ao.connection));
        });
    if (!outs.empty())
        write_graph_outputs(ego_graph(kg, *center, depth, ao.connection), outs, io::WriteOptions{}, ao.timings);
    return 0;
}

}  // namespace kg::cli
