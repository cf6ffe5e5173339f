// kgraph centrality GRAPH: rank entities by degree, betweenness, closeness, PageRank...
#include <algorithm>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/filter_options.hpp"
#include "cli/graph_options.hpp"
#include "graph/analyze.hpp"
#include "io/reports.hpp"

namespace kg::cli {
namespace {

const char* const kDescription =
    "Ranks entities by centrality on the connection graph: one link per pair of entities whatever\n"
    "the relations between them, weighted by the number of statements; co_mention edges only\n"
    "with --co-mentions; direction ignored unless --directed. Values follow NetworkX 2.8's\n"
    "definitions and normalisation on that graph (n = number of entities):\n"
    "  degree       number of neighbours (directed: in + out), not normalised\n"
    "  in_degree    links into the entity, out_degree links out of it (always by edge direction)\n"
    "  strength     sum of the weights of its links\n"
    "  betweenness  sum over pairs s,t of the share of shortest s-t paths through the entity\n"
    "               (Brandes), normalised by 2/((n-1)(n-2)) undirected, 1/((n-1)(n-2)) directed;\n"
    "               --samples K: from K sampled sources, scaled by n/K (exact when K = n)\n"
    "  closeness    (r-1)/(sum of distances from the r-1 entities that reach it), times\n"
    "               (r-1)/(n-1) (Wasserman-Faust, for disconnected graphs); incoming when directed\n"
    "  harmonic     sum of 1/distance from every other entity, not normalised\n"
    "  pagerank     random-walk share, damping --alpha, dangling entities jump uniformly; sums to 1\n"
    "  eigenvector  principal eigenvector of the adjacency matrix (power iteration on A + I),\n"
    "               unit Euclidean norm; left eigenvector (incoming links) when directed\n"
    "  core         k-core number: the largest k with the entity in the k-core\n"
    "  community    Louvain community (seeded by --seed, --resolution), numbered by first entity\n"
    "With --weighted, distances are 1/weight (a stronger tie is shorter) and PageRank, eigenvector\n"
    "and communities use the weights. Rows are sorted by the first measure, highest first (community:\n"
    "lowest number first), ties by label, then id. The filters apply before the measures: the\n"
    "measures are those of the graph the filters leave.";

const std::vector<Measure> kDefaultMeasures = {
    Measure::degree,    Measure::in_degree, Measure::out_degree,  Measure::strength,
    Measure::betweenness, Measure::closeness, Measure::harmonic, Measure::pagerank,
    Measure::eigenvector, Measure::core};

}  // namespace

int run_centrality(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs;
    opts.add_options()
        ("input", po::value(&inputs)->required(), "a saved graph, statements or articles")
        ("measure,m", po::value<std::string>(),
         "comma-separated measures (default: degree,in_degree,out_degree,strength,betweenness,"
         "closeness,harmonic,pagerank,eigenvector,core; also: community)")
        ("top,n", po::value<std::size_t>(),
         "the N highest rows (0 = all; default 20 for the table, all for csv and json)")
        ("format", po::value<std::string>()->default_value("table"), "table, csv or json")
        ("samples", po::value<std::size_t>()->default_value(0),
         "estimate betweenness from this many sampled sources (0 = exact)")
        ("seed", po::value<std::uint64_t>()->default_value(0), "seed for --samples and communities")
        ("alpha", po::value<double>()->default_value(0.85, "0.85"), "PageRank damping factor")
        ("tol", po::value<double>()->default_value(1e-6, "1e-6"),
         "PageRank and eigenvector tolerance (stop when the L1 change < n * tol)")
        ("max-iter", po::value<std::size_t>()->default_value(100),
         "PageRank and eigenvector iterations at most")
        ("resolution", po::value<double>()->default_value(1.0), "Louvain resolution");
    po::variables_map vm;
    const std::string command = "centrality";
    if (!parse_command({command, "GRAPH [--measure LIST] [--top N] [--format table|csv|json] [filters] [options]",
                            kDescription,
                        "input", kSelection | kView | kLoad},
                       args, opts, vm))
        return 0;
    std::vector<Measure> measures = kDefaultMeasures;
    if (vm.count("measure")) {
        measures.clear();
        for (const auto& name : split_list(vm["measure"].as<std::string>())) {
            auto m = parse_measure(name);
            if (!m)
                throw UsageError(command, "unknown measure '" + name + "'; valid values: degree, in_degree, "
                                          "out_degree, strength, betweenness, closeness, harmonic, pagerank, "
                                          "eigenvector, core, community");
            if (std::find(measures.begin(), measures.end(), *m) == measures.end()) measures.push_back(*m);
        }
        if (measures.empty()) throw UsageError(command, "--measure needs at least one measure");
    }
    const std::string format = vm["format"].as<std::string>();
    io::RankingFormat rf = io::RankingFormat::Table;
    if (format == "csv") rf = io::RankingFormat::Csv;
    else if (format == "json") rf = io::RankingFormat::Json;
    else if (format != "table")
        throw UsageError(command, "--format must be table, csv or json, not '" + format + "'");
    AnalysisOptions ao = analysis_options(command, vm);
    ao.samples = vm["samples"].as<std::size_t>();
    ao.seed = vm["seed"].as<std::uint64_t>();
    ao.alpha = vm["alpha"].as<double>();
    ao.pagerank_tol = ao.eigenvector_tol = vm["tol"].as<double>();
    ao.max_iter = vm["max-iter"].as<std::size_t>();
    ao.resolution = vm["resolution"].as<double>();
    if (!(ao.alpha >= 0.0 && ao.alpha <= 1.0)) throw UsageError(command, "--alpha must be in [0, 1]");
    if (!(ao.pagerank_tol > 0.0)) throw UsageError(command, "--tol must be positive");

    const KnowledgeGraph kg = filter_loaded(command, vm, load_graph(inputs, load_options(vm)), kSelection);
    const Measures values = compute_measures(kg, ao, measures);
    if (!values.pagerank_converged)
        std::cerr << "warning: PageRank did not converge in " << ao.max_iter << " iterations\n";
    if (!values.eigenvector_converged)
        std::cerr << "warning: eigenvector centrality did not converge in " << ao.max_iter
                  << " iterations\n";
    std::vector<std::size_t> rows = rank_nodes(kg, values, measures.front());
    const std::size_t top = vm.count("top") ? vm["top"].as<std::size_t>() : rf == io::RankingFormat::Table ? 20 : 0;
    if (top > 0 && rows.size() > top) rows.resize(top);
    ao.timings.time("write", [&] { io::write_ranking(std::cout, kg, rows, measures, values, rf); });
    return 0;
}

}  // namespace kg::cli
