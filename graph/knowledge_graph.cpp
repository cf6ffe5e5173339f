#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <array>

namespace kg {
namespace {
constexpr std::array<std::string_view, 6> kAttrKindNames = {"boolean", "int",    "long",
                                                            "float",   "double", "string"};

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

std::string EdgeProps::joined_labels() const {
    std::string out;
    for (const auto& l : labels) {
        if (!out.empty()) out += '|';
        out += l;
    }
    return out;
}

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

Edge KnowledgeGraph::add_edge(Vertex source, Vertex target, EdgeProps props) {
    props.seq = next_edge_seq_++;
    return boost::add_edge(source, target, std::move(props), g).first;
}

std::vector<Edge> edges_in_order(const KnowledgeGraph& kg) {
    std::vector<Edge> out;
    out.reserve(kg.edge_count());
    for (auto e : boost::make_iterator_range(boost::edges(kg.g))) out.push_back(e);
    std::sort(out.begin(), out.end(),
              [&](const Edge& a, const Edge& b) { return kg.g[a].seq < kg.g[b].seq; });
    return out;
}

}  // namespace kg
