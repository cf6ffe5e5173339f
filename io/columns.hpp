// The attribute columns of nodes and edges as every export writes them: kgraph's built-in
// columns (DESIGN.md, "Exports") followed by the graph's declared extra columns (analyses,
// attributes read from other tools' files). One place defines names, types and values, so
// GraphML, GEXF and JSON agree, and the readers map the same names back.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "io/io.hpp"

namespace kg::io {

struct Column {
    std::string name;
    AttrKind kind;
    bool derived = false;  // display-only (size, color): recomputed on write, ignored on read
    // Kept for reading back (name_evidence, name_pairs: what resolution knew of the names):
    // GraphML and node-link JSON carry it; GEXF and CSV, which kgraph does not read, leave it out.
    bool reread = false;
};

std::vector<Column> node_columns(const KnowledgeGraph& kg);
std::vector<Column> edge_columns(const KnowledgeGraph& kg);

// The value of a column for one element; monostate when an extra column has no value here
// (writers then emit the column's empty value so every element carries every key).
AttrValue node_value(const KnowledgeGraph& kg, Vertex v, const Column& c, const WriteOptions& opt);
// `kept_evidence`: how many of an edge's evidence sentences the file keeps (GraphML: the
// strongest), so that "name_pairs" names only those.
AttrValue edge_value(const KnowledgeGraph& kg, Edge e, const Column& c,
                     std::size_t kept_evidence = static_cast<std::size_t>(-1));

// The distinct news outlets the evidence of an edge cites, sorted, "|"-joined (column "sources",
// written when some edge of the graph has one; likewise "media" on nodes).
std::string edge_sources(const EdgeProps& e);

// For readers: true when `name` is a built-in column (or a derived one, to be dropped).
bool is_builtin_node_column(std::string_view name);
// The display columns kgraph derives (size, color). In kgraph's own files they are dropped on
// read and recomputed; another tool's file keeps its values, which the writers then use.
bool is_derived_node_column(std::string_view name);
// Columns whose values mean something only in kgraph's own files: the derived ones and
// "joined" (merge records). In another tool's file a column of that name is that tool's data,
// kept as an extra column.
bool is_kgraph_only_node_column(std::string_view name);
bool is_builtin_edge_column(std::string_view name);
// Sets a built-in column from its text; returns an error message when the text is invalid. A
// node type other tools write (PERSON, ORG, GPE ...) is mapped (map_foreign_node_type); a type
// it does not know makes the node Other and is kept in the column "original_type".
inline constexpr std::string_view kOriginalType = "original_type";
std::optional<std::string> set_node_builtin(NodeProps& n, std::string_view name,
                                            std::string_view text);
std::optional<std::string> set_edge_builtin(EdgeProps& e, std::string_view name,
                                            std::string_view text);
// Declares the column "original_type" when a node of the graph has a value for it.
void declare_original_type(KnowledgeGraph& kg);

// Text form of a value as GraphML and GEXF write it ("true", "3", "0.25", text).
std::string value_text(const AttrValue& v, AttrKind kind);
// Parses text as a value of `kind`; nullopt when it does not parse.
std::optional<AttrValue> parse_value(std::string_view text, AttrKind kind);

}  // namespace kg::io
