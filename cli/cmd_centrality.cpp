// kgraph centrality GRAPH: rank entities by degree, betweenness, closeness, PageRank...
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <numeric>
#include <sstream>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "graph/analyze.hpp"

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
    "and communities use the weights. Rows are sorted by the first measure, highest first.";

const std::vector<Measure> kDefaultMeasures = {
    Measure::degree,    Measure::in_degree, Measure::out_degree,  Measure::strength,
    Measure::betweenness, Measure::closeness, Measure::harmonic, Measure::pagerank,
    Measure::eigenvector, Measure::core};

bool is_integer_measure(Measure m) { return column_kind(m) == AttrKind::Long; }

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string table_number(Measure m, double x) {
    if (is_integer_measure(m)) return std::to_string(static_cast<long long>(x));
    std::ostringstream s;
    s << std::setprecision(6) << x;
    return s.str();
}

std::string exact_number(Measure m, double x) {
    if (is_integer_measure(m)) return std::to_string(static_cast<long long>(x));
    return format_number(x);
}

void print_table(std::ostream& out, const KnowledgeGraph& kg, const std::vector<std::size_t>& rows,
                 const std::vector<Measure>& measures, const Measures& values) {
    std::vector<std::vector<std::string>> cells;
    std::vector<std::string> header = {"rank", "label", "type"};
    for (Measure m : measures) header.emplace_back(to_string(m));
    cells.push_back(header);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const NodeProps& n = kg.g[rows[i]];
        std::vector<std::string> line = {std::to_string(i + 1), n.label, std::string(to_string(n.type))};
        for (Measure m : measures) line.push_back(table_number(m, values.value(m, rows[i])));
        cells.push_back(std::move(line));
    }
    std::vector<std::size_t> width(header.size(), 0);
    for (const auto& line : cells)
        for (std::size_t c = 0; c < line.size(); ++c) width[c] = std::max(width[c], line[c].size());
    for (const auto& line : cells) {
        for (std::size_t c = 0; c < line.size(); ++c) {
            const bool left = c == 1 || c == 2;
            const std::string pad(width[c] - line[c].size(), ' ');
            if (c) out << "  ";
            if (left)
                out << line[c] << (c + 1 < line.size() ? pad : "");
            else
                out << pad << line[c];
        }
        out << "\n";
    }
}

void print_csv(std::ostream& out, const KnowledgeGraph& kg, const std::vector<std::size_t>& rows,
               const std::vector<Measure>& measures, const Measures& values) {
    out << "id,label,type";
    for (Measure m : measures) out << "," << to_string(m);
    out << "\n";
    for (std::size_t v : rows) {
        const NodeProps& n = kg.g[v];
        out << csv_field(n.id) << "," << csv_field(n.label) << "," << to_string(n.type);
        for (Measure m : measures) out << "," << exact_number(m, values.value(m, v));
        out << "\n";
    }
}

void print_json(std::ostream& out, const KnowledgeGraph& kg, const std::vector<std::size_t>& rows,
                const std::vector<Measure>& measures, const Measures& values) {
    rapidjson::OStreamWrapper os(out);
    rapidjson::Writer<rapidjson::OStreamWrapper> w(os);
    w.StartArray();
    for (std::size_t v : rows) {
        const NodeProps& n = kg.g[v];
        w.StartObject();
        w.Key("id");
        w.String(n.id.c_str(), static_cast<rapidjson::SizeType>(n.id.size()));
        w.Key("label");
        w.String(n.label.c_str(), static_cast<rapidjson::SizeType>(n.label.size()));
        w.Key("type");
        w.String(std::string(to_string(n.type)).c_str());
        for (Measure m : measures) {
            w.Key(std::string(to_string(m)).c_str());
            if (is_integer_measure(m))
                w.Int64(static_cast<std::int64_t>(values.value(m, v)));
            else
                w.RawValue(format_number(values.value(m, v)).c_str(),
                           format_number(values.value(m, v)).size(), rapidjson::kNumberType);
        }
        w.EndObject();
    }
    w.EndArray();
    os.Flush();
    out << "\n";
}

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
         "rows to print, highest first (0 = all; default 20 for the table, all for csv and json)")
        ("type", po::value<std::string>(), "only entities of this type (Person, Organization, ...)")
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
    add_connection_options(opts);
    add_load_options(opts);
    po::positional_options_description pos;
    pos.add("input", -1);
    po::variables_map vm;
    if (!parse_command_line("centrality", "GRAPH [--measure LIST] [--top N] [--format table|csv|json] [options]",
                            kDescription, args, opts, pos, vm))
        return 0;
    const std::string command = "centrality";
    std::vector<Measure> measures = kDefaultMeasures;
    if (vm.count("measure")) {
        measures.clear();
        for (const auto& name : split_list(vm["measure"].as<std::string>())) {
            auto m = parse_measure(name);
            if (!m) throw UsageError(command, "unknown measure '" + name + "'");
            if (std::find(measures.begin(), measures.end(), *m) == measures.end()) measures.push_back(*m);
        }
        if (measures.empty()) throw UsageError(command, "--measure needs at least one measure");
    }
    const std::string format = vm["format"].as<std::string>();
    if (format != "table" && format != "csv" && format != "json")
        throw UsageError(command, "--format must be table, csv or json, not '" + format + "'");
    std::optional<NodeType> type;
    if (vm.count("type")) type = parse_type_option(command, "--type", vm["type"].as<std::string>());
    AnalysisOptions ao;
    ao.connection = connection_options(command, vm);
    ao.weighted = vm.count("weighted") > 0;
    ao.threads = threads_option(vm);
    ao.timings = timings_option(vm);
    ao.samples = vm["samples"].as<std::size_t>();
    ao.seed = vm["seed"].as<std::uint64_t>();
    ao.alpha = vm["alpha"].as<double>();
    ao.pagerank_tol = ao.eigenvector_tol = vm["tol"].as<double>();
    ao.max_iter = vm["max-iter"].as<std::size_t>();
    ao.resolution = vm["resolution"].as<double>();
    if (!(ao.alpha >= 0.0 && ao.alpha <= 1.0)) throw UsageError(command, "--alpha must be in [0, 1]");
    if (!(ao.pagerank_tol > 0.0)) throw UsageError(command, "--tol must be positive");

    const KnowledgeGraph kg = load_graph(inputs, load_options(vm));
    const Measures values = compute_measures(kg, ao, measures);
    if (!values.pagerank_converged)
        std::cerr << "warning: PageRank did not converge in " << ao.max_iter << " iterations\n";
    if (!values.eigenvector_converged)
        std::cerr << "warning: eigenvector centrality did not converge in " << ao.max_iter
                  << " iterations\n";

    std::vector<std::size_t> rows;
    for (std::size_t v = 0; v < kg.node_count(); ++v)
        if (!type || kg.g[v].type == *type) rows.push_back(v);
    const Measure key = measures.front();
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
        const double va = values.value(key, a), vb = values.value(key, b);
        if (va != vb) return key == Measure::community ? va < vb : va > vb;
        if (kg.g[a].label != kg.g[b].label) return kg.g[a].label < kg.g[b].label;
        return kg.g[a].id < kg.g[b].id;
    });
    const std::size_t top = vm.count("top") ? vm["top"].as<std::size_t>() : format == "table" ? 20 : 0;
    if (top > 0 && rows.size() > top) rows.resize(top);
    PhaseTimer::Scope timed(ao.timings, "write");
    if (format == "table")
        print_table(std::cout, kg, rows, measures, values);
    else if (format == "csv")
        print_csv(std::cout, kg, rows, measures, values);
    else
        print_json(std::cout, kg, rows, measures, values);
    return 0;
}

}  // namespace kg::cli
