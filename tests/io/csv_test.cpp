// Gephi's spreadsheet tables: headers, RFC 4180 quoting, one row per node or edge.
#include <doctest/doctest.h>

#include <sstream>

#include "graph_fixtures.hpp"
#include "io/io.hpp"

using namespace kg;

namespace {

using Row = std::vector<std::string>;

// RFC 4180: fields split at commas, rows at line ends, both only outside double quotes; "" is
// a quote inside a quoted field.
std::vector<Row> parse_csv(const std::string& text) {
    std::vector<Row> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
        } else {
            field += c;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

std::string nodes_csv(const KnowledgeGraph& kg) {
    std::ostringstream s;
    io::write_csv_nodes(kg, s);
    return s.str();
}
std::string edges_csv(const KnowledgeGraph& kg) {
    std::ostringstream s;
    io::write_csv_edges(kg, s);
    return s.str();
}

}  // namespace

TEST_CASE("file names choose the node or the edge table") {
    CHECK(io::format_from_path("out/g.csv") == io::Format::Csv);
    CHECK(io::format_from_path("out/g.edges.csv") == io::Format::CsvEdges);
    CHECK(io::format_from_path("out/G.EDGES.CSV") == io::Format::CsvEdges);
    CHECK(io::format_from_path("out.edges.d/g.csv") == io::Format::Csv);
    CHECK(io::parse_format("edges.csv") == io::Format::CsvEdges);
}

TEST_CASE("the node table starts Id,Label and quotes what needs it") {
    KnowledgeGraph kg = testing::nasty_graph();
    auto rows = parse_csv(nodes_csv(kg));
    REQUIRE(rows.size() == kg.node_count() + 1);
    const Row& header = rows[0];
    REQUIRE(header.size() >= 3);
    CHECK(header[0] == "Id");
    CHECK(header[1] == "Label");
    CHECK(header[2] == "type");
    CHECK(std::count(header.begin(), header.end(), "label") == 0);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CHECK(rows[i].size() == header.size());
        Vertex v = *kg.find_node_id(rows[i][0]);
        CHECK(rows[i][1] == kg.g[v].label);
        CHECK(rows[i][2] == to_string(kg.g[v].type));
    }
}

TEST_CASE("the edge table has Gephi's columns, then relation, articles, evidence and its article") {
    KnowledgeGraph kg = testing::nasty_graph();
    const std::string text = edges_csv(kg);
    CHECK(text.rfind("Source,Target,Type,Id,Label,Weight,relation,articles,", 0) == 0);
    auto rows = parse_csv(text);
    REQUIRE(rows.size() == kg.edge_count() + 1);
    const Row& header = rows[0];
    auto col = [&](const std::string& name) {
        auto it = std::find(header.begin(), header.end(), name);
        REQUIRE(it != header.end());
        return static_cast<std::size_t>(it - header.begin());
    };
    std::size_t undirected = 0, row = 1;
    for (Edge e : edges_in_order(kg)) {
        const Row& r = rows[row++];
        REQUIRE(r.size() == header.size());
        const EdgeProps& p = kg.g[e];
        CHECK(r[col("Source")] == kg.g[boost::source(e, kg.g)].id);
        CHECK(r[col("Target")] == kg.g[boost::target(e, kg.g)].id);
        CHECK(r[col("Type")] == (is_symmetric(p.type) ? "Undirected" : "Directed"));
        undirected += r[col("Type")] == "Undirected";
        CHECK(r[col("Id")] == p.id);
        CHECK(r[col("Label")] == p.joined_labels());
        CHECK(std::stod(r[col("Weight")]) == p.weight);
        CHECK(r[col("relation")] == to_string(p.type));
        CHECK(r[col("evidence")] == p.evidence.front().text);  // quotes, commas, & kept
        CHECK(r[col("article")] == "a1");
        CHECK(r[col("title")] == "A <title> & more");
        CHECK(r[col("date")] == "2017-07-08");
    }
    CHECK(undirected > 0);
}
