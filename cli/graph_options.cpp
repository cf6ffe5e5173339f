#include "cli/graph_options.hpp"

#include <iostream>

#include "cli/filter_options.hpp"
#include "cli/outputs.hpp"
#include "graph/analyze.hpp"

namespace kg::cli {

void add_load_options(po::options_description& opts) {
    opts.add_options()
        ("threads", po::value<unsigned>()->default_value(0), "worker threads (0 = all cores)")
        ("strict", "stop at the first bad statement line instead of skipping it")
        ("co-mentions", "add co_mention edges (named in the same sentence, no stated relation)")
        ("models", po::value<std::string>(),
         "folder of the trained models used to read articles (default: the shipped ones)");
}

LoadOptions load_options(const po::variables_map& vm) {
    LoadOptions o;
    o.strict = vm.count("strict") > 0;
    o.co_mentions = vm.count("co-mentions") > 0;
    o.threads = threads_option(vm);
    o.timings = timings_option(vm);
    if (vm.count("models")) o.models_dir = vm["models"].as<std::string>();
    return o;
}

void add_style_options(po::options_description& opts) {
    opts.add_options()
        ("analyze", "compute every centrality measure and the communities as node attributes")
        ("color", po::value<std::string>()->default_value("type"),
         "node colours in GEXF, DOT and pictures: 'type' or 'community' (implies --analyze)")
        ("gexf-version", po::value<std::string>()->default_value("1.3"),
         "GEXF written: '1.3' (Gephi, NetworkX 3) or '1.2' (1.2draft, for NetworkX 2)");
}

io::WriteOptions write_options(const std::string& command, const po::variables_map& vm) {
    io::WriteOptions o;
    const auto& color = vm["color"].as<std::string>();
    if (color == "community") o.color_by = io::WriteOptions::ColorBy::Community;
    else if (color != "type")
        throw UsageError(command, "--color must be 'type' or 'community', not '" + color + "'");
    const auto& gexf = vm["gexf-version"].as<std::string>();
    if (gexf == "1.2" || gexf == "1.2draft") o.gexf_version = io::WriteOptions::GexfVersion::V1_2draft;
    else if (gexf != "1.3")
        throw UsageError(command, "--gexf-version must be '1.3' or '1.2', not '" + gexf + "'");
    return o;
}

void apply_analyses(KnowledgeGraph& kg, const po::variables_map& vm, const io::WriteOptions& wo) {
    if (!vm.count("analyze") && wo.color_by != io::WriteOptions::ColorBy::Community) return;
    AnalysisOptions options;
    options.threads = threads_option(vm);
    options.timings = timings_option(vm);
    // The selection's view (co-mentions, hedged, relations, outlets), as every analysis reads it.
    options.connection = connection_options(edge_selection("analyze", vm));
    // Colouring by community alone needs only Louvain, not the costlier path measures.
    const std::vector<Measure> which =
        vm.count("analyze") ? all_measures() : std::vector<Measure>{Measure::community};
    AnalysisSummary summary = annotate_analyses(kg, options, which);
    if (!summary.pagerank_converged)
        std::cerr << "warning: PageRank did not converge; its values are the last iteration's\n";
    if (!summary.eigenvector_converged)
        std::cerr << "warning: eigenvector centrality did not converge; its values are the last "
                     "iteration's\n";
}

KnowledgeGraph write_filtered_graph(const std::string& command, const po::variables_map& vm,
                                    const std::vector<std::string>& inputs,
                                    const std::vector<std::string>& outputs) {
    const auto outs = resolve_outputs(command, outputs, optional_string(vm, "format"), kGraphFormats);
    const io::WriteOptions wo = write_options(command, vm);
    edge_selection(command, vm);  // usage errors before any work
    const LoadOptions lo = load_options(vm);
    KnowledgeGraph kg = filter_loaded(command, vm, load_graph(inputs, lo), kSelection | kGraphFilters);
    apply_analyses(kg, vm, wo);
    write_graph_outputs(kg, outs, wo, lo.timings);
    return kg;
}

std::optional<std::string> optional_string(const po::variables_map& vm, const char* name) {
    if (!vm.count(name)) return std::nullopt;
    return vm[name].as<std::string>();
}

}  // namespace kg::cli
