// KnowledgeGraph: entities as nodes, aggregated typed relations as edges, on a Boost.Graph
// adjacency_list with bundled properties, nodes and edges each in one vector (edges are only
// ever added: a vector edge list has no remove_edge). Extra columns (analysis results,
// attributes read from other tools' files) live in per-element attribute maps declared once
// per graph, so that writers can emit every key on every element.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/attr_map.hpp"
#include "graph/label_list.hpp"
#include "graph/statement.hpp"
#include "graph/types.hpp"

namespace kg {

// The value types GraphML can declare (attr.type), kept so that a foreign file round-trips.
enum class AttrKind : std::uint8_t { Boolean, Int, Long, Float, Double, String };
std::string_view to_string(AttrKind k);
std::optional<AttrKind> parse_attr_kind(std::string_view s);

struct AttrDecl {
    std::string name;
    AttrKind kind = AttrKind::String;
    bool operator==(const AttrDecl&) const = default;
};

// One sentence behind an edge.
struct Evidence {
    std::string article;
    std::optional<int> sentence;
    std::optional<Span> span;
    std::string text;
    std::optional<double> confidence;
    std::uint8_t flags = 0;
    std::string source;  // the news outlet the sentence cites, when it cites one
    bool operator==(const Evidence&) const = default;
};

struct NodeProps {
    std::string id;     // stable XML name token, e.g. "p_serafim_kivelko"
    std::string label;  // canonical name
    NodeType type = NodeType::Other;
    std::vector<std::string> aliases;  // other surface forms, sorted
    std::int64_t mentions = 0;
    std::int64_t articles = 0;  // distinct articles naming it
    std::vector<Join> joined;   // why each alias is a name of this node, sorted by name
    bool media = false;         // a news outlet: left out of the analyses unless asked for
    std::vector<NameRecord> names;  // what resolution knew of each name, the label's first
    AttrMap extra;
};

// A large graph holds millions: the small fields share one word, and one label is no allocation.
struct EdgeProps {
    std::string id;  // "e0", "e1", ...
    Relation type = Relation::related;
    std::uint8_t flags = 0;           // set only when every statement carries the flag
    LabelList labels;                 // every label used, most frequent first
    double weight = 1.0;              // number of supporting statements
    std::int64_t articles = 0;        // distinct articles supporting it
    std::vector<Evidence> evidence;   // strongest first
    std::vector<EdgeEnds> ends;       // statements per pair of names, when not all the first's
    AttrMap extra;
    std::size_t seq = 0;  // insertion number: the order in which writers emit edges

    std::string joined_labels() const;  // "a|b"
};

// The edge list (7th argument) is a vector: a std::list, Boost's default, cost an allocation
// and 32 bytes of links per edge. Edge descriptors point into it, so they are valid until the
// next edge is added.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps,
                                    EdgeProps, boost::no_property, boost::vecS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct KnowledgeGraph {
    Graph g;
    std::vector<AttrDecl> node_attrs;  // extra node columns, in output order
    std::vector<AttrDecl> edge_attrs;  // extra edge columns, in output order
    std::vector<Article> articles;     // metadata of the articles evidence comes from

    KnowledgeGraph() = default;
    KnowledgeGraph(const KnowledgeGraph&) = default;
    KnowledgeGraph& operator=(const KnowledgeGraph&) = default;
    // Boost's adjacency_list declares a copy constructor and no move constructor (and its swap
    // copies), so a defaulted move would copy every node and edge: moving swaps the storage.
    KnowledgeGraph(KnowledgeGraph&& other) noexcept { *this = std::move(other); }
    KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept {
        // The containers adjacency_list keeps public ("would be protected"): swapping two
        // vectors keeps every element where it is. Each node's edge lists also hold a pointer
        // to the graph's edge vector, which repoint_edges sets to the vector they now belong to.
        g.m_edges.swap(other.g.m_edges);
        g.m_vertices.swap(other.g.m_vertices);
        g.m_property.swap(other.g.m_property);
        repoint_edges();
        other.repoint_edges();
        node_attrs = std::move(other.node_attrs);
        edge_attrs = std::move(other.edge_attrs);
        articles = std::move(other.articles);
        next_edge_seq_ = other.next_edge_seq_;
        return *this;
    }

    std::size_t node_count() const { return boost::num_vertices(g); }
    std::size_t edge_count() const { return boost::num_edges(g); }
    std::optional<Vertex> find_node_id(std::string_view id) const;
    const Article* find_article(std::string_view id) const;

    Vertex add_node(NodeProps props) { return boost::add_vertex(std::move(props), g); }
    // Room for n nodes in all, so that adding them moves none (a reader that knows the count).
    void reserve_nodes(std::size_t n);
    // Room for `edges` more edges, out_degree[v] more leaving node v and in_degree[v] more
    // entering it (either may be empty: no room per node), so that adding them moves none.
    void reserve_edges(std::size_t edges, const std::vector<std::uint32_t>& out_degree = {},
                       const std::vector<std::uint32_t>& in_degree = {});
    // Appends an edge; it is emitted after every edge added before it.
    Edge add_edge(Vertex source, Vertex target, EdgeProps props);
    // Appends edges i = 0, 1, ... from sources[i] to targets[i] with the properties take(i)
    // returns, as that many add_edge calls would, in one pass per array: the edge vector and
    // every node's edge lists are sized once, each edge's properties are moved once (Boost's
    // add_edge copies them twice), and the in-edge lists are filled node by node.
    void append_edges(const std::vector<std::uint32_t>& sources, const std::vector<std::uint32_t>& targets,
                      const std::function<EdgeProps(std::size_t)>& take);

    // Declares an extra column (or checks that an existing one has the same name); returns
    // false when the name is already declared with another kind.
    bool declare_node_attr(const std::string& name, AttrKind kind);
    bool declare_edge_attr(const std::string& name, AttrKind kind);

   private:
    void repoint_edges();
    std::size_t next_edge_seq_ = 0;
};

// Edges in insertion order (Boost iterates them grouped by source vertex), so that every
// format lists them identically and a file read back is written back unchanged.
std::vector<Edge> edges_in_order(const KnowledgeGraph& kg);

}  // namespace kg
