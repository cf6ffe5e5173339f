// The sample article's graph, built here from fixtures/sample-graph.statements.jsonl (the
// statements of samples/ with every name replaced by an invented one, so that no test names a
// person, organisation or place of a gold file; same entities, relations and shape), against
// NetworkX's values on the same graph (fixtures/sample-graph.json, exported by kgraph; see
// fixtures/make_reference.py).
#include <doctest/doctest.h>

#include <fstream>
#include <map>

#include "fixture_graphs.hpp"
#include "graph/analyze.hpp"
#include "graph/build.hpp"
#include "io/io.hpp"

using namespace kg;
using namespace kgtest;

namespace {

KnowledgeGraph sample_graph() {
    const std::string path =
        std::string(KGRAPH_ANALYSIS_FIXTURES) + "/sample-graph.statements.jsonl";
    std::ifstream in(path);
    REQUIRE(in);
    io::Diagnostics diag;
    return build_graph(io::read_statements(in, path, {}, diag));
}

void check_sample(bool directed) {
    const FixtureGraph& f = fixture_graph(directed ? "sample_directed" : "sample_undirected");
    const KnowledgeGraph kg = sample_graph();
    REQUIRE(kg.node_count() == f.nodes);
    // Fixture index of every node of the graph built here.
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < f.node_ids.size(); ++i) index[f.node_ids[i]] = i;
    std::vector<std::size_t> at(kg.node_count());
    for (std::size_t v = 0; v < kg.node_count(); ++v) {
        INFO("node " << kg.g[v].id << " is not in fixtures/sample-graph.json: regenerate it");
        REQUIRE(index.count(kg.g[v].id));
        at[v] = index[kg.g[v].id];
    }
    AnalysisOptions o;
    o.connection.directed = directed;
    o.pagerank_tol = o.eigenvector_tol = 1e-12;
    o.max_iter = 10000;
    CHECK(connection_graph(kg, o.connection).link_count() == f.links);
    for (bool weighted : {false, true}) {
        o.weighted = weighted;
        const Measures m = compute_measures(kg, o, all_measures());
        const std::string suffix = weighted ? "_weighted" : "";
        for (Measure measure : all_measures()) {
            std::string key(to_string(measure));
            if (measure == Measure::community) continue;
            const bool has_weighted = f.expected.count(key + "_weighted") > 0;
            if (weighted && !has_weighted) continue;  // degrees, core: unweighted only
            if (directed == false && (measure == Measure::in_degree || measure == Measure::out_degree))
                continue;  // always by edge direction: checked on the directed view
            const std::string wanted = has_weighted ? key + suffix : key;
            if (!f.expected.at(wanted)) {  // NetworkX did not converge: neither may we
                const bool converged = measure == Measure::pagerank ? m.pagerank_converged
                                                                    : m.eigenvector_converged;
                CHECK_FALSE(converged);
                continue;
            }
            const std::vector<double>& want = *f.expected.at(wanted);
            std::vector<double> got(f.nodes);
            for (std::size_t v = 0; v < kg.node_count(); ++v) got[at[v]] = m.value(measure, v);
            INFO(f.name << " " << key << suffix << ": max relative error "
                        << max_relative_error(got, want));
            bool all_close = true;
            for (std::size_t i = 0; i < got.size(); ++i) all_close = all_close && close(got[i], want[i]);
            CHECK(all_close);
        }
        // Louvain on the sample graphs: community_test.cpp (a mean over seeds).
        CHECK(m.community.size() == f.nodes);
    }
}

}  // namespace

TEST_CASE("every measure on the sample graph equals NetworkX's (undirected)") { check_sample(false); }
TEST_CASE("every measure on the sample graph equals NetworkX's (directed)") { check_sample(true); }
