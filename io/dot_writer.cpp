// DOT for Graphviz (shared/docs/export-conventions.md §5): every id quoted and escaped, shape
// and colour by node type, a legend, pen width by weight, edge labels, the evidence sentence
// as tooltip, hedged/negated/attributed edges dashed. Large graphs switch to sfdp settings.
#include <cmath>
#include <ostream>

#include "io/columns.hpp"
#include "io/io.hpp"
#include "io/style.hpp"
#include "io/text_escape.hpp"

namespace kg::io {
namespace {

constexpr std::size_t kLargeGraph = 300;  // beyond this, dot is too slow: sfdp, no edge labels

std::string quoted(std::string_view s) { return "\"" + dot_escape(s) + "\""; }

std::string html_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// The legend is an HTML-like table in the graph label: it adds no nodes to the graph.
std::string legend(const WriteOptions& opt) {
    std::string t =
        "<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
        "<TR><TD COLSPAN=\"5\"><B>Legend</B></TD></TR><TR>";
    if (opt.color_by == WriteOptions::ColorBy::Community) {
        t += "<TD COLSPAN=\"5\">fill colour = community; shape = type (ellipse Person, box "
             "Organization, house Place, note Event)</TD>";
    } else {
        for (int i = 0; i < kNodeTypeCount; ++i) {
            auto type = static_cast<NodeType>(i);
            t += "<TD BGCOLOR=\"" + type_color(type).hex() + "\">" +
                 html_escape(to_string(type)) + " (" + std::string(dot_shape(type)) + ")</TD>";
        }
    }
    t += "</TR><TR><TD COLSPAN=\"5\">dashed edge = hedged, negated or only attributed; "
         "undirected edge = symmetric relation; thicker = more statements</TD></TR></TABLE>>";
    return t;
}

std::string node_tooltip(const NodeProps& n) {
    std::string t = std::string(to_string(n.type)) + ": " + n.label;
    if (!n.aliases.empty()) {
        t += "\nalso: ";
        for (std::size_t i = 0; i < n.aliases.size(); ++i) t += (i ? ", " : "") + n.aliases[i];
    }
    t += "\n" + std::to_string(n.mentions) + " mentions in " + std::to_string(n.articles) +
         " article" + (n.articles == 1 ? "" : "s");
    return t;
}

std::string edge_tooltip(const EdgeProps& p) {
    std::string t = std::string(to_string(p.type)) + " (" + p.joined_labels() + ")";
    if (p.flags) t += " [" + flags_to_string(p.flags) + "]";
    if (!p.evidence.empty()) {
        const Evidence& ev = p.evidence.front();
        t += "\n" + ev.text;
        if (!ev.article.empty()) {
            t += "\n(" + ev.article;
            if (ev.sentence) t += ", sentence " + std::to_string(*ev.sentence);
            t += ")";
        }
    }
    return t;
}

}  // namespace

void write_dot(const KnowledgeGraph& kg, std::ostream& out, const WriteOptions& opt) {
    bool large = kg.node_count() > kLargeGraph;
    out << "digraph " << quoted(opt.graph_name) << " {\n"
        << "  graph [charset=\"UTF-8\", fontname=\"DejaVu Sans\", fontsize=11, "
           "outputorder=\"edgesfirst\", overlap=\"prism\", labelloc=\"b\", labeljust=\"r\", ";
    if (large) out << "layout=\"sfdp\", splines=\"false\", ";
    else out << "rankdir=\"LR\", splines=\"true\", ";
    out << "label=" << legend(opt) << "];\n"
        << "  node [style=\"filled,rounded\", fontname=\"DejaVu Sans\", fontsize=10, "
           "penwidth=1];\n"
        << "  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#555555\", "
           "fontcolor=\"#333333\"];\n";

    std::string buf;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        const NodeProps& n = kg.g[v];
        std::string type(to_string(n.type));
        buf = "  " + quoted(n.id) + " [label=" + quoted(n.label) + ", class=\"" + type +
              "\", type=\"" + type + "\", shape=\"" + std::string(dot_shape(n.type)) +
              "\", fillcolor=\"" + node_color(kg, v, opt).hex() +
              "\", tooltip=" + quoted(node_tooltip(n)) + "];\n";
        out << buf;
    }
    for (Edge e : edges_in_order(kg)) {
        const EdgeProps& p = kg.g[e];
        double pen = 1.0 + std::log2(std::max(p.weight, 1.0));
        buf = "  " + quoted(kg.g[boost::source(e, kg.g)].id) + " -> " +
              quoted(kg.g[boost::target(e, kg.g)].id) + " [";
        if (!large) buf += "label=" + quoted(p.joined_labels()) + ", ";
        buf += "type=\"" + std::string(to_string(p.type)) + "\", penwidth=" + format_double(std::round(pen * 100) / 100);
        if (is_symmetric(p.type)) buf += ", dir=\"none\"";
        if (p.flags) buf += ", style=\"dashed\", flags=\"" + flags_to_string(p.flags) + "\"";
        buf += ", tooltip=" + quoted(edge_tooltip(p)) + "];\n";
        out << buf;
    }
    out << "}\n";
}

}  // namespace kg::io
