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
    return {};
}

}  // namespace

StatementSet to_statements(const KnowledgeGraph& kg) {
    StatementSet out;
    out.articles = kg.articles;
    SavedGraph saved;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
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
