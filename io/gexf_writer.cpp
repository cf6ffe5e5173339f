// GEXF, the better Gephi format (shared/docs/export-conventions.md §2): labels, viz colour and
// size, and (in 1.3) kind = the relation type so that two different relations between the same
// pair stay two edges in Gephi. GEXF 1.3 by default; 1.2draft for readers that know no 1.3
// (NetworkX before 3.0), with the same content but for `kind`, which 1.2draft lacks.
//
// Every edge is directed, symmetric relations (meets, family, co_mention) included, written once
// with the smaller node id as source: a per-edge type="undirected" in a directed graph makes
// NetworkX refuse the file ("Undirected edge found in directed graph"), and type="mutual" makes it
// add the edge twice. The relation's `type` attribute says which edges are symmetric.
#include <ostream>

#include "io/columns.hpp"
#include "io/io.hpp"
#include "io/style.hpp"
#include "io/text_escape.hpp"

namespace kg::io {
namespace {

// Columns that GEXF carries natively (label, weight) or as viz elements (size, color).
bool native_in_gexf(const Column& c) { return c.derived || c.reread || c.name == "label" || c.name == "weight"; }

std::string_view gexf_type(AttrKind k) {
    switch (k) {
        case AttrKind::Boolean: return "boolean";
        case AttrKind::Int: return "integer";
        case AttrKind::Long: return "long";
        case AttrKind::Float:
        case AttrKind::Double: return "double";
        case AttrKind::String: return "string";
    }
    return "string";
}

void write_attribute_decls(std::ostream& out, const char* cls, const std::vector<Column>& cols) {
    out << "    <attributes class=\"" << cls << "\">\n";
    for (const auto& c : cols) {
        if (native_in_gexf(c)) continue;
        std::string id = to_nmtoken(c.name);
        out << "      <attribute id=\"" << id << "\" title=\"" << xml_attr_escape(c.name)
            << "\" type=\"" << gexf_type(c.kind) << "\"/>\n";
    }
    out << "    </attributes>\n";
}

void write_attvalue(std::string& buf, const Column& c, const AttrValue& v) {
    buf += "          <attvalue for=\"";
    buf += to_nmtoken(c.name);
    buf += "\" value=\"";
    buf += xml_attr_escape(value_text(v, c.kind));
    buf += "\"/>\n";
}

// The root element of each version: namespaces, schema location and version number.
std::string_view gexf_root(WriteOptions::GexfVersion version) {
    if (version == WriteOptions::GexfVersion::V1_2draft)
        return "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
               "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
               "xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
               "http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n";
    return "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
           "version=\"1.3\">\n";
}

}  // namespace

void write_gexf(const KnowledgeGraph& kg, std::ostream& out, const WriteOptions& opt) {
    auto ncols = node_columns(kg);
    auto ecols = edge_columns(kg);
    const bool kinds = opt.gexf_version == WriteOptions::GexfVersion::V1_3;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << gexf_root(opt.gexf_version)
        << "  <meta>\n    <creator>kgraph</creator>\n    <description>"
        << xml_escape(opt.graph_name)
        << ": a knowledge graph of people, organisations, places and events</description>\n"
           "  </meta>\n"
           "  <graph mode=\"static\" defaultedgetype=\"directed\">\n";
    write_attribute_decls(out, "node", ncols);
    write_attribute_decls(out, "edge", ecols);

    std::string buf;
    out << "    <nodes>\n";
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        const NodeProps& n = kg.g[v];
        buf.clear();
        buf += "      <node id=\"" + xml_attr_escape(n.id) + "\" label=\"" +
               xml_attr_escape(n.label) + "\">\n        <attvalues>\n";
        for (const auto& c : ncols)
            if (!native_in_gexf(c)) write_attvalue(buf, c, node_value(kg, v, c, opt));
        Rgb color = node_color(kg, v, opt);
        buf += "        </attvalues>\n        <viz:color r=\"" + std::to_string(color.r) +
               "\" g=\"" + std::to_string(color.g) + "\" b=\"" + std::to_string(color.b) +
               "\"/>\n        <viz:size value=\"" + format_double(node_size(kg, v)) +
               "\"/>\n      </node>\n";
        out << buf;
    }
    out << "    </nodes>\n    <edges>\n";
    for (Edge e : edges_in_order(kg)) {
        const EdgeProps& p = kg.g[e];
        buf.clear();
        buf += "      <edge id=\"" + xml_attr_escape(p.id) + "\" source=\"" +
               xml_attr_escape(kg.g[boost::source(e, kg.g)].id) + "\" target=\"" +
               xml_attr_escape(kg.g[boost::target(e, kg.g)].id) + "\"";
        buf += " label=\"" + xml_attr_escape(p.joined_labels()) + "\"";
        if (kinds) buf += " kind=\"" + std::string(to_string(p.type)) + "\"";
        buf += " weight=\"" +
               format_double(p.weight > 0 ? p.weight : 1.0) + "\">\n        <attvalues>\n";
        for (const auto& c : ecols)
            if (!native_in_gexf(c)) write_attvalue(buf, c, edge_value(kg, e, c));
        buf += "        </attvalues>\n";
        if (p.flags) {
            // A statement that is hedged, negated or only attributed is never drawn as a fact.
            buf += "        <viz:color r=\"170\" g=\"170\" b=\"170\"/>\n"
                   "        <viz:shape value=\"dashed\"/>\n";
        }
        buf += "      </edge>\n";
        out << buf;
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace kg::io
