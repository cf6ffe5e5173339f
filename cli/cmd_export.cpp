// kgraph export GRAPH -o OUT: a graph in other formats, optionally filtered and analysed.
#include <iostream>

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
    add_filter_options(opts, kSelection | kGraphFilters);
    add_load_options(opts);
    add_style_options(opts);
    po::positional_options_description pos;
    pos.add("input", -1);
    po::variables_map vm;
    const std::string command = "export";
    if (!parse_command_line(command, "GRAPH -o OUT [-o OUT...] [filters] [options]",
                            "Writes a graph in other formats, optionally a filtered view of it "
                            "(for Gephi or Graphviz on a large graph) with every measure as a "
                            "node attribute (--analyze).",
                            args, opts, pos, vm))
        return 0;
    auto outs = resolve_outputs(command, outputs, optional_string(vm, "format"), kGraphFormats);
    io::WriteOptions wo = write_options(command, vm);
    edge_selection(command, vm);  // usage errors before any work
    const LoadOptions lo = load_options(vm);
    KnowledgeGraph view = filter_loaded(command, vm, load_graph(inputs, lo), kSelection | kGraphFilters);
    apply_analyses(view, vm, wo);
    write_graph_outputs(view, outs, wo, lo.timings);
    return 0;
}

}  // namespace kg::cli
