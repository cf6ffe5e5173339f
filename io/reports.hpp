// Public header of io/'s reports: what the analysis commands print (rankings, paths, ego
// tables, the graph summary) in text, CSV, JSON and DOT, with io's escaping.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "graph/analyze.hpp"
#include "graph/ego.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/paths.hpp"

namespace kg::io {

// ---- rankings (kgraph centrality) -----------------------------------------------------------
enum class RankingFormat { Table, Csv, Json };
// `rows` are node indices in the order to print (graph/filter.hpp rank_nodes); each row shows
// the id (CSV, JSON), label, type and every measure in `measures`. Counts print as integers,
// other values as the shortest text that reads back as the same double (6 digits in a table).
void write_ranking(std::ostream& out, const KnowledgeGraph& kg, const std::vector<std::size_t>& rows,
                   const std::vector<Measure>& measures, const Measures& values, RankingFormat format);

// ---- paths (kgraph path) --------------------------------------------------------------------
enum class PathFormat { Text, Json, Dot };
// Text: every path with each hop's relations and evidence, or why there is none; JSON: the
// same as one object; DOT: the paths in bold among the other neighbours (on the connection view
// `connection`, undirected) of their nodes.
void write_paths(std::ostream& out, const KnowledgeGraph& kg, Vertex from, Vertex to,
                 const PathAnswer& answer, const PathOptions& options, PathFormat format);

// ---- ego networks (kgraph neighbors) --------------------------------------------------------
// "NAME (Type): N entities within D hops" and a table of the rows (graph/ego.hpp ego_rows).
void write_ego_table(std::ostream& out, const KnowledgeGraph& kg, Vertex center, std::size_t depth,
                     const std::vector<std::optional<std::size_t>>& dist, const std::vector<EgoRow>& rows);

// ---- summary (kgraph build, kgraph stats) ---------------------------------------------------
// Counts by type and relation, components, and the `top` entities by degree.
void write_summary(std::ostream& out, const KnowledgeGraph& kg, std::size_t top);

}  // namespace kg::io
