// kgraph build INPUT... -o OUT...: articles, statements and saved graphs -> graph files.
#include <algorithm>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/graph_options.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/outputs.hpp"
#include "io/reports.hpp"

namespace kg::cli {

int run_build(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs, outputs;
    opts.add_options()
        ("input", po::value(&inputs)->required(), "article files or folders, '-', statements, saved graphs")
        ("output,o", po::value(&outputs)->required(),
         "output file; the format follows the extension: .graphml .gexf .dot .json .csv .edges.csv .svg .png "
         "(several -o allowed; '-' is standard output with --format)")
        ("format", po::value<std::string>(), "format for '-o -' or a file without a known extension")
        ("quiet,q", "print no summary");
    po::variables_map vm;
    const std::string command = "build";
    if (!parse_command({command, "INPUT... -o OUT [-o OUT...] [filters] [options]",
                            "Reads articles, statements and saved graphs, resolves entities across "
                            "them and writes one graph (or the part of it the filters keep) in every "
                            "format asked for, with a summary of what was written.",
                        "input", kSelection | kGraphFilters | kLoad | kStyle},
                       args, opts, vm))
        return 0;
    const KnowledgeGraph kg = write_filtered_graph(command, vm, inputs, outputs);
    // Standard output may hold the graph itself: the summary goes to stderr then.
    const bool graph_on_stdout = std::find(outputs.begin(), outputs.end(), "-") != outputs.end();
    if (!vm.count("quiet")) io::write_summary(graph_on_stdout ? std::cerr : std::cout, kg, 10);
    return 0;
}

}  // namespace kg::cli
