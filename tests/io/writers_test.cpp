#include <doctest/doctest.h>

#include <sstream>

#include "graph_fixtures.hpp"
#include "io/io.hpp"
#include "graph/names.hpp"
#include "io/text_escape.hpp"

using namespace kg;

namespace {
std::string graphml_of(const KnowledgeGraph& kg) {
    std::ostringstream s;
    io::write_graphml(kg, s);
    return s.str();
}
std::string json_of(const KnowledgeGraph& kg) {
    std::ostringstream s;
    io::write_json(kg, s);
    return s.str();
}
bool has_control_chars(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') return true;
    return false;
}
std::vector<std::string> labels(const KnowledgeGraph& kg) {
    std::vector<std::string> out;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) out.push_back(kg.g[v].label);
    return out;
}
}  // namespace

TEST_CASE("GraphML written and read back gives the same names, control characters removed") {
    KnowledgeGraph kg = testing::nasty_graph();
    std::string xml = graphml_of(kg);
    CHECK_FALSE(has_control_chars(xml));
    std::istringstream in(xml);
    KnowledgeGraph back = io::read_graphml(in, "nasty.graphml");
    REQUIRE(back.node_count() == kg.node_count());
    REQUIRE(back.edge_count() == kg.edge_count());
    auto expected = labels(kg);
    for (auto& l : expected) l = strip_control_chars(l);
    CHECK(labels(back) == expected);
    CHECK(graphml_of(back) == xml);  // byte-identical round trip
}

TEST_CASE("node-link JSON written and read back is identical") {
    KnowledgeGraph kg = testing::nasty_graph();
    std::string json = json_of(kg);
    CHECK_FALSE(has_control_chars(json));
    CHECK(json.find("NaN") == std::string::npos);
    std::istringstream in(json);
    KnowledgeGraph back = io::read_json_graph(in, "nasty.json");
    CHECK(json_of(back) == json);
    CHECK(graphml_of(back) == graphml_of(kg));
}

TEST_CASE("GEXF 1.3 writes every edge directed, keeps the relation as kind, flags dashed") {
    KnowledgeGraph kg = testing::nasty_graph();
    std::ostringstream s;
    io::write_gexf(kg, s);
    std::string gexf = s.str();
    CHECK(gexf.find("<gexf xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
    CHECK(gexf.find("version=\"1.3\"") != std::string::npos);
    // NetworkX refuses an undirected edge in a directed graph and doubles a mutual one.
    CHECK(gexf.find("type=\"undirected\"") == std::string::npos);
    CHECK(gexf.find("type=\"mutual\"") == std::string::npos);
    CHECK(gexf.find("defaultedgetype=\"directed\"") != std::string::npos);
    CHECK(gexf.find("kind=\"meets\"") != std::string::npos);
    CHECK(gexf.find("kind=\"role\"") != std::string::npos);
    CHECK(gexf.find("<viz:shape value=\"dashed\"/>") != std::string::npos);
    CHECK(gexf.find("label=\"AT&amp;T &lt;Legal &amp; Policy&gt;\"") != std::string::npos);
    CHECK(gexf.find("label=\"Line one&#10;line two\"") != std::string::npos);
    CHECK_FALSE(has_control_chars(gexf));
}

TEST_CASE("GEXF 1.2draft: its namespaces and version, no kind, the same nodes and edges") {
    KnowledgeGraph kg = testing::nasty_graph();
    io::WriteOptions opt;
    std::ostringstream s13, s12;
    io::write_gexf(kg, s13, opt);
    opt.gexf_version = io::WriteOptions::GexfVersion::V1_2draft;
    io::write_gexf(kg, s12, opt);
    const std::string gexf = s12.str();
    CHECK(gexf.find("<gexf xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
    CHECK(gexf.find("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"") != std::string::npos);
    CHECK(gexf.find("version=\"1.2\"") != std::string::npos);
    CHECK(gexf.find("kind=") == std::string::npos);  // 1.2draft has no edge kind
    auto count = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
        return n;
    };
    CHECK(count(gexf, "<node ") == kg.node_count());
    CHECK(count(gexf, "<edge ") == kg.edge_count());
    CHECK(count(gexf, "<attvalue ") == count(s13.str(), "<attvalue "));
}

TEST_CASE("DOT quotes and escapes every name and draws flagged edges dashed") {
    KnowledgeGraph kg = testing::nasty_graph();
    std::ostringstream s;
    io::write_dot(kg, s);
    std::string dot = s.str();
    CHECK(dot.find("label=\"Michael \\\"Mike\\\" Fletton\"") != std::string::npos);
    CHECK(dot.find("label=\"AT&amp;T <Legal &amp; Policy>\"") != std::string::npos);
    CHECK(dot.find("label=\"Dept. \\\\ Office (C:\\\\OLC\\\\N)\"") != std::string::npos);
    CHECK(dot.find("label=\"Line one\\nline two\"") != std::string::npos);
    CHECK(dot.find("style=\"dashed\"") != std::string::npos);
    CHECK(dot.find("dir=\"none\"") != std::string::npos);
    CHECK(dot.find("__legend") == std::string::npos);  // the legend is a table, not nodes
    CHECK_FALSE(has_control_chars(dot));
}

TEST_CASE("escaping helpers") {
    CHECK(io::xml_escape("a<b>&\"c\"") == "a&lt;b&gt;&amp;\"c\"");
    CHECK(io::xml_attr_escape("x\"\ny") == "x&quot;&#10;y");
    CHECK(io::dot_escape("C:\\N \"q\" & \r\n") == "C:\\\\N \\\"q\\\" &amp; \\n");
    CHECK(io::format_double(3.0) == "3");
    CHECK(io::format_double(0.1) == "0.1");
    CHECK(io::format_double(std::numeric_limits<double>::quiet_NaN()) == "0");
    CHECK(io::to_nmtoken("Edge Weight") == "Edge_Weight");
}

TEST_CASE("the same graph always gives byte-identical files") {
    CHECK(graphml_of(testing::nasty_graph()) == graphml_of(testing::nasty_graph()));
    CHECK(json_of(testing::nasty_graph()) == json_of(testing::nasty_graph()));
}

TEST_CASE("news outlets: node media and edge sources in every format, only for graphs that have them") {
    StatementSet in;
    in.entities.push_back({"Velen Courier", NodeType::Organization, {}, "", {}, true});
    Statement s = testing::make_statement("Ines Okafor", NodeType::Person, Relation::meets, "Tam Varga",
                                          NodeType::Person, "met", "They met, the Velen Courier said.");
    s.source = "Velen Courier";
    in.statements.push_back(s);
    Statement t = testing::make_statement("Ines Okafor", NodeType::Person, Relation::meets, "Tam Varga",
                                          NodeType::Person, "met", "They met again.", 4);
    t.source = "Harbour Radio";
    in.statements.push_back(t);
    KnowledgeGraph kg = build_graph(in);
    const std::string xml = graphml_of(kg);
    CHECK(xml.find("attr.name=\"media\" attr.type=\"boolean\"") != std::string::npos);
    CHECK(xml.find("attr.name=\"sources\"") != std::string::npos);
    CHECK(xml.find(">Harbour Radio|Velen Courier<") != std::string::npos);
    std::istringstream back_in(xml);
    KnowledgeGraph back = io::read_graphml(back_in, "media.graphml");
    CHECK(graphml_of(back) == xml);
    CHECK(back.g[*back.find_node_id(kg.g[0].id)].media == kg.g[0].media);
    const std::string json = json_of(kg);
    CHECK(json.find("\"source\": \"Velen Courier\"") != std::string::npos);
    CHECK(json.find("\"media\": true") != std::string::npos);
    std::istringstream json_in(json);
    CHECK(json_of(io::read_json_graph(json_in, "media.json")) == json);
    // A graph without outlets has neither column.
    const std::string plain = graphml_of(testing::nasty_graph());
    CHECK(plain.find("\"media\"") == std::string::npos);
    CHECK(plain.find("\"sources\"") == std::string::npos);
}
