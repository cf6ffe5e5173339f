// kgraph neighbors GRAPH NAME: an entity's ego network, as a table and as a subgraph.
#include <algorithm>
#include <iostream>

#include "cli/analysis_options.hpp"
#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "cli/outputs.hpp"
#include "graph/filter.hpp"
#include "graph/name_lookup.hpp"

namespace kg::cli {
namespace {

const char* const kDescription =
    "Lists the entities within --depth hops of NAME (its ego network; direction ignored unless\n"
    "--directed, which follows edges out of NAME) with the relations that reach each one: the\n"
    "relation type and label, its direction and how many sentences support it. -o writes the\n"
    "ego network as a graph (.dot, .graphml, .gexf, .json, ...) with the ids and attributes of\n"
    "the whole graph.";

struct Row {
    std::size_t hop;
    Vertex entity;
    Vertex from;
    Edge edge;
};

void print_table(std::ostream& out, const KnowledgeGraph& kg, Vertex center, std::size_t depth,
                 const std::vector<std::optional<std::size_t>>& dist, const ConnectionOptions& co) {
    std::vector<Row> rows;
    std::size_t reached = 0;
    for (std::size_t v = 0; v < dist.size(); ++v)
        if (dist[v] && *dist[v] > 0) ++reached;
    for (const Edge& e : edges_in_order(kg)) {
        if (!keeps_edge(kg, e, co)) continue;
        const Vertex s = boost::source(e, kg.g), t = boost::target(e, kg.g);
        if (!dist[s] || !dist[t]) continue;
        // An edge from the layer before: it is how the farther end was reached.
        if (*dist[t] == *dist[s] + 1) rows.push_back({*dist[t], t, s, e});
        else if (*dist[s] == *dist[t] + 1 && (!co.directed || is_symmetric(kg.g[e].type)))
            rows.push_back({*dist[s], s, t, e});
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        if (a.hop != b.hop) return a.hop < b.hop;
        if (kg.g[a.entity].label != kg.g[b.entity].label) return kg.g[a.entity].label < kg.g[b.entity].label;
        return kg.g[a.entity].id < kg.g[b.entity].id;
    });
    out << describe_node(kg, center) << ": " << reached << (reached == 1 ? " entity" : " entities")
        << " within " << depth << (depth == 1 ? " hop" : " hops") << "\n";
    if (rows.empty()) return;
    std::vector<std::vector<std::string>> cells = {
        {"hop", "entity", "type", "relation", "label", "from", "evidence"}};
    for (const Row& r : rows) {
        const EdgeProps& e = kg.g[r.edge];
        std::string rel(to_string(e.type));
        if (is_symmetric(e.type)) rel = "-" + rel + "-";
        else if (boost::source(r.edge, kg.g) == r.from) rel = "-" + rel + "->";
        else rel = "<-" + rel + "-";
        cells.push_back({std::to_string(r.hop), kg.g[r.entity].label,
                         std::string(to_string(kg.g[r.entity].type)), rel, e.joined_labels(),
                         kg.g[r.from].label, std::to_string(e.evidence.size())});
    }
    std::vector<std::size_t> width(cells[0].size(), 0);
    for (const auto& line : cells)
        for (std::size_t c = 0; c < line.size(); ++c) width[c] = std::max(width[c], line[c].size());
    for (const auto& line : cells) {
        for (std::size_t c = 0; c < line.size(); ++c) {
            if (c) out << "  ";
            out << line[c];
            if (c + 1 < line.size()) out << std::string(width[c] - line[c].size(), ' ');
        }
        out << "\n";
    }
}

}  // namespace

int run_neighbors(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> positional, outputs;
    opts.add_options()
        ("names", po::value(&positional)->required(), "GRAPH NAME")
        ("depth,d", po::value<std::size_t>()->default_value(1), "hops from NAME")
        ("output,o", po::value(&outputs), "write the ego network; format from the extension")
        ("format", po::value<std::string>(), "format for '-o -'");
    add_connection_options(opts);
    add_load_options(opts);
    po::positional_options_description pos;
    pos.add("names", -1);
    po::variables_map vm;
    const std::string command = "neighbors";
    if (!parse_command_line(command, "GRAPH NAME [--depth N] [-o ego.dot|graphml|gexf|json] [options]",
                            kDescription, args, opts, pos, vm))
        return 0;
    if (positional.size() != 2) throw UsageError(command, "expected GRAPH NAME");
    const auto outs = resolve_outputs(command, outputs, optional_string(vm, "format"), kGraphFormats);
    const ConnectionOptions co = connection_options(command, vm);
    const std::size_t depth = vm["depth"].as<std::size_t>();

    const KnowledgeGraph kg = load_graph({positional[0]}, load_options(vm));
    const Vertex center = require_name(kg, positional[1]);
    const PhaseTimer timings = timings_option(vm);
    const auto dist = timings.time("neighbors", [&] { return ego_distances(kg, center, depth, co); });
    if (!writes_to_stdout(outs)) timings.time("write", [&] { print_table(std::cout, kg, center, depth, dist, co); });
    if (!outs.empty()) write_graph_outputs(ego_graph(kg, center, depth, co), outs, io::WriteOptions{}, timings);
    return 0;
}

}  // namespace kg::cli
