// Spreadsheet tables (RFC 4180 quoting) in the shape Gephi's spreadsheet import reads: a node
// table whose first columns are Id and Label, and an edge table whose first columns are Source,
// Target, Type (Directed or Undirected), Id, Label and Weight. Gephi matches these headers
// (case-insensitively) to its own fields and keeps every other column as an attribute.
#include <ostream>
#include <set>

#include "io/columns.hpp"
#include "io/io.hpp"
#include "io/text_escape.hpp"

namespace kg::io {
namespace {

// Node columns Gephi fills itself: kgraph's `label` is Gephi's Label.
// (A column kept only for reading back, which the tables are not, is left out too.)
bool is_gephi_node_field(const Column& c) { return c.name == "label" || c.reread; }

// Edge columns given their own place (Gephi's fields, or the columns named after them).
bool is_placed_edge_column(const Column& c) {
    if (c.reread) return true;  // not in the tables: kept for reading back
    static const std::set<std::string, std::less<>> placed = {
        "type", "label", "weight", "articles", "flags", "evidence", "evidence_article",
        "evidence_sentence", "sources"};
    return placed.count(c.name) > 0;
}

}  // namespace

void write_csv_nodes(const KnowledgeGraph& kg, std::ostream& out) {
    auto cols = node_columns(kg);
    out << "Id,Label";
    for (const auto& c : cols)
        if (!is_gephi_node_field(c)) out << ',' << csv_escape(c.name);
    out << '\n';
    WriteOptions opt;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        out << csv_escape(kg.g[v].id) << ',' << csv_escape(kg.g[v].label);
        for (const auto& c : cols)
            if (!is_gephi_node_field(c))
                out << ',' << csv_escape(value_text(node_value(kg, v, c, opt), c.kind));
        out << '\n';
    }
}

void write_csv_edges(const KnowledgeGraph& kg, std::ostream& out) {
    std::vector<Column> extras;
    for (const Column& c : edge_columns(kg))
        if (!is_placed_edge_column(c)) extras.push_back(c);
    out << "Source,Target,Type,Id,Label,Weight,relation,articles,flags,sources,evidence,"
           "article,sentence,title,date";
    for (const auto& c : extras) out << ',' << csv_escape(c.name);
    out << '\n';
    for (Edge e : edges_in_order(kg)) {
        const EdgeProps& p = kg.g[e];
        const Evidence* best = p.evidence.empty() ? nullptr : &p.evidence.front();
        const Article* article = best ? kg.find_article(best->article) : nullptr;
        out << csv_escape(kg.g[boost::source(e, kg.g)].id) << ','
            << csv_escape(kg.g[boost::target(e, kg.g)].id) << ','
            // Gephi keeps a mixed graph: symmetric relations are drawn without arrows.
            << (is_symmetric(p.type) ? "Undirected" : "Directed") << ',' << csv_escape(p.id)
            << ',' << csv_escape(p.joined_labels()) << ','
            << format_double(p.weight > 0 ? p.weight : 1.0) << ',' << to_string(p.type) << ','
            << p.articles << ',' << flags_to_string(p.flags) << ','
            << csv_escape(edge_sources(p)) << ',' << csv_escape(best ? best->text : "") << ','
            << csv_escape(best ? best->article : "") << ','
            << (best && best->sentence ? std::to_string(*best->sentence) : std::string()) << ','
            << csv_escape(article ? article->title : "") << ','
            << csv_escape(article ? article->date : "");
        for (const auto& c : extras) out << ',' << csv_escape(value_text(edge_value(kg, e, c), c.kind));
        out << '\n';
    }
}

}  // namespace kg::io
