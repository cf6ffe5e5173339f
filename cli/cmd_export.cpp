// kgraph export GRAPH -o OUT: a graph in other formats, optionally filtered and analysed.
#include <iostream>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "cli/outputs.hpp"
#include "graph/filter.hpp"
#include "graph/name_lookup.hpp"

namespace kg::cli {
namespace {

ExportFilter filter_from(const po::variables_map& vm, const KnowledgeGraph& kg) {
    ExportFilter f;
    f.no_co_mentions = vm.count("no-co-mentions") > 0;
    f.no_hedged = vm.count("no-hedged") > 0;
    if (vm.count("min-weight")) f.min_weight = vm["min-weight"].as<double>();
    if (vm.count("ego")) {
        f.ego = require_name(kg, vm["ego"].as<std::string>());
        f.ego_depth = vm["depth"].as<std::size_t>();
    }
    if (vm.count("type"))
        for (const auto& list : vm["type"].as<std::vector<std::string>>())
            for (const auto& t : split_list(list)) f.types.push_back(parse_type_option("export", "--type", t));
    if (vm.count("top")) f.top = vm["top"].as<std::size_t>();
    const auto& by = vm["by"].as<std::string>();
    auto measure = parse_measure(by);
    if (!measure) throw UsageError("export", "--by: unknown measure '" + by + "'");
    f.by = *measure;
    f.largest_component = vm.count("largest-component") > 0;
    return f;
}

}  // namespace

int run_export(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs, outputs;
    opts.add_options()
        ("input", po::value(&inputs)->required(), "a saved graph, statements or articles")
        ("output,o", po::value(&outputs)->required(), "output file(s); format from the extension")
        ("format", po::value<std::string>(), "format for '-o -' or a file without a known extension");
    po::options_description filters("Filters (applied in this order)");
    filters.add_options()
        ("no-co-mentions", "drop co_mention edges")
        ("no-hedged", "drop hedged and negated edges")
        ("min-weight", po::value<double>(), "drop edges with fewer supporting statements")
        ("ego", po::value<std::string>(), "keep the ego network of this entity (as you would type the name)")
        ("depth", po::value<std::size_t>()->default_value(1), "hops of --ego")
        ("type", po::value<std::vector<std::string>>()->composing(),
         "keep only entities of these types (Person,Organization,Place,Event,Other)")
        ("top", po::value<std::size_t>(), "keep the N highest-ranked entities by --by")
        ("by", po::value<std::string>()->default_value("degree"),
         "measure for --top: degree, strength, betweenness, closeness, harmonic, pagerank, eigenvector, core")
        ("largest-component", "keep the largest connected component");
    opts.add(filters);
    add_load_options(opts);
    add_style_options(opts);
    po::positional_options_description pos;
    pos.add("input", -1);
    po::variables_map vm;
    if (!parse_command_line("export", "GRAPH -o OUT [-o OUT...] [filters] [options]",
                            "Writes a graph in other formats, optionally a filtered view of it "
                            "(for Gephi or Graphviz on a large graph) with every measure as a "
                            "node attribute (--analyze).",
                            args, opts, pos, vm))
        return 0;
    auto outs = resolve_outputs("export", outputs, optional_string(vm, "format"), kGraphFormats);
    io::WriteOptions wo = write_options("export", vm);
    KnowledgeGraph kg = load_graph(inputs, load_options(vm));
    ExportFilter filter = filter_from(vm, kg);
    AnalysisOptions analysis;
    analysis.threads = threads_option(vm);
    analysis.timings = timings_option(vm);
    KnowledgeGraph view = analysis.timings.time("filter", [&] { return filter_graph(kg, filter, analysis); });
    apply_analyses(view, vm, wo);
    write_graph_outputs(view, outs, wo, analysis.timings);
    if (view.node_count() != kg.node_count() || view.edge_count() != kg.edge_count())
        std::cerr << "kept " << view.node_count() << " of " << kg.node_count() << " entities and "
                  << view.edge_count() << " of " << kg.edge_count() << " relations\n";
    return 0;
}

}  // namespace kg::cli
