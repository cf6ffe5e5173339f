// The short text summary that `build` and `stats` print.
#include "io/reports.hpp"

#include <iomanip>
#include <ostream>

#include "graph/names.hpp"
#include "graph/stats.hpp"

namespace kg::io {

void write_summary(std::ostream& out, const KnowledgeGraph& kg, std::size_t top) {
    GraphStats s = compute_stats(kg, top);
    // A build knows every article it read; a saved graph only those its evidence cites.
    out << s.nodes << " entities, " << s.edges << " relations (" << s.statements << " statements) "
        << (kg.articles.empty() ? "citing " : "from ") << s.articles << " article"
        << (s.articles == 1 ? "" : "s") << "\n";
    out << "  entities:";
    for (int i = 0; i < kNodeTypeCount; ++i)
        if (s.nodes_by_type[i]) out << " " << to_string(static_cast<NodeType>(i)) << " " << s.nodes_by_type[i];
    out << "\n  relations:";
    for (int i = 0; i < kRelationCount; ++i)
        if (s.edges_by_relation[i])
            out << " " << to_string(static_cast<Relation>(i)) << " " << s.edges_by_relation[i];
    out << "\n  " << s.flagged_edges << " flagged (hedged, negated or attributed); " << s.components
        << " connected component" << (s.components == 1 ? "" : "s") << ", the largest with "
        << s.largest_component << " entities; " << s.isolated << " isolated\n";
    if (s.top_by_degree.empty()) return;
    out << "  top entities by degree:\n";
    for (const auto& r : s.top_by_degree) {
        const NodeProps& n = kg.g[r.v];
        out << "    " << std::setw(3) << r.degree << "  " << strip_control_chars(n.label, false) << " (" << to_string(n.type) << ")\n";
    }
}

}  // namespace kg::io
