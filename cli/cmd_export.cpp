// kgraph export GRAPH -o OUT: a graph in other formats, optionally filtered and analysed.
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/graph_options.hpp"
#include "cli/outputs.hpp"

namespace kg::cli {

int run_export(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs, outputs;
    opts.add_options()
        ("input", po::value(&inputs)->required(), "a saved graph, statements or articles")
        ("output,o", po::value(&outputs)->required(), "output file(s); format from the extension")
        ("format", po::value<std::string>(), "format for '-o -' or a file without a known extension");
    po::variables_map vm;
    const std::string command = "export";
    if (!parse_command({command, "GRAPH -o OUT [-o OUT...] [filters] [options]",
                            "Writes a graph in other formats, optionally a filtered view of it "
                            "(for Gephi or Graphviz on a large graph) with every measure as a "
                            "node attribute (--analyze).",
                        "input", kSelection | kGraphFilters | kLoad | kStyle},
                       args, opts, vm))
        return 0;
    write_filtered_graph(command, vm, inputs, outputs);
    return 0;
}

}  // namespace kg::cli
