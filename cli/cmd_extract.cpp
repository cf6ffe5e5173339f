// kgraph extract INPUT... [-o statements.jsonl]: articles -> statements (JSON Lines).
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "io/io.hpp"

namespace kg::cli {

int run_extract(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs;
    std::string output = "-";
    opts.add_options()
        ("input", po::value(&inputs)->required(), "article files or folders, '-', article JSON Lines")
        ("output,o", po::value(&output), "statements file (JSON Lines); default: standard output")
        ("no-progress", "never print a progress line");
    po::variables_map vm;
    if (!parse_command({"extract", "INPUT... [-o statements.jsonl] [options]",
                            "Reads news articles (.txt, .md, folders, '-', JSON Lines of articles) "
                            "and writes the entities and relations found in them as statements "
                            "(one JSON object per line, see DESIGN.md). Statement and graph "
                            "inputs are passed through.",
                        "input", kLoad},
                       args, opts, vm))
        return 0;
    LoadOptions lo = load_options(vm);
    lo.progress = vm.count("no-progress") == 0;
    const StatementSet out = load_statements(inputs, lo);
    PhaseTimer::Scope timed(lo.timings, "write");
    io::write_file_atomically(output, [&](std::ostream& os) { io::write_statements(out, os); });
    return 0;
}

}  // namespace kg::cli
