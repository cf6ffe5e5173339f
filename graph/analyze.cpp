#include "graph/analyze.hpp"

#include <algorithm>
#include <array>

namespace kg {
namespace {

constexpr std::array<std::string_view, kMeasureCount> kMeasureNames = {
    "degree", "in_degree", "out_degree", "strength", "betweenness", "closeness",
    "harmonic", "pagerank", "eigenvector", "core", "community"};

bool wants(const std::vector<Measure>& which, Measure m) {
    return std::find(which.begin(), which.end(), m) != which.end();
}

void declare_column(KnowledgeGraph& kg, const std::string& name, AttrKind kind) {
    if (kg.declare_node_attr(name, kind)) return;
    for (auto& d : kg.node_attrs)  // declared earlier with another kind: ours replaces it
        if (d.name == name) d.kind = kind;
}

}  // namespace

std::string_view to_string(Measure m) { return kMeasureNames[static_cast<int>(m)]; }

std::optional<Measure> parse_measure(std::string_view name) {
    for (int i = 0; i < kMeasureCount; ++i)
        if (kMeasureNames[i] == name) return static_cast<Measure>(i);
    return std::nullopt;
}

std::vector<Measure> all_measures() {
    std::vector<Measure> out;
    for (int i = 0; i < kMeasureCount; ++i) out.push_back(static_cast<Measure>(i));
    return out;
}

AttrKind column_kind(Measure m) {
    switch (m) {
        case Measure::degree:
        case Measure::in_degree:
        case Measure::out_degree:
        case Measure::core:
        case Measure::community: return AttrKind::Long;
        default: return AttrKind::Double;
    }
}

bool Measures::has(Measure m) const {
    switch (m) {
        case Measure::degree:
        case Measure::in_degree:
        case Measure::out_degree:
        case Measure::strength: return !degrees.degree.empty();
        case Measure::betweenness: return !betweenness.empty();
        case Measure::closeness: return !closeness.empty();
        case Measure::harmonic: return !harmonic.empty();
        case Measure::pagerank: return !pagerank.empty();
        case Measure::eigenvector: return !eigenvector.empty();
        case Measure::core: return !core.empty();
        case Measure::community: return !community.empty();
    }
    return false;
}

double Measures::value(Measure m, std::size_t v) const {
    switch (m) {
        case Measure::degree: return static_cast<double>(degrees.degree[v]);
        case Measure::in_degree: return static_cast<double>(degrees.in_degree[v]);
        case Measure::out_degree: return static_cast<double>(degrees.out_degree[v]);
        case Measure::strength: return degrees.strength[v];
        case Measure::betweenness: return betweenness[v];
        case Measure::closeness: return closeness[v];
        case Measure::harmonic: return harmonic[v];
        case Measure::pagerank: return pagerank[v];
        case Measure::eigenvector: return eigenvector[v];
        case Measure::core: return static_cast<double>(core[v]);
        case Measure::community: return static_cast<double>(community[v]);
    }
    return 0.0;
}

Measures compute_measures(const KnowledgeGraph& kg, const AnalysisOptions& options,
                          const std::vector<Measure>& which) {
    const PhaseTimer& timer = options.timings;
    const ConnectionGraph g =
        timer.time("connection", [&] { return connection_graph(kg, options.connection); });
    Measures out;
    if (wants(which, Measure::degree) || wants(which, Measure::in_degree) ||
        wants(which, Measure::out_degree) || wants(which, Measure::strength)) {
        PhaseTimer::Scope t(timer, "degree");
        out.degrees = degree_centrality(g);
        if (!g.directed) {
            ConnectionOptions directed = options.connection;
            directed.directed = true;
            Degrees d = degree_centrality(connection_graph(kg, directed));
            out.degrees.in_degree = std::move(d.in_degree);
            out.degrees.out_degree = std::move(d.out_degree);
        }
    }
    if (wants(which, Measure::betweenness)) {
        PhaseTimer::Scope t(timer, "betweenness");
        BetweennessOptions o;
        o.weighted = options.weighted;
        o.threads = options.threads;
        o.samples = options.samples;
        o.seed = options.seed;
        out.betweenness = betweenness_centrality(g, o);
    }
    PathMeasureOptions po;
    po.weighted = options.weighted;
    po.threads = options.threads;
    if (wants(which, Measure::closeness))
        out.closeness = timer.time("closeness", [&] { return closeness_centrality(g, po); });
    if (wants(which, Measure::harmonic))
        out.harmonic = timer.time("harmonic", [&] { return harmonic_centrality(g, po); });
    if (wants(which, Measure::pagerank)) {
        PhaseTimer::Scope t(timer, "pagerank");
        PageRankOptions o;
        o.alpha = options.alpha;
        o.tol = options.pagerank_tol;
        o.max_iter = options.max_iter;
        o.weighted = options.weighted;
        PowerIterationResult r = pagerank(g, o);
        out.pagerank = std::move(r.values);
        out.pagerank_converged = r.converged;
    }
    if (wants(which, Measure::eigenvector)) {
        PhaseTimer::Scope t(timer, "eigenvector");
        EigenvectorOptions o;
        o.tol = options.eigenvector_tol;
        o.max_iter = options.max_iter;
        o.weighted = options.weighted;
        PowerIterationResult r = eigenvector_centrality(g, o);
        out.eigenvector = std::move(r.values);
        out.eigenvector_converged = r.converged;
    }
    if (wants(which, Measure::core)) out.core = timer.time("core", [&] { return core_number(g); });
    if (wants(which, Measure::community)) {
        PhaseTimer::Scope t(timer, "community");
        LouvainOptions o;
        o.resolution = options.resolution;
        o.seed = options.seed;
        o.weighted = options.weighted;
        Communities c = louvain_communities(g, o);
        out.community = std::move(c.community);
        out.community_count = c.count;
        out.modularity = c.modularity;
    }
    return out;
}

AnalysisSummary annotate_analyses(KnowledgeGraph& kg, const AnalysisOptions& options,
                                  const std::vector<Measure>& which) {
    const Measures m = compute_measures(kg, options, which);
    for (Measure measure : which) {
        const std::string name(to_string(measure));
        const AttrKind kind = column_kind(measure);
        declare_column(kg, name, kind);
        for (std::size_t v = 0; v < kg.node_count(); ++v) {
            double x = m.value(measure, v);
            if (kind == AttrKind::Long)
                kg.g[v].extra[name] = static_cast<std::int64_t>(x);
            else
                kg.g[v].extra[name] = x;
        }
    }
    return {m.pagerank_converged, m.eigenvector_converged, m.community_count, m.modularity};
}

}  // namespace kg
