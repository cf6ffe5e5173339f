// kgraph path GRAPH FROM TO: how two entities connect, with the sentence behind each hop.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <iostream>
#include <set>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "graph/name_lookup.hpp"
#include "graph/paths.hpp"

namespace kg::cli {
namespace {

const char* const kDescription =
    "Finds how FROM connects to TO on the connection graph (one link per pair of entities,\n"
    "direction ignored unless --directed) and prints, for every hop, the relations behind it\n"
    "with their type, label, direction and evidence sentence. Single-pair searches run from\n"
    "both ends at once (bidirectional BFS, or bidirectional Dijkstra with --weighted, where a\n"
    "stronger tie is a shorter distance 1/weight). Names are read as a person types them\n"
    "(case and accents ignored, aliases, a surname alone when unique). \"No path\" is an\n"
    "answer (exit 0): it says which connected components the two ends are in.";

using Json = rapidjson::Writer<rapidjson::OStreamWrapper>;

void json_string(Json& w, const std::string& s) {
    w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
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

void print_text(std::ostream& out, const KnowledgeGraph& kg, Vertex from, Vertex to,
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
        if (weighted) out << ", length " << format_number(p.length);
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
    json_string(w, kg.g[v].id);
    w.Key("label");
    json_string(w, kg.g[v].label);
    w.Key("type");
    json_string(w, std::string(to_string(kg.g[v].type)));
    w.EndObject();
}

void print_json(std::ostream& out, const KnowledgeGraph& kg, Vertex from, Vertex to,
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
        w.RawValue(format_number(p.length).c_str(), format_number(p.length).size(), rapidjson::kNumberType);
        w.Key("nodes");
        w.StartArray();
        for (Vertex v : p.nodes) json_node(w, kg, v);
        w.EndArray();
        w.Key("steps");
        w.StartArray();
        for (const Hop& hop : p.hops) {
            w.StartObject();
            w.Key("from");
            json_string(w, kg.g[hop.from].id);
            w.Key("to");
            json_string(w, kg.g[hop.to].id);
            w.Key("weight");
            w.RawValue(format_number(hop.weight).c_str(), format_number(hop.weight).size(), rapidjson::kNumberType);
            w.Key("edges");
            w.StartArray();
            for (const HopEdge& he : hop.edges) {
                const EdgeProps& e = kg.g[he.edge];
                w.StartObject();
                w.Key("id");
                json_string(w, e.id);
                w.Key("type");
                json_string(w, std::string(to_string(e.type)));
                w.Key("label");
                json_string(w, e.joined_labels());
                w.Key("direction");
                json_string(w, std::string(to_string(he.direction)));
                w.Key("source");
                json_string(w, kg.g[boost::source(he.edge, kg.g)].id);
                w.Key("target");
                json_string(w, kg.g[boost::target(he.edge, kg.g)].id);
                w.Key("flags");
                json_string(w, flags_to_string(e.flags));
                w.Key("evidence");
                w.StartArray();
                for (const Evidence& ev : e.evidence) {
                    w.StartObject();
                    w.Key("article");
                    json_string(w, ev.article);
                    if (ev.sentence) {
                        w.Key("sentence");
                        w.Int(*ev.sentence);
                    }
                    w.Key("text");
                    json_string(w, ev.text);
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

std::string dot_quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

// The paths in bold, with every other neighbour of a path node in grey.
void print_dot(std::ostream& out, const KnowledgeGraph& kg, const PathAnswer& ans,
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
            if (!kg.g[e].labels.empty()) label += ": " + kg.g[e].labels.front();
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

int run_path(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> positional, exclude;
    opts.add_options()
        ("names", po::value(&positional)->required(), "GRAPH FROM TO")
        ("all", "every shortest path (at most --limit)")
        ("k", po::value<std::size_t>(), "the K shortest simple paths (Yen's algorithm)")
        ("limit", po::value<std::size_t>()->default_value(100), "paths printed by --all at most")
        ("max-hops", po::value<std::size_t>(), "paths of at most this many hops")
        ("via", po::value<std::string>(), "intermediate entities of this type only (e.g. Person)")
        ("exclude", po::value(&exclude), "never pass through this entity (repeatable)")
        ("format", po::value<std::string>()->default_value("text"), "text, json or dot");
    add_connection_options(opts);
    add_load_options(opts);
    po::positional_options_description pos;
    pos.add("names", -1);
    po::variables_map vm;
    const std::string command = "path";
    if (!parse_command_line(command, "GRAPH FROM TO [--all | --k N] [--max-hops N] [--via TYPE] [--exclude NAME] [options]",
                            kDescription, args, opts, pos, vm))
        return 0;
    if (positional.size() != 3) throw UsageError(command, "expected GRAPH FROM TO");
    const std::string format = vm["format"].as<std::string>();
    if (format != "text" && format != "json" && format != "dot")
        throw UsageError(command, "--format must be text, json or dot, not '" + format + "'");
    PathOptions po_;
    po_.connection = connection_options(command, vm);
    po_.weighted = vm.count("weighted") > 0;
    if (vm.count("max-hops")) po_.max_hops = vm["max-hops"].as<std::size_t>();
    if (vm.count("via")) po_.via = parse_type_option(command, "--via", vm["via"].as<std::string>());
    if (vm.count("all") && vm.count("k")) throw UsageError(command, "--all and --k exclude each other");
    if (vm.count("all")) {
        po_.mode = PathOptions::Mode::all;
        po_.limit = vm["limit"].as<std::size_t>();
    } else if (vm.count("k")) {
        po_.mode = PathOptions::Mode::k_shortest;
        po_.k = vm["k"].as<std::size_t>();
        if (po_.k == 0) throw UsageError(command, "--k must be at least 1");
    }

    const KnowledgeGraph kg = load_graph({positional[0]}, load_options(vm));
    const Vertex from = require_name(kg, positional[1]);
    const Vertex to = require_name(kg, positional[2]);
    for (const auto& name : exclude) {
        const Vertex v = require_name(kg, name);
        if (v == from || v == to)
            throw UsageError(command, "--exclude " + name + " names one end of the path");
        po_.exclude.push_back(v);
    }
    const PhaseTimer timings = timings_option(vm);
    const PathAnswer ans = timings.time("path", [&] { return find_paths(kg, from, to, po_); });
    PhaseTimer::Scope timed(timings, "write");
    if (format == "text")
        print_text(std::cout, kg, from, to, ans, po_.weighted);
    else if (format == "json")
        print_json(std::cout, kg, from, to, ans);
    else
        print_dot(std::cout, kg, ans, po_.connection, from, to);
    return 0;
}

}  // namespace kg::cli
