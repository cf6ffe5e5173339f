// kgraph path GRAPH FROM TO: how two entities connect, with the sentence behind each hop.
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/graph_options.hpp"
#include "graph/errors.hpp"
#include "graph/name_lookup.hpp"
#include "graph/paths.hpp"
#include "io/reports.hpp"

namespace kg::cli {
namespace {

const char* const kDescription =
    "Finds how FROM connects to TO on the connection graph (one link per pair of entities,\n"
    "direction ignored unless --directed) and prints, for every hop, the relations behind it\n"
    "with their type, label, direction and evidence sentence. Single-pair searches run from\n"
    "both ends at once (bidirectional BFS, or bidirectional Dijkstra with --weighted, where a\n"
    "stronger tie is a shorter distance 1/weight). Names are read as a person types them\n"
    "(case and accents ignored, aliases, a surname alone when unique). \"No path\" is an\n"
    "answer (exit 0): it says which connected components the two ends are in. The filters apply\n"
    "first: paths run through what they leave (--exclude NAME: never through NAME).";

// The node of `full`'s vertex v in the filtered graph; an InputError when the filters left it out.
Vertex in_view(const KnowledgeGraph& full, Vertex v, const KnowledgeGraph& view) {
    if (auto w = view.find_node_id(full.g[v].id)) return *w;
    throw InputError(describe_node(full, v) + " is left out by the filters (--type, --exclude, --min-degree, "
                                              "--drop-isolates; news outlets need --include-media)");
}

}  // namespace

int run_path(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> positional;
    opts.add_options()
        ("names", po::value(&positional)->required(), "GRAPH FROM TO")
        ("all", "every shortest path (at most --limit)")
        ("k", po::value<std::size_t>(), "the K shortest simple paths (Yen's algorithm)")
        ("limit", po::value<std::size_t>()->default_value(100), "paths printed by --all at most")
        ("max-hops", po::value<std::size_t>(), "paths of at most this many hops")
        ("via", po::value<std::string>(), "intermediate entities of this type only (e.g. Person)")
        ("format", po::value<std::string>()->default_value("text"), "text, json or dot");
    po::variables_map vm;
    const std::string command = "path";
    if (!parse_command({command, "GRAPH FROM TO [--all | --k N] [--max-hops N] [--via TYPE] [filters] [options]",
                            kDescription,
                        "names", kSelection | kView | kLoad},
                       args, opts, vm))
        return 0;
    if (positional.size() != 3) throw UsageError(command, "expected GRAPH FROM TO");
    const std::string format = vm["format"].as<std::string>();
    io::PathFormat pf = io::PathFormat::Text;
    if (format == "json") pf = io::PathFormat::Json;
    else if (format == "dot") pf = io::PathFormat::Dot;
    else if (format != "text") throw UsageError(command, "--format must be text, json or dot, not '" + format + "'");
    const AnalysisOptions ao = analysis_options(command, vm);
    PathOptions po_;
    po_.connection = ao.connection;
    po_.weighted = ao.weighted;
    if (vm.count("max-hops")) po_.max_hops = vm["max-hops"].as<std::size_t>();
    if (vm.count("via")) po_.via = node_type_value(command, "--via", vm["via"].as<std::string>());
    if (vm.count("all") && vm.count("k")) throw UsageError(command, "--all and --k exclude each other");
    if (vm.count("all")) {
        po_.mode = PathOptions::Mode::all;
        po_.limit = vm["limit"].as<std::size_t>();
    } else if (vm.count("k")) {
        po_.mode = PathOptions::Mode::k_shortest;
        po_.k = vm["k"].as<std::size_t>();
        if (po_.k == 0) throw UsageError(command, "--k must be at least 1");
    }
    edge_selection(command, vm);

    const KnowledgeGraph full = load_graph({positional[0]}, load_options(vm));
    const Vertex from_full = require_name(full, positional[1]);
    const Vertex to_full = require_name(full, positional[2]);
    if (vm.count("exclude"))
        for (const auto& name : vm["exclude"].as<std::vector<std::string>>()) {
            const Vertex v = require_name(full, name);
            if (v == from_full || v == to_full)
                throw UsageError(command, "--exclude " + name + " names one end of the path");
        }
    const KnowledgeGraph kg = filter_loaded(command, vm, full, kSelection);
    const Vertex from = in_view(full, from_full, kg), to = in_view(full, to_full, kg);
    const PathAnswer ans = ao.timings.time("path", [&] { return find_paths(kg, from, to, po_); });
    ao.timings.time("write", [&] { io::write_paths(std::cout, kg, from, to, ans, po_, pf); });
    return 0;
}

}  // namespace kg::cli
