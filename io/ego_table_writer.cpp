// An ego network as a text table: one row per edge that reaches an entity from the layer before.
#include <algorithm>
#include <ostream>

#include "graph/name_lookup.hpp"
#include "graph/names.hpp"
#include "io/reports.hpp"

namespace kg::io {

void write_ego_table(std::ostream& out, const KnowledgeGraph& kg, Vertex center, std::size_t depth,
                     const std::vector<std::optional<std::size_t>>& dist, const std::vector<EgoRow>& rows) {
    std::size_t reached = 0;
    for (const auto& d : dist)
        if (d && *d > 0) ++reached;
    out << describe_node(kg, center) << ": " << reached << (reached == 1 ? " entity" : " entities")
        << " within " << depth << (depth == 1 ? " hop" : " hops") << "\n";
    if (rows.empty()) return;
    std::vector<std::vector<std::string>> cells = {
        {"hop", "entity", "type", "relation", "label", "from", "evidence"}};
    for (const EgoRow& r : rows) {
        const EdgeProps& e = kg.g[r.edge];
        std::string rel(to_string(e.type));
        if (is_symmetric(e.type)) rel = "-" + rel + "-";
        else if (boost::source(r.edge, kg.g) == r.from) rel = "-" + rel + "->";
        else rel = "<-" + rel + "-";
        cells.push_back({std::to_string(r.hop), strip_control_chars(kg.g[r.entity].label, false),
                         std::string(to_string(kg.g[r.entity].type)), rel,
                         strip_control_chars(e.joined_labels(), false),
                         strip_control_chars(kg.g[r.from].label, false), std::to_string(e.evidence.size())});
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

}  // namespace kg::io
