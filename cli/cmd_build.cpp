// kgraph build INPUT... -o OUT...: articles, statements and saved graphs -> graph files.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "cli/outputs.hpp"
#include "cli/summary.hpp"

namespace kg::cli {

int run_build(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs, outputs;
    opts.add_options()
        ("input", po::value(&inputs)->required(), "article files or folders, '-', statements, saved graphs")
        ("output,o", po::value(&outputs)->required(),
         "output file; the format follows the extension: .graphml .gexf .dot .json .csv .svg .png "
         "(several -o allowed; '-' is standard output with --format)")
        ("format", po::value<std::string>(), "format for '-o -' or a file without a known extension")
        ("top", po::value<std::size_t>()->default_value(10), "entities listed in the summary")
        ("quiet,q", "print no summary");
    add_load_options(opts);
    add_style_options(opts);
    po::positional_options_description pos;
    pos.add("input", -1);
    po::variables_map vm;
    if (!parse_command_line("build", "INPUT... -o OUT [-o OUT...] [options]",
                            "Reads articles, statements and saved graphs, resolves entities across "
                            "them and writes one graph in every format asked for.",
                            args, opts, pos, vm))
        return 0;
    auto outs = resolve_outputs("build", outputs, optional_string(vm, "format"), kGraphFormats);
    io::WriteOptions wo = write_options("build", vm);  // usage errors before any work
    KnowledgeGraph kg = load_graph(inputs, load_options(vm));
    apply_analyses(kg, vm, wo);
    write_graph_outputs(kg, outs, wo, timings_option(vm));
    if (!vm.count("quiet")) print_summary(writes_to_stdout(outs) ? std::cerr : std::cout, kg, vm["top"].as<std::size_t>());
    return 0;
}

}  // namespace kg::cli
