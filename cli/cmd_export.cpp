// kgraph export GRAPH -o OUT: a graph in another format, optionally analysed.
#include "cli/commands.hpp"
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
    add_load_options(opts);
    add_style_options(opts);
    po::positional_options_description pos;
    pos.add("input", -1);
    po::variables_map vm;
    if (!parse_command_line("export", "GRAPH -o OUT [-o OUT...] [options]",
                            "Writes a graph in other formats.", args, opts, pos, vm))
        return 0;
    auto outs = resolve_outputs("export", outputs, optional_string(vm, "format"), kGraphFormats);
    KnowledgeGraph kg = load_graph(inputs, load_options(vm));
    io::WriteOptions wo = write_options("export", vm);
    apply_analyses(kg, vm, wo);
    write_graph_outputs(kg, outs, wo);
    return 0;
}

}  // namespace kg::cli
