// Public header of io/: reading inputs (statements, saved graphs, articles) and writing
// graphs and statements in every supported format. Every reader reports bad input as a
// kg::InputError naming the file and line; every file output is written atomically.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/statement.hpp"

namespace kg::io {

// ---- formats -------------------------------------------------------------------------
enum class Format { GraphML, Gexf, Dot, Json, Csv, CsvEdges, Svg, Png, Statements };

// From a file name's extension (.graphml .gexf .dot/.gv .json .csv .svg .png .jsonl; a name
// ending in .edges.csv is the edge table);
// nullopt for an unknown extension.
std::optional<Format> format_from_path(const std::string& path);
std::optional<Format> parse_format(const std::string& name);  // "graphml", "dot", ...
std::string_view format_name(Format f);

// ---- diagnostics -----------------------------------------------------------------------
// Warnings (skipped lines, replaced bytes) go here; callers print them to stderr.
struct Diagnostics {
    std::vector<std::string> warnings;
    std::size_t skipped_lines = 0;
    void warn(std::string message) { warnings.push_back(std::move(message)); }
};

// ---- statements (JSON Lines, DESIGN.md) ------------------------------------------------
struct StatementReadOptions {
    bool strict = false;  // stop at the first bad line (InputError) instead of skipping it
};
// `name` is used in messages ("statements.jsonl:12: ...").
StatementSet read_statements(std::istream& in, const std::string& name,
                             const StatementReadOptions& options, Diagnostics& diag);
void write_statements(const StatementSet& set, std::ostream& out);

// ---- graphs ------------------------------------------------------------------------------
struct WriteOptions {
    enum class ColorBy { Type, Community } color_by = ColorBy::Type;
    // GEXF 1.3 (Gephi, NetworkX 3) or 1.2draft (NetworkX 2, older Gephi plug-ins).
    enum class GexfVersion { V1_3, V1_2draft } gexf_version = GexfVersion::V1_3;
    std::string graph_name = "kgraph";
};

void write_graphml(const KnowledgeGraph& kg, std::ostream& out, const WriteOptions& opt = {});
void write_gexf(const KnowledgeGraph& kg, std::ostream& out, const WriteOptions& opt = {});
void write_dot(const KnowledgeGraph& kg, std::ostream& out, const WriteOptions& opt = {});
void write_json(const KnowledgeGraph& kg, std::ostream& out, const WriteOptions& opt = {});
// Gephi's spreadsheet tables: nodes (Id, Label, ...) and edges (Source, Target, Type, Id,
// Label, Weight, ...).
void write_csv_nodes(const KnowledgeGraph& kg, std::ostream& out);
void write_csv_edges(const KnowledgeGraph& kg, std::ostream& out);

KnowledgeGraph read_graphml(std::istream& in, const std::string& name);
KnowledgeGraph read_json_graph(std::istream& in, const std::string& name);

// Writes `kg` in `format` to `out` (SVG and PNG run Graphviz on the DOT).
void write_graph(const KnowledgeGraph& kg, Format format, std::ostream& out,
                 const WriteOptions& opt = {});

// ---- files -------------------------------------------------------------------------------
// Writes a file atomically: into a temporary file beside `path`, renamed into place only
// when `write` returns and the data is flushed. "-" and non-regular targets (pipes,
// devices) are written directly. Throws InputError on failure (missing folder, full disk).
void write_file_atomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write);

}  // namespace kg::io
