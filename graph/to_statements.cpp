#include <algorithm>

#include "graph/build.hpp"
#include "graph/names.hpp"

namespace kg {
namespace {

// A name every country has ("Central Bank") is one node per article, so its entity line names
// the article its edges' evidence comes from: it is the node of that article, as in the build
// that saved it, not one node for every article.
std::string scope_article(const KnowledgeGraph& kg, Vertex v) {
    const NodeProps& n = kg.g[v];
    if (n.type != NodeType::Organization || !is_generic_body_name(name_key(n.label))) return {};
    for (auto e : boost::make_iterator_range(boost::out_edges(v, kg.g)))
        if (!kg.g[e].evidence.empty()) return kg.g[e].evidence.front().article;
    for (auto e : boost::make_iterator_range(boost::in_edges(v, kg.g)))
        if (!kg.g[e].evidence.empty()) return kg.g[e].evidence.front().article;
    // No sentence says which article: a scope of its own keeps it apart from the others.
    return "\x1f" + n.id;
}

// The nodes in the order build_graph met them, as far as their ids tell: two nodes of one name
// ("Finance Ministry" of two articles) got ids _2, _3 ... in that order, and a build from
// these statements numbers them again in the order of their entity lines.
std::vector<Vertex> in_id_order(const KnowledgeGraph& kg) {
    auto number = [&](Vertex v) -> std::pair<std::string, long> {
        const NodeProps& n = kg.g[v];
        std::string base = node_id_base(n.type, n.label);
        if (n.id == base) return {base, 1};
        if (n.id.size() > base.size() + 1 && n.id.compare(0, base.size() + 1, base + "_") == 0 &&
            n.id.find_first_not_of("0123456789", base.size() + 1) == std::string::npos &&
            n.id.size() - base.size() < 10)
            return {base, std::stol(n.id.substr(base.size() + 1))};
        return {n.id, 0};
    };
    std::vector<std::pair<std::pair<std::string, long>, Vertex>> keyed;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) keyed.push_back({number(v), v});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Vertex> out;
    for (const auto& [key, v] : keyed) out.push_back(v);
    return out;
}

}  // namespace

StatementSet to_statements(const KnowledgeGraph& kg) {
    StatementSet out;
    out.articles = kg.articles;
    SavedGraph saved;
    for (Vertex v : in_id_order(kg)) {
        const NodeProps& n = kg.g[v];
        saved.nodes.push_back({out.entities.size(), n.mentions, n.articles});
        EntityDecl decl{n.label, n.type, n.aliases, scope_article(kg, v), n.joined};
        decl.media = n.media;
        out.entities.push_back(std::move(decl));
    }
    for (Edge e : edges_in_order(kg)) {
        const EdgeProps& p = kg.g[e];
        Statement s;
        s.subject = {kg.g[boost::source(e, kg.g)].label, kg.g[boost::source(e, kg.g)].type};
        s.object = {kg.g[boost::target(e, kg.g)].label, kg.g[boost::target(e, kg.g)].type};
        s.relation = p.type;
        s.label = p.labels.empty() ? std::string(to_string(p.type)) : p.labels.front();
        s.flags = p.flags;
        SavedEdge edge{out.statements.size(), 0,       !p.evidence.empty(), p.weight,
                       p.articles,            p.labels, p.flags};
        if (p.evidence.empty()) out.statements.push_back(s);
        for (const Evidence& ev : p.evidence) {
            Statement with = s;
            with.article = ev.article;
            with.sentence = ev.sentence;
            with.span = ev.span;
            with.evidence = ev.text;
            with.confidence = ev.confidence;
            with.flags = ev.flags ? ev.flags : p.flags;
            with.source = ev.source;
            out.statements.push_back(std::move(with));
        }
        edge.count = out.statements.size() - edge.first;
        saved.edges.push_back(std::move(edge));
    }
    saved.entity_count = out.entities.size();
    saved.statement_count = out.statements.size();
    out.saved.push_back(std::move(saved));
    return out;
}

}  // namespace kg
