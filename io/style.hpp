// How nodes and edges look in Gephi and Graphviz: colour by type (or community), size by
// importance, shape by type. Shared by the GEXF, GraphML, JSON and DOT writers so that
// every picture agrees.
#pragma once

#include <string>

#include "graph/knowledge_graph.hpp"
#include "io/io.hpp"

namespace kg::io {

struct Rgb {
    int r, g, b;
    std::string hex() const;  // "#a6cee3"
};

Rgb type_color(NodeType t);
// The node's colour: by its "community" column when asked and present; else its own "color"
// column when another tool's file gave one as #rrggbb; else by type.
Rgb node_color(const KnowledgeGraph& kg, Vertex v, const WriteOptions& opt);

// Size for Gephi's viz:size and Graphviz pen widths: the node's own numeric "size" column
// when another tool's file gave one; else it grows with the node's importance (its pagerank
// column when analyses ran, else its degree), from 10 to about 50.
double node_size(const KnowledgeGraph& kg, Vertex v);

std::string_view dot_shape(NodeType t);

}  // namespace kg::io
