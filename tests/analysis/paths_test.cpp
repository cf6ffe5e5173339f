#include <doctest/doctest.h>

#include <random>

#include "fixture_graphs.hpp"
#include "graph/paths.hpp"

using namespace kg;
using namespace kgtest;

namespace {

ConnectionGraph view(const FixtureGraph& f) {
    return connection_graph(to_knowledge_graph(f), {.directed = f.directed});
}

// A random graph with integer weights 1..4, n nodes and about m links.
ConnectionGraph random_graph(std::size_t n, std::size_t m, bool directed, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<WeightedPair> pairs;
    for (std::size_t i = 0; i < m; ++i)
        pairs.push_back({rng() % n, rng() % n, static_cast<double>(1 + rng() % 4)});
    return connection_graph_from_pairs(n, pairs, directed);
}

// A path is valid when consecutive nodes are joined by the link it names, in its direction.
bool valid(const ConnectionGraph& g, const Path& p, std::size_t s, std::size_t t) {
    if (p.nodes.empty() || p.nodes.front() != s || p.nodes.back() != t) return false;
    if (p.links.size() + 1 != p.nodes.size()) return false;
    for (std::size_t i = 0; i < p.links.size(); ++i) {
        const Link& l = g.links[p.links[i]];
        bool fwd = l.source == p.nodes[i] && l.target == p.nodes[i + 1];
        bool bwd = l.source == p.nodes[i + 1] && l.target == p.nodes[i];
        if (!(fwd || (!g.directed && bwd))) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("bidirectional search finds paths as short as a one-ended search") {
    for (bool directed : {false, true}) {
        ConnectionGraph g = random_graph(400, 700, directed, directed ? 7 : 8);
        std::mt19937_64 rng(1);
        std::size_t found = 0;
        for (int i = 0; i < 300; ++i) {
            std::size_t s = rng() % 400, t = rng() % 400;
            for (bool weighted : {false, true}) {
                auto a = bidirectional_shortest_path(g, s, t, weighted);
                auto b = one_ended_shortest_path(g, s, t, weighted);
                REQUIRE(a.has_value() == b.has_value());
                if (!a) continue;
                ++found;
                CHECK(valid(g, *a, s, t));
                CHECK(valid(g, *b, s, t));
                CHECK(close(a->length, b->length, 1e-12));
            }
        }
        CHECK(found > 100);
    }
}

TEST_CASE("Yen's k shortest simple paths have NetworkX's lengths; all shortest paths its count") {
    std::size_t cases = 0;
    for (const auto& f : fixture_graphs()) {
        ConnectionGraph g = view(f);
        for (const PathCase& pc : f.paths) {
            CAPTURE(f.name);
            CAPTURE(pc.source);
            CAPTURE(pc.target);
            for (bool weighted : {false, true}) {
                CAPTURE(weighted);
                const auto& want = weighted ? pc.k_lengths_weighted : pc.k_lengths;
                std::vector<Path> got = k_shortest_paths(g, pc.source, pc.target, 8, weighted);
                REQUIRE(got.size() == want.size());
                for (std::size_t i = 0; i < got.size(); ++i) {
                    CHECK(valid(g, got[i], pc.source, pc.target));
                    CHECK(close(got[i].length, want[i], 1e-9));
                }
                std::vector<Path> all = all_shortest_paths(g, pc.source, pc.target, weighted);
                CHECK(all.size() == (weighted ? pc.all_count_weighted : pc.all_count));
                ++cases;
            }
        }
    }
    CHECK(cases > 50);
}

TEST_CASE("constraints: blocked nodes and links, hop limits") {
    // 0 - 1 - 2 - 3 and 0 - 4 - 5 - 6 - 3, weights favour the long way.
    ConnectionGraph g = connection_graph_from_pairs(
        7, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {0, 4, 9}, {4, 5, 9}, {5, 6, 9}, {6, 3, 9}}, false);
    auto p = shortest_path(g, 0, 3, false);
    REQUIRE(p);
    CHECK(p->nodes == std::vector<std::size_t>{0, 1, 2, 3});
    auto w = shortest_path(g, 0, 3, true);
    REQUIRE(w);
    CHECK(w->nodes == std::vector<std::size_t>{0, 4, 5, 6, 3});
    SearchConstraints c;
    c.max_hops = 3;
    auto limited = shortest_path(g, 0, 3, true, c);
    REQUIRE(limited);
    CHECK(limited->nodes == std::vector<std::size_t>{0, 1, 2, 3});
    c.max_hops = 2;
    CHECK_FALSE(shortest_path(g, 0, 3, true, c));
    CHECK_FALSE(shortest_path(g, 0, 3, false, c));
    SearchConstraints blocked;
    blocked.blocked_nodes = {0, 0, 1, 0, 0, 0, 0};
    auto around = shortest_path(g, 0, 3, false, blocked);
    REQUIRE(around);
    CHECK(around->hops() == 4);
    blocked.blocked_nodes[5] = 1;
    CHECK_FALSE(shortest_path(g, 0, 3, false, blocked));
    CHECK(k_shortest_paths(g, 0, 3, 5, false).size() == 2);
}

TEST_CASE("hop-limited weighted search agrees with Yen's enumeration") {
    ConnectionGraph g = random_graph(60, 150, false, 3);
    std::mt19937_64 rng(5);
    for (int i = 0; i < 40; ++i) {
        std::size_t s = rng() % 60, t = rng() % 60;
        if (s == t) continue;
        SearchConstraints c;
        c.max_hops = 3;
        auto limited = hop_limited_shortest_path(g, s, t, true, c);
        // The shortest path of at most 3 hops among the 200 shortest simple paths.
        std::optional<double> best;
        for (const Path& p : k_shortest_paths(g, s, t, 200, true))
            if (p.hops() <= 3 && (!best || p.length < *best)) best = p.length;
        if (!best) continue;  // may lie beyond the first 200
        REQUIRE(limited);
        CHECK(limited->hops() <= 3);
        CHECK(close(limited->length, *best, 1e-12));
    }
}

TEST_CASE("an explained path names the edges, their direction and evidence") {
    KnowledgeGraph k;
    for (const char* id : {"a", "b", "c", "d"}) k.add_node({id, id, NodeType::Person, {}, 0, 0, {}});
    k.g[3].type = NodeType::Organization;
    auto edge = [&](std::size_t s, std::size_t t, Relation r, const char* sentence) {
        EdgeProps p;
        p.type = r;
        p.labels = {"label"};
        p.evidence.push_back({"art", 1, std::nullopt, sentence, std::nullopt, 0});
        k.add_edge(s, t, p);
    };
    edge(1, 0, Relation::succeeds, "B replaced A.");
    edge(1, 2, Relation::meets, "B met C.");
    edge(0, 3, Relation::member_of, "A works for D.");
    edge(3, 2, Relation::member_of, "C is in D.");
    PathAnswer ans = find_paths(k, 0, 2);
    REQUIRE(ans.paths.size() == 1);
    const ExplainedPath& p = ans.paths[0];
    REQUIRE(p.hops.size() == 2);
    CHECK(p.nodes == std::vector<Vertex>{0, 1, 2});
    REQUIRE(p.hops[0].edges.size() == 1);
    CHECK(p.hops[0].edges[0].direction == HopDirection::backward);
    CHECK(k.g[p.hops[0].edges[0].edge].evidence[0].text == "B replaced A.");
    CHECK(p.hops[1].edges[0].direction == HopDirection::symmetric);
    CHECK(ans.same_component());

    PathOptions via_org;
    via_org.via = NodeType::Organization;
    PathAnswer org = find_paths(k, 0, 2, via_org);
    REQUIRE(org.paths.size() == 1);
    CHECK(org.paths[0].nodes == std::vector<Vertex>{0, 3, 2});
    CHECK(org.paths[0].hops[0].edges[0].direction == HopDirection::forward);
    CHECK(org.paths[0].hops[1].edges[0].direction == HopDirection::forward);

    PathOptions directed;
    directed.connection.directed = true;
    k.add_node({"e", "e", NodeType::Person, {}, 0, 0, {}});
    edge(4, 0, Relation::succeeds, "E replaced A.");
    CHECK(find_paths(k, 4, 2, directed).paths.size() == 1);
    PathAnswer none = find_paths(k, 0, 4, directed);
    CHECK(none.paths.empty());
    CHECK(none.same_component());
    PathOptions k2;
    k2.mode = PathOptions::Mode::k_shortest;
    k2.k = 5;
    CHECK(find_paths(k, 0, 2, k2).paths.size() == 2);
}

TEST_CASE("no path: the ends' components are reported") {
    KnowledgeGraph k;
    for (const char* id : {"a", "b", "c", "d"}) k.add_node({id, id, NodeType::Person, {}, 0, 0, {}});
    k.add_edge(0, 1, {});
    k.add_edge(2, 3, {});
    PathAnswer ans = find_paths(k, 0, 3);
    CHECK(ans.paths.empty());
    CHECK_FALSE(ans.same_component());
    CHECK(ans.from_component == 0);
    CHECK(ans.to_component == 1);
    CHECK(ans.to_component_size == 2);
    CHECK(ans.component_count == 2);
}
