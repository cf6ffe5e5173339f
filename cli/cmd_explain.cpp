// kgraph explain GRAPH NAME: why the names of a node were joined.
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "graph/explain_names.hpp"

namespace kg::cli {
namespace {

const char* const kDescription =
    "Prints the node NAME resolves to and each of its names (label and aliases) with the rule\n"
    "that joined it and the evidence: the article and the sentence. GRAPH is a saved graph\n"
    "(.graphml, .json), statements or articles. NAME is typed as a person would (case and\n"
    "accents ignored, aliases, a surname alone when unique, or a node id); an unknown name\n"
    "lists the closest names, an ambiguous one the entities it fits.";

}  // namespace

int run_explain(const Args& args) {
    const char* command = "explain";
    po::options_description opts("Options");
    std::vector<std::string> positional;
    opts.add_options()("names", po::value(&positional)->required(), "GRAPH NAME");
    po::variables_map vm;
    if (!parse_command({command, "GRAPH NAME [options]", kDescription,
                        "names", kLoad},
                       args, opts, vm)) return 0;
    if (positional.size() != 2) throw UsageError(command, "expected GRAPH NAME");
    const KnowledgeGraph kg = load_graph({positional[0]}, load_options(vm));
    timings_option(vm).time("explain", [&] { explain_names(std::cout, kg, positional[1]); });
    return 0;
}

}  // namespace kg::cli
