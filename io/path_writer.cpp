// How two entities connect, as text, JSON or DOT.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <ostream>
#include <set>

#include "graph/name_lookup.hpp"
#include "io/json_util.hpp"
#include "io/reports.hpp"
#include "io/text_escape.hpp"

namespace kg::io {
namespace {

using Json = rapidjson::Writer<rapidjson::OStreamWrapper>;

void json_number(Json& w, double x) {
    const std::string text = format_double(x);
    w.RawValue(text.c_str(), text.size(), rapidjson::kNumberType);
}

std::string arrow_text(const KnowledgeGraph& kg, const Hop& hop, const HopEdge& he) {
    const EdgeProps& e = kg.g[he.edge];
    std::string rel = std::string(to_string(e.type));
    const std::string labels = e.joined_labels();
    if (!labels.empty()) rel += " \"" + labels + "\"";
    const std::string& a = kg.g[hop.from].label;
    const std::string& b = kg.g[hop.to].label;
    switch (he.direction) {
        case HopDirection::forward: return a + " -[" + rel + "]-> " + b;
        case HopDirection::backward: return a + " <-[" + rel + "]- " + b;
        case HopDirection::symmetric: return a + " -[" + rel + "]- " + b;
    }
    return a + " -[" + rel + "]- " + b;
}

std::string entities(std::size_t n) { return std::to_string(n) + (n == 1 ? " entity" : " entities"); }

std::string where(const Evidence& ev) {
    std::string s = ev.article.empty() ? "(no article)" : ev.article;
    if (ev.sentence) s += ", sentence " + std::to_string(*ev.sentence);
    return s;
}

void write_text(std::ostream& out, const KnowledgeGraph& kg, Vertex from, Vertex to,
                const PathAnswer& ans, bool weighted) {
    if (ans.paths.empty()) {
        out << "No path from " << describe_node(kg, from) << " to " << describe_node(kg, to) << ".\n";
        if (ans.same_component())
            out << "Both are in connected component " << ans.from_component + 1 << " of "
                << ans.component_count << " (" << entities(ans.from_component_size)
                << "), but no path meets the constraints given.\n";
        else
            out << describe_node(kg, from) << " is in connected component " << ans.from_component + 1
                << " (" << entities(ans.from_component_size) << "), " << describe_node(kg, to)
                << " in component " << ans.to_component + 1 << " (" << entities(ans.to_component_size)
                << "), of " << ans.component_count << " components.\n";
        return;
    }
    for (std::size_t i = 0; i < ans.paths.size(); ++i) {
        const ExplainedPath& p = ans.paths[i];
        if (i) out << "\n";
        out << "Path " << i + 1 << " of " << ans.paths.size() << ": " << describe_node(kg, from)
            << " to " << describe_node(kg, to) << ", " << p.hops.size()
            << (p.hops.size() == 1 ? " hop" : " hops");
        if (weighted) out << ", length " << format_double(p.length);
        out << "\n";
        for (std::size_t h = 0; h < p.hops.size(); ++h) {
            const Hop& hop = p.hops[h];
            for (std::size_t k = 0; k < hop.edges.size(); ++k) {
                const HopEdge& he = hop.edges[k];
                const EdgeProps& e = kg.g[he.edge];
                out << (k == 0 ? "  " + std::to_string(h + 1) + ". " : "     ")
                    << arrow_text(kg, hop, he);
                if (e.flags) out << " [" << flags_to_string(e.flags) << "]";
                out << "\n";
                if (e.evidence.empty()) {
                    out << "       (no evidence sentence)\n";
                    continue;
                }
                const Evidence& ev = e.evidence.front();
                out << "       " << where(ev) << ": \"" << ev.text << "\"";
                if (e.evidence.size() > 1) out << " (+" << e.evidence.size() - 1 << " more)";
                out << "\n";
            }
        }
    }
}

void json_node(Json& w, const KnowledgeGraph& kg, Vertex v) {
    w.StartObject();
    w.Key("id");
    json::write_string(w, kg.g[v].id);
    w.Key("label");
    json::write_string(w, kg.g[v].label);
    w.Key("type");
    json::write_string(w, to_string(kg.g[v].type));
    w.EndObject();
}

void write_json(std::ostream& out, const KnowledgeGraph& kg, Vertex from, Vertex to,
                const PathAnswer& ans) {
    rapidjson::OStreamWrapper os(out);
    Json w(os);
    w.StartObject();
    w.Key("from");
    json_node(w, kg, from);
    w.Key("to");
    json_node(w, kg, to);
    w.Key("found");
    w.Bool(!ans.paths.empty());
    w.Key("components");
    w.StartObject();
    w.Key("count");
    w.Uint64(ans.component_count);
    w.Key("from");
    w.Uint64(ans.from_component + 1);
    w.Key("from_size");
    w.Uint64(ans.from_component_size);
    w.Key("to");
    w.Uint64(ans.to_component + 1);
    w.Key("to_size");
    w.Uint64(ans.to_component_size);
    w.EndObject();
    w.Key("paths");
    w.StartArray();
    for (const ExplainedPath& p : ans.paths) {
        w.StartObject();
        w.Key("hops");
        w.Uint64(p.hops.size());
        w.Key("length");
        json_number(w, p.length);
        w.Key("nodes");
        w.StartArray();
        for (Vertex v : p.nodes) json_node(w, kg, v);
        w.EndArray();
        w.Key("steps");
        w.StartArray();
        for (const Hop& hop : p.hops) {
            w.StartObject();
            w.Key("from");
            json::write_string(w, kg.g[hop.from].id);
            w.Key("to");
            json::write_string(w, kg.g[hop.to].id);
            w.Key("weight");
            json_number(w, hop.weight);
            w.Key("edges");
            w.StartArray();
            for (const HopEdge& he : hop.edges) {
                const EdgeProps& e = kg.g[he.edge];
                w.StartObject();
                w.Key("id");
                json::write_string(w, e.id);
                w.Key("type");
                json::write_string(w, to_string(e.type));
                w.Key("label");
                json::write_string(w, e.joined_labels());
                w.Key("direction");
                json::write_string(w, to_string(he.direction));
                w.Key("source");
                json::write_string(w, kg.g[boost::source(he.edge, kg.g)].id);
                w.Key("target");
                json::write_string(w, kg.g[boost::target(he.edge, kg.g)].id);
                w.Key("flags");
                json::write_string(w, flags_to_string(e.flags));
                w.Key("evidence");
                w.StartArray();
                for (const Evidence& ev : e.evidence) {
                    w.StartObject();
                    w.Key("article");
                    json::write_string(w, ev.article);
                    if (ev.sentence) {
                        w.Key("sentence");
                        w.Int(*ev.sentence);
                    }
                    w.Key("text");
                    json::write_string(w, ev.text);
                    w.EndObject();
                }
                w.EndArray();
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    os.Flush();
    out << "\n";
}

std::string dot_quote(const std::string& s) { return "\"" + dot_escape(s) + "\""; }

// The paths in bold, with every other neighbour of a path node in grey.
void write_dot(std::ostream& out, const KnowledgeGraph& kg, const PathAnswer& ans,
               const ConnectionOptions& co, Vertex from, Vertex to) {
    std::set<Vertex> on_path{from, to};
    std::set<std::pair<Vertex, Vertex>> path_pairs;
    for (const auto& p : ans.paths) {
        on_path.insert(p.nodes.begin(), p.nodes.end());
        for (const auto& hop : p.hops) path_pairs.insert(std::minmax(hop.from, hop.to));
    }
    ConnectionOptions undirected = co;
    undirected.directed = false;
    const ConnectionGraph g = connection_graph(kg, undirected);
    std::set<Vertex> shown = on_path;
    for (Vertex v : on_path)
        for (const Neighbor& nb : g.out[v]) shown.insert(nb.node);
    out << "graph path {\n  graph [overlap=false, splines=true];\n"
           "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fillcolor=\"#eeeeee\", color=\"#999999\"];\n"
           "  edge [color=\"#bbbbbb\", fontname=\"Helvetica\", fontsize=10];\n";
    for (Vertex v : shown) {
        out << "  " << dot_quote(kg.g[v].id) << " [label=" << dot_quote(kg.g[v].label + "\n" + std::string(to_string(kg.g[v].type)));
        if (on_path.count(v)) out << ", fillcolor=\"#ffd27f\", color=\"#c07000\", penwidth=2";
        out << "];\n";
    }
    for (const Link& l : g.links) {
        if (!shown.count(l.source) || !shown.count(l.target)) continue;
        if (!on_path.count(l.source) && !on_path.count(l.target)) continue;
        std::string label;
        for (const Edge& e : l.edges) {
            if (!label.empty()) label += "\n";
            label += std::string(to_string(kg.g[e].type));
            if (!kg.g[e].labels.empty()) label.append(": ").append(kg.g[e].labels.front());
        }
        out << "  " << dot_quote(kg.g[l.source].id) << " -- " << dot_quote(kg.g[l.target].id)
            << " [label=" << dot_quote(label);
        if (path_pairs.count(std::minmax(static_cast<Vertex>(l.source), static_cast<Vertex>(l.target))))
            out << ", color=\"#c03000\", penwidth=3, fontcolor=\"#c03000\"";
        out << "];\n";
    }
    out << "}\n";
}

}  // namespace

void write_paths(std::ostream& out, const KnowledgeGraph& kg, Vertex from, Vertex to,
                 const PathAnswer& answer, const PathOptions& options, PathFormat format) {
    switch (format) {
        case PathFormat::Text: write_text(out, kg, from, to, answer, options.weighted); break;
        case PathFormat::Json: write_json(out, kg, from, to, answer); break;
        case PathFormat::Dot: write_dot(out, kg, answer, options.connection, from, to); break;
    }
}

}  // namespace kg::io
