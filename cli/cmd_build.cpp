// kgraph build INPUT... -o OUT...: articles, statements and saved graphs -> graph files.
#include <iostream>

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
    add_load_options(opts);
    add_style_options(opts);
    add_filter_options(opts, kSelection | kGraphFilters);
    po::positional_options_description pos;
    pos.add("input", -1);
    po::variables_map vm;
    const std::string command = "build";
    if (!parse_command_line(command, "INPUT... -o OUT [-o OUT...] [filters] [options]",
                            "Reads articles, statements and saved graphs, resolves entities across "
                            "them and writes one graph (or the part of it the filters keep) in every "
                            "format asked for, with a summary of what was written.",
                            args, opts, pos, vm))
        return 0;
    auto outs = resolve_outputs(command, outputs, optional_string(vm, "format"), kGraphFormats);
    io::WriteOptions wo = write_options(command, vm);  // usage errors before any work
    edge_selection(command, vm);
    const LoadOptions lo = load_options(vm);
    KnowledgeGraph kg = filter_loaded(command, vm, load_graph(inputs, lo), kSelection | kGraphFilters);
    apply_analyses(kg, vm, wo);
    write_graph_outputs(kg, outs, wo, lo.timings);
    if (!vm.count("quiet")) io::write_summary(writes_to_stdout(outs) ? std::cerr : std::cout, kg, 10);
    return 0;
}

}  // namespace kg::cli
