#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <array>

#include "graph/huge_pages.hpp"

namespace kg {
namespace {
constexpr std::array<std::string_view, 6> kAttrKindNames = {"boolean", "int",    "long",
                                                            "float",   "double", "string"};

// The index into the graph's edge vector that a node's edge list keeps for each edge (Boost's
// stored_ra_edge_iter::m_i, protected; a pointer to member taken in a derived class reads it).
struct StoredEdgeIndex : Graph::StoredEdge {
    static std::size_t of(const Graph::StoredEdge& e) { return e.*(&StoredEdgeIndex::m_i); }
};

bool declare(std::vector<AttrDecl>& decls, const std::string& name, AttrKind kind) {
    for (const auto& d : decls)
        if (d.name == name) return d.kind == kind;
    decls.push_back({name, kind});
    return true;
}
}  // namespace

std::string_view to_string(AttrKind k) { return kAttrKindNames[static_cast<int>(k)]; }

std::optional<AttrKind> parse_attr_kind(std::string_view s) {
    for (std::size_t i = 0; i < kAttrKindNames.size(); ++i)
        if (kAttrKindNames[i] == s) return static_cast<AttrKind>(i);
    return std::nullopt;
}

std::string EdgeProps::joined_labels() const { return labels.joined('|'); }

std::optional<Vertex> KnowledgeGraph::find_node_id(std::string_view id) const {
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        if (g[v].id == id) return v;
    return std::nullopt;
}

const Article* KnowledgeGraph::find_article(std::string_view id) const {
    auto it = std::find_if(articles.begin(), articles.end(),
                           [&](const Article& a) { return a.id == id; });
    return it == articles.end() ? nullptr : &*it;
}

bool KnowledgeGraph::declare_node_attr(const std::string& name, AttrKind kind) {
    return declare(node_attrs, name, kind);
}
bool KnowledgeGraph::declare_edge_attr(const std::string& name, AttrKind kind) {
    return declare(edge_attrs, name, kind);
}

void KnowledgeGraph::reserve_edges(std::size_t edges, const std::vector<std::uint32_t>& out_degree,
                                   const std::vector<std::uint32_t>& in_degree) {
    g.m_edges.reserve(g.m_edges.size() + edges);
    const auto filled = static_cast<std::size_t>(g.m_edges.end() - g.m_edges.begin());
    advise_huge_pages(g.m_edges.data() + filled, (g.m_edges.capacity() - filled) * sizeof(g.m_edges[0]));
    for (std::size_t v = 0; v < out_degree.size() && v < g.m_vertices.size(); ++v) {
        auto& out = g.m_vertices[v].m_out_edges;
        out.reserve(out.size() + out_degree[v]);
    }
    for (std::size_t v = 0; v < in_degree.size() && v < g.m_vertices.size(); ++v) {
        auto& in = g.m_vertices[v].m_in_edges;
        in.reserve(in.size() + in_degree[v]);
    }
}

void KnowledgeGraph::reserve_nodes(std::size_t n) {
    if (n <= g.m_vertices.capacity()) return;
    g.m_vertices.reserve(n);
    const std::size_t filled = g.m_vertices.size();
    advise_huge_pages(g.m_vertices.data() + filled, (n - filled) * sizeof(g.m_vertices[0]));
}

void KnowledgeGraph::append_edges(const std::vector<std::uint32_t>& sources,
                                  const std::vector<std::uint32_t>& targets,
                                  const std::function<EdgeProps(std::size_t)>& take) {
    const std::size_t n = sources.size(), first = g.m_edges.size(), nodes = node_count();
    std::vector<std::uint32_t> out_degree(nodes, 0), in_degree(nodes, 0);
    for (std::size_t i = 0; i < n; ++i) {
        ++out_degree[sources[i]];
        ++in_degree[targets[i]];
    }
    reserve_edges(n, out_degree, in_degree);
    for (std::size_t i = 0; i < n; ++i) {
        auto& e = g.m_edges.emplace_back(sources[i], targets[i]);
        e.m_property = take(i);
        e.m_property.seq = next_edge_seq_++;
    }
    const auto at = [&](std::size_t i) { return g.m_edges.begin() + static_cast<std::ptrdiff_t>(first + i); };
    for (std::size_t i = 0; i < n; ++i)
        g.m_vertices[sources[i]].m_out_edges.emplace_back(targets[i], at(i), &g.m_edges);
    // The new edges by target, in order (a counting sort), so that the in-edge lists, whose
    // nodes come in no order, are each written in one go rather than one edge at a time.
    std::vector<std::size_t> next(nodes + 1, 0);
    for (std::size_t v = 0; v < nodes; ++v) next[v + 1] = next[v] + in_degree[v];
    std::vector<std::size_t> by_target(n);
    for (std::size_t i = 0; i < n; ++i) by_target[next[targets[i]]++] = i;
    for (std::size_t i : by_target)
        g.m_vertices[targets[i]].m_in_edges.emplace_back(sources[i], at(i), &g.m_edges);
}

void KnowledgeGraph::repoint_edges() {
    for (auto& vertex : g.m_vertices) {
        for (auto& e : vertex.m_out_edges)
            e = Graph::StoredEdge(e.get_target(), g.m_edges.begin() + StoredEdgeIndex::of(e), &g.m_edges);
        for (auto& e : vertex.m_in_edges)
            e = Graph::StoredEdge(e.get_target(), g.m_edges.begin() + StoredEdgeIndex::of(e), &g.m_edges);
    }
}

Edge KnowledgeGraph::add_edge(Vertex source, Vertex target, EdgeProps props) {
    props.seq = next_edge_seq_++;
    return boost::add_edge(source, target, std::move(props), g).first;
}

std::vector<Edge> edges_in_order(const KnowledgeGraph& kg) {
    // add_edge appends to the graph's edge vector (adjacency_list keeps it public) with the
    // next number, and edges are never removed, so the vector is already in order:
    // read in one pass, where sorting the edges by number cost a cache miss per comparison
    // (0.2 s at a million edges). The check keeps the order right should an edge ever be
    // added otherwise.
    std::vector<Edge> out;
    out.reserve(kg.edge_count());
    for (const auto& e : kg.g.m_edges) out.emplace_back(e.m_source, e.m_target, &e.get_property());
    const auto by_seq = [&](const Edge& a, const Edge& b) { return kg.g[a].seq < kg.g[b].seq; };
    if (!std::is_sorted(out.begin(), out.end(), by_seq)) std::sort(out.begin(), out.end(), by_seq);
    return out;
}

}  // namespace kg
