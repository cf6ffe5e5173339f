// GraphML for Gephi, NetworkX, igraph and graph-tool (shared/docs/export-conventions.md §1,
// §3, §4): neutral key ids, for="node"/"edge", portable attr.types, every key on every
// element, one edge direction for the whole graph.
#include <ostream>

#include "io/article_texts_json.hpp"
#include "io/columns.hpp"
#include "io/io.hpp"
#include "io/text_escape.hpp"

namespace kg::io {
namespace {

std::string key_id(char domain, const Column& c) {
    return std::string(1, domain) + "_" + to_nmtoken(c.name);
}

void write_keys(std::ostream& out, char domain, const std::vector<Column>& cols) {
    const char* for_ = domain == 'n' ? "node" : "edge";
    for (const auto& c : cols) {
        out << "  <key id=\"" << key_id(domain, c) << "\" for=\"" << for_ << "\" attr.name=\""
            << to_nmtoken(c.name) << "\" attr.type=\""
            << to_string(c.kind == AttrKind::Float ? AttrKind::Double : c.kind) << "\"/>\n";
    }
}

void write_data(std::string& buf, char domain, const Column& c, const AttrValue& v) {
    buf += "      <data key=\"";
    buf += key_id(domain, c);
    buf += "\">";
    buf += xml_escape(value_text(v, c.kind));
    buf += "</data>\n";
}

}  // namespace

void write_graphml(const KnowledgeGraph& kg, std::ostream& out, const WriteOptions& opt) {
    auto ncols = node_columns(kg);
    auto ecols = edge_columns(kg);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    write_keys(out, 'n', ncols);
    write_keys(out, 'e', ecols);
    // The articles' text fingerprints, for kgraph reading the graph back with more articles
    // (Gephi skips a graph key with a warning): only when some article has one.
    const std::string article_texts = article_texts_to_json(kg.articles);
    if (!article_texts.empty())
        out << "  <key id=\"g_article_texts\" for=\"graph\" attr.name=\"article_texts\" attr.type=\"string\"/>\n";
    out << "  <graph id=\"" << to_nmtoken(opt.graph_name) << "\" edgedefault=\"directed\">\n";
    if (!article_texts.empty())
        out << "    <data key=\"g_article_texts\">" << xml_escape(article_texts) << "</data>\n";
    std::string buf;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        buf.clear();
        buf += "    <node id=\"";
        buf += xml_attr_escape(kg.g[v].id);
        buf += "\">\n";
        for (const auto& c : ncols) write_data(buf, 'n', c, node_value(kg, v, c, opt));
        buf += "    </node>\n";
        out << buf;
    }
    for (Edge e : edges_in_order(kg)) {
        buf.clear();
        buf += "    <edge id=\"";
        buf += xml_attr_escape(kg.g[e].id);
        buf += "\" source=\"";
        buf += xml_attr_escape(kg.g[boost::source(e, kg.g)].id);
        buf += "\" target=\"";
        buf += xml_attr_escape(kg.g[boost::target(e, kg.g)].id);
        buf += "\">\n";
        for (const auto& c : ecols) write_data(buf, 'e', c, edge_value(kg, e, c, 1));  // one evidence kept
        buf += "    </edge>\n";
        out << buf;
    }
    out << "  </graph>\n</graphml>\n";
}

}  // namespace kg::io
