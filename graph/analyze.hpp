// Every analysis at once: the measures the `centrality` command prints and `--analyze` writes
// as node columns (degree, in_degree, out_degree, strength, betweenness, closeness, harmonic,
// pagerank, eigenvector, core, community), computed on the connection graph.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/centrality.hpp"
#include "graph/community.hpp"
#include "graph/connection_graph.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/phase_timer.hpp"

namespace kg {

enum class Measure : std::uint8_t {
    degree, in_degree, out_degree, strength, betweenness, closeness, harmonic, pagerank,
    eigenvector, core, community
};
inline constexpr int kMeasureCount = 11;

// The column name of a measure ("betweenness") and back.
std::string_view to_string(Measure m);
std::optional<Measure> parse_measure(std::string_view name);
std::vector<Measure> all_measures();
// Long for counts (degrees, core, community), Double otherwise.
AttrKind column_kind(Measure m);

struct AnalysisOptions {
    ConnectionOptions connection;  // directed, co-mentions, no-hedged, relations
    bool weighted = false;         // strength-aware variants (distance = 1 / weight)
    unsigned threads = 0;          // 0 = every core; results do not depend on it
    std::size_t samples = 0;       // betweenness from this many sampled sources (0 = all)
    std::uint64_t seed = 0;        // for sampling and Louvain
    double alpha = 0.85;           // PageRank damping
    double pagerank_tol = 1e-6;
    double eigenvector_tol = 1e-6;
    std::size_t max_iter = 100;    // PageRank and eigenvector power iterations
    double resolution = 1.0;       // Louvain
    PhaseTimer timings;            // reports "connection" and one phase per measure computed
};

// The measures asked for, by node (vectors of other measures stay empty). in_degree and
// out_degree always follow edge directions, whether or not the analysis is directed.
struct Measures {
    Degrees degrees;
    std::vector<double> betweenness, closeness, harmonic, pagerank, eigenvector;
    std::vector<std::int64_t> core, community;
    bool pagerank_converged = true;
    bool eigenvector_converged = true;
    std::size_t community_count = 0;
    double modularity = 0.0;

    bool has(Measure m) const;
    // The value of a computed measure at node v, as a double.
    double value(Measure m, std::size_t v) const;
};

Measures compute_measures(const KnowledgeGraph& kg, const AnalysisOptions& options,
                          const std::vector<Measure>& which);

struct AnalysisSummary {
    bool pagerank_converged = true;
    bool eigenvector_converged = true;
    std::size_t communities = 0;
    double modularity = 0.0;
};

// Computes the measures asked for (every one by default) and writes each as a declared node
// column named as the measure (AttrKind Long or Double), replacing earlier values of those
// columns.
AnalysisSummary annotate_analyses(KnowledgeGraph& kg, const AnalysisOptions& options = {},
                                  const std::vector<Measure>& which = all_measures());

}  // namespace kg
