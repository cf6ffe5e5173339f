// Saved graphs fed back into a build keep their counts (graph/build.hpp): a GraphML or JSON
// export given with other statements counts its edges as the statements it was built from did,
// and a graph given twice counts once.
#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "graph/build.hpp"
#include "graph/errors.hpp"
#include "io/io.hpp"

using namespace kg;

namespace {

// Statements over a small cast in `articles` articles, from article number `first` on: several
// statements per edge and article, two labels on some edges, symmetric relations, flags on some.
StatementSet news(int first, int articles) {
    static const std::vector<std::pair<std::string, NodeType>> cast = {
        {"Ines Okafor", NodeType::Person},       {"Tam Varga", NodeType::Person},
        {"Oskar Lind", NodeType::Person},        {"Norland Grain Board", NodeType::Organization},
        {"Velen Port Authority", NodeType::Organization}, {"Port Velen", NodeType::Place},
        {"Harvest Summit", NodeType::Event}};
    static const std::vector<std::tuple<int, Relation, int, std::string>> ties = {
        {0, Relation::member_of, 3, "board member"}, {0, Relation::meets, 1, "met"},
        {1, Relation::meets, 0, "talks"},            {2, Relation::role, 4, "director"},
        {4, Relation::located_in, 5, "in"},          {1, Relation::opposes, 2, "criticised"},
        {2, Relation::family, 0, "brother"},         {0, Relation::related, 6, "attended"}};
    StatementSet set;
    for (int a = first; a < first + articles; ++a) {
        const std::string id = "story-" + std::to_string(a);
        set.articles.push_back({id, "Story " + std::to_string(a), "2024-01-0" + std::to_string(1 + a % 9), "", ""});
        for (std::size_t t = 0; t < ties.size(); ++t) {
            if ((a * 7 + static_cast<int>(t) * 3) % 5 == 0) continue;  // not every tie in every story
            const auto& [s, r, o, label] = ties[t];
            for (int k = 0; k <= (a + static_cast<int>(t)) % 3; ++k) {
                Statement st;
                st.subject = {cast[s].first, cast[s].second};
                st.object = {cast[o].first, cast[o].second};
                st.relation = r;
                st.label = label;
                st.article = id;
                // Ties 1 and 2 are one edge with two labels, stated in the same sentences.
                st.sentence = 1 + k + static_cast<int>(t == 2 ? 1 : t) * 4;
                st.span = Span{static_cast<std::size_t>(k * 100), static_cast<std::size_t>(k * 100 + 90)};
                st.evidence = cast[s].first + " and " + cast[o].first + ", sentence " +
                              std::to_string(*st.sentence) + " of " + id + ".";
                st.confidence = 0.5 + 0.1 * k;
                if (t == 5) st.flags = kHedged;
                if (t == 6 && a % 2) st.flags = kAttributed;
                set.statements.push_back(std::move(st));
            }
        }
    }
    return set;
}

std::string graphml(const KnowledgeGraph& kg) {
    std::ostringstream s;
    io::write_graphml(kg, s);
    return s.str();
}

KnowledgeGraph saved_as(const KnowledgeGraph& kg, io::Format format) {
    std::ostringstream out;
    io::write_graph(kg, format, out);
    std::istringstream in(out.str());
    return format == io::Format::GraphML ? io::read_graphml(in, "saved.graphml")
                                         : io::read_json_graph(in, "saved.json");
}

struct Counts {
    double weight;
    std::int64_t articles;
    std::string labels;
    std::uint8_t flags;
    bool operator==(const Counts&) const = default;
};
std::map<std::tuple<std::string, std::string, Relation>, Counts> edge_counts(const KnowledgeGraph& kg) {
    std::map<std::tuple<std::string, std::string, Relation>, Counts> out;
    for (Edge e : edges_in_order(kg)) {
        const EdgeProps& p = kg.g[e];
        out[{kg.g[boost::source(e, kg.g)].id, kg.g[boost::target(e, kg.g)].id, p.type}] = {
            p.weight, p.articles, p.joined_labels(), p.flags};
    }
    return out;
}

StatementSet with(StatementSet a, StatementSet b) {
    a.append(std::move(b));
    return a;
}

}  // namespace

TEST_CASE("a saved graph with new statements: every edge keeps the counts of a build from all statements") {
    const StatementSet first = news(0, 12), second = news(12, 7);
    const KnowledgeGraph whole = build_graph(with(first, second));
    const KnowledgeGraph part = build_graph(first);
    for (io::Format format : {io::Format::GraphML, io::Format::Json}) {
        CAPTURE(io::format_name(format));
        KnowledgeGraph saved = saved_as(part, format);
        KnowledgeGraph rebuilt = build_graph(with(to_statements(saved), second));
        auto want = edge_counts(whole), got = edge_counts(rebuilt);
        REQUIRE(got.size() == want.size());
        for (const auto& [key, w] : want) {
            CAPTURE(std::get<0>(key));
            CAPTURE(std::get<1>(key));
            REQUIRE(got.count(key));
            CHECK(got.at(key).weight == w.weight);
            CHECK(got.at(key).articles == w.articles);
            CHECK(got.at(key).flags == w.flags);
        }
        // Nodes keep their mentions and articles too.
        for (auto v : boost::make_iterator_range(boost::vertices(whole.g))) {
            const NodeProps& n = whole.g[v];
            const NodeProps& m = rebuilt.g[*rebuilt.find_node_id(n.id)];
            CHECK(m.mentions == n.mentions);
            CHECK(m.articles == n.articles);
        }
    }
    // The counts are more than the evidence a GraphML keeps: without them the test would fail.
    CHECK(edge_counts(build_graph(with(first, second))) != edge_counts(build_graph(second)));
}

TEST_CASE("a saved graph given twice counts once: build A A equals A") {
    const KnowledgeGraph part = build_graph(news(3, 9));
    for (io::Format format : {io::Format::GraphML, io::Format::Json}) {
        CAPTURE(io::format_name(format));
        KnowledgeGraph saved = saved_as(part, format);
        KnowledgeGraph once = build_graph(to_statements(saved));
        KnowledgeGraph twice = build_graph(with(to_statements(saved), to_statements(saved)));
        CHECK(graphml(once) == graphml(saved));
        CHECK(graphml(twice) == graphml(saved));
    }
}

TEST_CASE("the same edge saved in two graphs counts once; different edges add up") {
    const KnowledgeGraph a = build_graph(news(0, 5));
    const KnowledgeGraph b = build_graph(news(5, 5));
    KnowledgeGraph a_saved = saved_as(a, io::Format::GraphML);
    KnowledgeGraph b_saved = saved_as(b, io::Format::GraphML);
    auto sum = edge_counts(build_graph(with(to_statements(a_saved), to_statements(b_saved))));
    auto whole = edge_counts(build_graph(with(news(0, 5), news(5, 5))));
    for (const auto& [key, w] : whole) {
        REQUIRE(sum.count(key));
        CHECK(sum.at(key).weight == w.weight);
        CHECK(sum.at(key).articles == w.articles);
    }
}

TEST_CASE("saved counts that no longer fit their statements are not used") {
    StatementSet set = to_statements(build_graph(news(0, 3)));
    set.statements.resize(set.statements.size() / 2);  // lines dropped after to_statements
    KnowledgeGraph kg = build_graph(set);              // counted as plain statements
    StatementSet plain = set;
    plain.saved.clear();
    CHECK(kg.edge_count() > 0);
    CHECK(graphml(kg) == graphml(build_graph(plain)));
}

namespace {

Statement said(const std::string& s, NodeType st, Relation r, const std::string& o, NodeType ot,
               const std::string& article, int sentence) {
    Statement x;
    x.subject = {s, st};
    x.object = {o, ot};
    x.relation = r;
    x.label = std::string(to_string(r));
    x.article = article;
    x.sentence = sentence;
    x.evidence = s + " and " + o + " in " + article + ".";
    return x;
}

std::map<std::tuple<std::string, std::string, Relation>, std::pair<double, std::int64_t>> by_labels(
    const KnowledgeGraph& kg) {
    std::map<std::tuple<std::string, std::string, Relation>, std::pair<double, std::int64_t>> out;
    for (Edge e : edges_in_order(kg))
        out[{kg.g[boost::source(e, kg.g)].label, kg.g[boost::target(e, kg.g)].label, kg.g[e].type}] = {
            kg.g[e].weight, kg.g[e].articles};
    return out;
}

}  // namespace

TEST_CASE("a saved graph's names are resolved with the new inputs: a join parts, two nodes join") {
    const auto org = NodeType::Organization, person = NodeType::Person, place = NodeType::Place;
    // A: "VGE" alone joins the one body whose initials spell it; "Lindqvist" claims no one.
    StatementSet a;
    a.entities.push_back({"Varnholt Grain Exporters", org, {}, "a1"});
    a.statements.push_back(said("Varnholt Grain Exporters", org, Relation::supports, "Tilde Marsh", person, "a1", 1));
    a.statements.push_back(said("VGE", org, Relation::supports, "Tilde Marsh", person, "a2", 1));
    a.statements.push_back(said("VGE", org, Relation::supports, "Tilde Marsh", person, "a2", 3));
    a.statements.push_back(said("Lindqvist", person, Relation::meets, "Tilde Marsh", person, "a3", 1));
    // B: a second body spelling VGE, and the only Lindqvist with a full name.
    StatementSet b;
    b.statements.push_back(said("Velmar Gas Exchange", org, Relation::located_in, "Port Kessa", place, "b1", 1));
    b.statements.push_back(said("Mira Lindqvist", person, Relation::meets, "Tilde Marsh", person, "b1", 2));
    const KnowledgeGraph alone = build_graph(a);
    const auto whole = by_labels(build_graph(with(a, b)));
    REQUIRE(by_labels(alone).at({"Varnholt Grain Exporters", "Tilde Marsh", Relation::supports}) ==
            std::pair<double, std::int64_t>{3.0, 2});
    REQUIRE(whole.at({"VGE", "Tilde Marsh", Relation::supports}) == std::pair<double, std::int64_t>{2.0, 1});
    REQUIRE(whole.count({"Mira Lindqvist", "Tilde Marsh", Relation::meets}));
    for (io::Format format : {io::Format::GraphML, io::Format::Json}) {
        CAPTURE(io::format_name(format));
        const KnowledgeGraph saved = saved_as(alone, format);
        CHECK(by_labels(build_graph(with(to_statements(saved), b))) == whole);
        // Written and read again, the saved graph gives the same file.
        CHECK(graphml(build_graph(to_statements(saved))) == graphml(alone));
    }
    // Without its names the saved node stays whole (what older files give).
    KnowledgeGraph frozen = saved_as(alone, io::Format::GraphML);
    for (auto v : boost::make_iterator_range(boost::vertices(frozen.g))) frozen.g[v].names.clear();
    CHECK(by_labels(build_graph(with(to_statements(frozen), b))) != whole);
}

TEST_CASE("a saved graph's names that do not parse, or name pairs that point nowhere") {
    StatementSet a;
    a.statements.push_back(said("Varnholt Grain Exporters", NodeType::Organization, Relation::supports,
                                "Tilde Marsh", NodeType::Person, "a1", 1));
    a.statements.push_back(said("VGE", NodeType::Organization, Relation::supports, "Tilde Marsh",
                                NodeType::Person, "a2", 1));
    const std::string file = graphml(build_graph(a));
    REQUIRE(file.find("],[1,0,") != std::string::npos);  // VGE's statements, a part of their own
    // Names that are not what kgraph writes: the file and line are named.
    {
        std::string bad = file;
        const std::string at = "<data key=\"n_name_evidence\">";
        const auto p = bad.find(at) + at.size();
        bad.replace(p, bad.find('<', p) - p, "[{&quot;name&quot;: 3}]");
        std::istringstream in(bad);
        CHECK_THROWS_WITH_AS(io::read_graphml(in, "bad.graphml"), doctest::Contains("bad.graphml:"), InputError);
    }
    // A pair naming a name the node does not have: the saved lines count as plain statements.
    {
        std::string odd = file;
        odd.replace(odd.find("],[1,0,") + 3, 1, "7");
        std::istringstream in(odd);
        const KnowledgeGraph kg = io::read_graphml(in, "odd.graphml");
        StatementSet plain = to_statements(kg);
        plain.saved.clear();
        const KnowledgeGraph built = build_graph(to_statements(kg));
        CHECK(built.edge_count() > 0);
        CHECK(graphml(built) == graphml(build_graph(plain)));
    }
}
