#include "graph/build.hpp"

namespace kg {

StatementSet to_statements(const KnowledgeGraph& kg) {
    StatementSet out;
    out.articles = kg.articles;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        const NodeProps& n = kg.g[v];
        out.entities.push_back({n.label, n.type, n.aliases, "", n.joined});
    }
    for (Edge e : edges_in_order(kg)) {
        const EdgeProps& p = kg.g[e];
        Statement s;
        s.subject = {kg.g[boost::source(e, kg.g)].label, kg.g[boost::source(e, kg.g)].type};
        s.object = {kg.g[boost::target(e, kg.g)].label, kg.g[boost::target(e, kg.g)].type};
        s.relation = p.type;
        s.label = p.labels.empty() ? std::string(to_string(p.type)) : p.labels.front();
        s.flags = p.flags;
        if (p.evidence.empty()) {
            out.statements.push_back(s);
            continue;
        }
        for (const Evidence& ev : p.evidence) {
            Statement with = s;
            with.article = ev.article;
            with.sentence = ev.sentence;
            with.span = ev.span;
            with.evidence = ev.text;
            with.confidence = ev.confidence;
            with.flags = ev.flags ? ev.flags : p.flags;
            out.statements.push_back(std::move(with));
        }
    }
    return out;
}

}  // namespace kg
