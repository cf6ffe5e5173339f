#include <doctest/doctest.h>

#include <thread>

#include "fixture_graphs.hpp"
#include "graph/centrality.hpp"

using namespace kg;
using namespace kgtest;

namespace {

ConnectionGraph view(const FixtureGraph& f) {
    return connection_graph(to_knowledge_graph(f), {.directed = f.directed});
}

std::vector<double> as_double(const std::vector<std::int64_t>& v) {
    return {v.begin(), v.end()};
}

void check_equal(const FixtureGraph& f, const std::string& key, const std::vector<double>& got) {
    const std::vector<double>& want = f.vec(key);
    INFO(f.name << " " << key << ": max relative error " << max_relative_error(got, want));
    REQUIRE(got.size() == want.size());
    bool all_close = true;
    for (std::size_t i = 0; i < got.size(); ++i) all_close = all_close && close(got[i], want[i]);
    CHECK(all_close);
}

constexpr double kTol = 1e-12;
constexpr std::size_t kMaxIter = 10000;

}  // namespace

TEST_CASE("degrees and strength equal NetworkX's") {
    for (const auto& f : fixture_graphs()) {
        Degrees d = degree_centrality(view(f));
        check_equal(f, "degree", as_double(d.degree));
        check_equal(f, "in_degree", as_double(d.in_degree));
        check_equal(f, "out_degree", as_double(d.out_degree));
        check_equal(f, "strength", d.strength);
    }
}

TEST_CASE("betweenness equals NetworkX's, unweighted and weighted, normalised or not") {
    for (const auto& f : fixture_graphs()) {
        ConnectionGraph g = view(f);
        for (bool weighted : {false, true}) {
            std::string suffix = weighted ? "_weighted" : "";
            BetweennessOptions o;
            o.weighted = weighted;
            check_equal(f, "betweenness" + suffix, betweenness_centrality(g, o));
            o.normalized = false;
            check_equal(f, "betweenness_raw" + suffix, betweenness_centrality(g, o));
        }
    }
}

TEST_CASE("closeness and harmonic closeness equal NetworkX's") {
    for (const auto& f : fixture_graphs()) {
        ConnectionGraph g = view(f);
        for (bool weighted : {false, true}) {
            std::string suffix = weighted ? "_weighted" : "";
            PathMeasureOptions o;
            o.weighted = weighted;
            check_equal(f, "closeness" + suffix, closeness_centrality(g, o));
            check_equal(f, "harmonic" + suffix, harmonic_centrality(g, o));
        }
    }
}

TEST_CASE("PageRank and eigenvector centrality equal NetworkX's at tol 1e-12") {
    for (const auto& f : fixture_graphs()) {
        ConnectionGraph g = view(f);
        for (bool weighted : {false, true}) {
            std::string suffix = weighted ? "_weighted" : "";
            PageRankOptions po;
            po.weighted = weighted;
            po.tol = kTol;
            po.max_iter = kMaxIter;
            PowerIterationResult pr = pagerank(g, po);
            if (f.expected.at("pagerank" + suffix)) {
                CHECK(pr.converged);
                check_equal(f, "pagerank" + suffix, pr.values);
            } else {
                CHECK_FALSE(pr.converged);
            }
            EigenvectorOptions eo;
            eo.weighted = weighted;
            eo.tol = kTol;
            eo.max_iter = kMaxIter;
            PowerIterationResult ev = eigenvector_centrality(g, eo);
            if (f.expected.at("eigenvector" + suffix)) {
                CHECK(ev.converged);
                check_equal(f, "eigenvector" + suffix, ev.values);
            } else {
                CHECK_FALSE(ev.converged);
            }
        }
    }
}

TEST_CASE("core numbers equal NetworkX's") {
    for (const auto& f : fixture_graphs()) check_equal(f, "core", as_double(core_number(view(f))));
}

TEST_CASE("sampled betweenness is exact when every node is sampled, and reproducible") {
    const FixtureGraph& f = fixture_graph("barabasi_albert");
    ConnectionGraph g = view(f);
    BetweennessOptions o;
    o.samples = f.nodes;
    o.seed = 99;
    check_equal(f, "betweenness", betweenness_centrality(g, o));
    o.samples = 30;
    std::vector<double> a = betweenness_centrality(g, o);
    CHECK(a == betweenness_centrality(g, o));
    o.seed = 100;
    CHECK(a != betweenness_centrality(g, o));
    CHECK(sample_sources(10, 4, 1).size() == 4);
    CHECK(sample_sources(10, 4, 1) == sample_sources(10, 4, 1));
}

TEST_CASE("results are identical with 1 and with all threads") {
    unsigned all = std::max(2u, std::thread::hardware_concurrency());
    for (const auto& f : fixture_graphs()) {
        ConnectionGraph g = view(f);
        for (bool weighted : {false, true}) {
            BetweennessOptions one, many;
            one.weighted = many.weighted = weighted;
            one.threads = 1;
            many.threads = all;
            CHECK(betweenness_centrality(g, one) == betweenness_centrality(g, many));
            CHECK(closeness_centrality(g, one) == closeness_centrality(g, many));
            CHECK(harmonic_centrality(g, one) == harmonic_centrality(g, many));
            many.threads = 7;
            CHECK(betweenness_centrality(g, one) == betweenness_centrality(g, many));
        }
    }
}
