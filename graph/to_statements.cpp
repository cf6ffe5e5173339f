#include <algorithm>
#include <map>
#include <string_view>

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

// The sentences a graph keeps, by article and sentence: the evidence of a join a build makes
// anew for a saved name is the sentence it was first met in, where the graph kept that one.
using SentenceTexts = std::map<std::pair<std::string_view, int>, std::string_view>;

SentenceTexts sentence_texts(const KnowledgeGraph& kg) {
    SentenceTexts out;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g)))
        for (const Join& j : kg.g[v].joined)
            if (j.sentence && !j.evidence.empty()) out.try_emplace({j.article, *j.sentence}, j.evidence);
    for (auto e : boost::make_iterator_range(boost::edges(kg.g)))
        for (const Evidence& ev : kg.g[e].evidence)
            if (ev.sentence && !ev.text.empty()) out.try_emplace({ev.article, *ev.sentence}, ev.text);
    return out;
}

// An edge's parts by pair of names (EdgeEnds), each with its evidence; one part, between the
// first names, for an edge that keeps none. Evidence no part lists goes with the first.
std::vector<EdgeEnds> parts_of(const EdgeProps& p) {
    std::vector<EdgeEnds> parts = p.ends;
    if (parts.empty()) {
        EdgeEnds all;
        all.weight = p.weight;
        all.articles = p.articles;
        for (std::size_t i = 0; i < p.evidence.size(); ++i) all.evidence.push_back(static_cast<int>(i));
        parts.push_back(std::move(all));
        return parts;
    }
    std::vector<char> listed(p.evidence.size(), 0);
    for (EdgeEnds& part : parts) {
        std::erase_if(part.evidence, [&](int i) { return i < 0 || static_cast<std::size_t>(i) >= listed.size(); });
        for (int i : part.evidence) listed[static_cast<std::size_t>(i)] = 1;
    }
    for (std::size_t i = 0; i < listed.size(); ++i)
        if (!listed[i]) parts.front().evidence.push_back(static_cast<int>(i));
    return parts;
}

}  // namespace

StatementSet to_statements(const KnowledgeGraph& kg) {
    StatementSet out;
    out.articles = kg.articles;
    SavedGraph saved;
    const SentenceTexts texts = sentence_texts(kg);
    std::vector<std::size_t> node_of(kg.node_count());  // vertex -> index in saved.nodes
    for (Vertex v : in_id_order(kg)) {
        const NodeProps& n = kg.g[v];
        node_of[v] = saved.nodes.size();
        SavedNode node{out.entities.size(), n.mentions, n.articles, n.names};
        for (const NameRecord& name : n.names) {
            auto it = name.first_sentence ? texts.find({name.first_article, *name.first_sentence}) : texts.end();
            node.first_evidence.emplace_back(it == texts.end() ? std::string_view() : it->second);
        }
        saved.nodes.push_back(std::move(node));
        EntityDecl decl{n.label, n.type, n.aliases, scope_article(kg, v), n.joined};
        decl.media = n.media;
        out.entities.push_back(std::move(decl));
    }
    // The end of a part: the name's own spelling and type where the node keeps its names.
    auto end_ref = [&](Vertex v, int name) -> EntityRef {
        const NodeProps& n = kg.g[v];
        if (name >= 0 && static_cast<std::size_t>(name) < n.names.size())
            return {n.names[static_cast<std::size_t>(name)].name, n.names[static_cast<std::size_t>(name)].type};
        return {n.label, n.type};
    };
    for (Edge e : edges_in_order(kg)) {
        const EdgeProps& p = kg.g[e];
        const Vertex src = boost::source(e, kg.g), tgt = boost::target(e, kg.g);
        const std::vector<EdgeEnds> parts = parts_of(p);
        for (std::size_t part = 0; part < parts.size(); ++part) {
            const EdgeEnds& ends = parts[part];
            Statement s;
            s.subject = end_ref(src, ends.source);
            s.object = end_ref(tgt, ends.target);
            s.relation = p.type;
            s.label = p.labels.empty() ? to_string(p.type) : p.labels.front();
            s.flags = p.flags;
            SavedEdge edge{out.statements.size(), 0,           !ends.evidence.empty(), ends.weight,
                           ends.articles,         p.labels,    p.flags};
            edge.source_node = node_of[src];
            edge.target_node = node_of[tgt];
            edge.source_name = ends.source;
            edge.target_name = ends.target;
            edge.part = part;
            edge.parts = parts.size();
            edge.edge_articles = p.articles;
            if (ends.evidence.empty()) out.statements.push_back(s);
            for (int i : ends.evidence) {
                const Evidence& ev = p.evidence[static_cast<std::size_t>(i)];
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
    }
    saved.entity_count = out.entities.size();
    saved.statement_count = out.statements.size();
    out.saved.push_back(std::move(saved));
    return out;
}

}  // namespace kg
