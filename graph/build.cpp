#include "graph/build.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/names.hpp"

namespace kg {
namespace {

class UnionFind {
   public:
    int add() {
        parent_.push_back(static_cast<int>(parent_.size()));
        return parent_.back();
    }
    int find(int x) {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    // The smaller index stays the root, so groups do not depend on the order of unions.
    void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (b < a) std::swap(a, b);
        parent_[b] = a;
    }

   private:
    std::vector<int> parent_;
};

// One (type, name key) seen in the input, with what is known about it.
struct Candidate {
    NodeType type;
    std::string key;
    std::string surface;            // first spelling seen
    int declared_order = -1;        // index of the first entity line naming it as its name
    std::int64_t occurrences = 0;   // entity lines and statement endpoints
    std::set<std::string> articles;
};

int word_count(std::string_view key) {
    return key.empty() ? 0 : 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

// True when `alias_key` is one word of the longer name `name_key` ("kislyak" of "sergey
// kislyak"): a short form that names the entity only where the longer name is known, unlike
// an acronym or another spelling ("sec", "u s").
bool is_short_form(std::string_view alias_key, std::string_view name_key) {
    if (word_count(alias_key) != 1 || word_count(name_key) < 2) return false;
    std::size_t start = 0;
    while (start <= name_key.size()) {
        std::size_t end = name_key.find(' ', start);
        if (end == std::string_view::npos) end = name_key.size();
        if (name_key.substr(start, end - start) == alias_key) return true;
        start = end + 1;
    }
    return false;
}

class EntityResolver {
   public:
    // Returns the candidate for this name, or -1 for a name that normalises to nothing.
    int intern(NodeType type, const std::string& name, const std::string& article) {
        std::string key = name_key(name);
        if (key.empty()) return -1;
        auto [it, inserted] = index_.try_emplace({type, key}, static_cast<int>(cands_.size()));
        if (inserted) {
            cands_.push_back({type, std::move(key), name, -1, 0, {}});
            uf_.add();
        }
        Candidate& c = cands_[it->second];
        ++c.occurrences;
        if (!article.empty()) c.articles.insert(article);
        return it->second;
    }

    // A statement's endpoint: within an article, a short form declared there ("Kislyak")
    // is the entity it was declared for.
    int intern_endpoint(NodeType type, const std::string& name, const std::string& article) {
        if (!article.empty() && !short_forms_in_article_.empty()) {
            auto it = short_forms_in_article_.find({article, type, name_key(name)});
            if (it != short_forms_in_article_.end()) {
                Candidate& c = cands_[it->second];
                ++c.occurrences;
                c.articles.insert(article);
                return it->second;
            }
        }
        return intern(type, name, article);
    }

    void declare(int cand, int order) {
        if (cands_[cand].declared_order < 0) cands_[cand].declared_order = order;
    }

    // A declared alias. A full alias (another spelling, an acronym) makes one entity of both
    // names everywhere. A short form ("Kislyak" for "Sergey Kislyak") does so only in the
    // declaring article: elsewhere the same word may name another person ("Nancy Reagan"
    // and "Ronald Reagan" are both "Reagan"), so across articles it is only a claim, settled
    // by merge_short_names.
    void alias(int cand, NodeType type, const std::string& alias, const std::string& article) {
        std::string key = name_key(alias);
        if (key.empty() || key == cands_[cand].key) return;
        if (!is_short_form(key, cands_[cand].key)) {
            int a = intern(type, alias, "");
            --cands_[a].occurrences;  // an alias listing is not a mention
            uf_.unite(cand, a);
            return;
        }
        short_form_surfaces_[cand].insert(alias);
        claims_[{type, key}].push_back(cand);
        if (!article.empty()) short_forms_in_article_.emplace(std::tuple{article, type, key}, cand);
    }

    // A group known only by one-word names joins the one group that claims that word: by a
    // short-form alias, or (Persons, with `by_surname`) by a longer name ending in it. When
    // several groups claim it, it stays apart: the text did not say which one it is.
    void merge_short_names(bool by_surname) {
        std::map<int, std::vector<int>> groups = groups_by_root();
        std::map<std::pair<NodeType, std::string>, std::set<int>> claimants;
        for (const auto& [word, cands] : claims_)
            for (int c : cands) claimants[word].insert(uf_.find(c));
        std::vector<std::pair<int, std::pair<NodeType, std::string>>> one_word_groups;
        for (const auto& [root, members] : groups) {
            const NodeType type = cands_[root].type;
            bool all_single = true;
            for (int m : members) {
                if (word_count(cands_[m].key) > 1) {
                    all_single = false;
                    if (by_surname && type == NodeType::Person)
                        claimants[{type, std::string(last_word(cands_[m].key))}].insert(root);
                }
            }
            if (all_single) one_word_groups.push_back({root, {type, cands_[root].key}});
        }
        for (const auto& [root, word] : one_word_groups) {
            auto it = claimants.find(word);
            if (it != claimants.end() && it->second.size() == 1)
                uf_.unite(root, *it->second.begin());
        }
    }

    std::map<int, std::vector<int>> groups_by_root() {
        std::map<int, std::vector<int>> groups;
        for (int i = 0; i < static_cast<int>(cands_.size()); ++i) groups[uf_.find(i)].push_back(i);
        return groups;
    }

    int root(int cand) { return uf_.find(cand); }
    const Candidate& candidate(int i) const { return cands_[i]; }
    // The short forms declared for a candidate, for the node's aliases.
    const std::set<std::string>* short_forms(int cand) const {
        auto it = short_form_surfaces_.find(cand);
        return it == short_form_surfaces_.end() ? nullptr : &it->second;
    }

   private:
    std::map<std::pair<NodeType, std::string>, int> index_;
    std::vector<Candidate> cands_;
    UnionFind uf_;
    std::map<std::pair<NodeType, std::string>, std::vector<int>> claims_;
    std::map<std::tuple<std::string, NodeType, std::string>, int> short_forms_in_article_;
    std::map<int, std::set<std::string>> short_form_surfaces_;
};

// The group's display name: the fullest declared name, else the fullest name seen.
int pick_label(const std::vector<int>& members, const EntityResolver& r) {
    auto better = [&](int a, int b) {  // is a a better label than b?
        const Candidate& ca = r.candidate(a);
        const Candidate& cb = r.candidate(b);
        bool da = ca.declared_order >= 0, db = cb.declared_order >= 0;
        if (da != db) return da;
        int wa = word_count(ca.key), wb = word_count(cb.key);
        if (wa != wb) return wa > wb;
        if (da && ca.declared_order != cb.declared_order) return ca.declared_order < cb.declared_order;
        if (ca.occurrences != cb.occurrences) return ca.occurrences > cb.occurrences;
        return ca.surface < cb.surface;
    };
    return *std::min_element(members.begin(), members.end(),
                             [&](int a, int b) { return better(a, b); });
}

NodeProps make_node(const std::vector<int>& members, const EntityResolver& r) {
    NodeProps node;
    const Candidate& best = r.candidate(pick_label(members, r));
    node.label = best.surface;
    node.type = best.type;
    std::set<std::string> articles;
    std::set<std::string> aliases;
    for (int m : members) {
        const Candidate& c = r.candidate(m);
        node.mentions += c.occurrences;
        articles.insert(c.articles.begin(), c.articles.end());
        if (c.key != best.key) aliases.insert(c.surface);
        if (const auto* forms = r.short_forms(m))
            for (const std::string& form : *forms)
                if (name_key(form) != best.key) aliases.insert(form);
    }
    node.aliases.assign(aliases.begin(), aliases.end());
    node.articles = static_cast<std::int64_t>(articles.size());
    return node;
}

struct EdgeAccumulator {
    std::size_t first_seen = 0;
    std::int64_t statements = 0;
    std::set<std::string> articles;
    std::map<std::string, std::pair<std::int64_t, std::size_t>> labels;  // count, first seen
    std::uint8_t flags = kAllFlags;
    std::vector<Evidence> evidence;
};

using StatementFingerprint =
    std::tuple<Vertex, Vertex, Relation, std::string, std::string, int, std::size_t, std::size_t>;

std::vector<std::string> labels_by_frequency(const EdgeAccumulator& acc) {
    std::vector<std::pair<std::string, std::pair<std::int64_t, std::size_t>>> v(acc.labels.begin(),
                                                                                acc.labels.end());
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
        if (a.second.first != b.second.first) return a.second.first > b.second.first;
        return a.first < b.first;
    });
    std::vector<std::string> out;
    for (auto& [label, stats] : v) out.push_back(label);
    return out;
}

void sort_evidence(std::vector<Evidence>& ev) {
    std::stable_sort(ev.begin(), ev.end(), [](const Evidence& a, const Evidence& b) {
        double ca = a.confidence.value_or(0.5), cb = b.confidence.value_or(0.5);
        if (ca != cb) return ca > cb;
        return std::tie(a.article, a.sentence, a.span) < std::tie(b.article, b.sentence, b.span);
    });
}

std::vector<Article> merge_articles(const std::vector<Article>& input) {
    std::vector<Article> out;
    std::map<std::string, std::size_t> index;
    for (const Article& a : input) {
        auto [it, inserted] = index.try_emplace(a.id, out.size());
        if (inserted) {
            out.push_back(a);
            continue;
        }
        Article& known = out[it->second];
        if (known.title.empty()) known.title = a.title;
        if (known.date.empty()) known.date = a.date;
        if (known.url.empty()) known.url = a.url;
    }
    return out;
}

}  // namespace

KnowledgeGraph build_graph(const StatementSet& input, const BuildOptions& options,
                           BuildReport* report) {
    BuildReport local_report;
    BuildReport& rep = report ? *report : local_report;
    rep = {};

    auto wanted = [&](const Statement& s) {
        return options.include_co_mentions || s.relation != Relation::co_mention;
    };

    // 1. Entities: every distinct (type, name key), grouped by aliases and surnames.
    EntityResolver resolver;
    for (std::size_t i = 0; i < input.entities.size(); ++i) {
        const EntityDecl& d = input.entities[i];
        int c = resolver.intern(d.type, d.name, d.article);
        if (c < 0) continue;
        resolver.declare(c, static_cast<int>(i));
        for (const auto& alias : d.aliases) resolver.alias(c, d.type, alias, d.article);
    }
    std::vector<std::pair<int, int>> endpoints(input.statements.size(), {-1, -1});
    for (std::size_t i = 0; i < input.statements.size(); ++i) {
        const Statement& s = input.statements[i];
        if (!wanted(s)) continue;
        endpoints[i] = {resolver.intern_endpoint(s.subject.type, s.subject.name, s.article),
                        resolver.intern_endpoint(s.object.type, s.object.name, s.article)};
    }
    resolver.merge_short_names(options.merge_surnames);

    // 2. Nodes, ordered by their stable id.
    std::vector<std::pair<NodeProps, int>> nodes;  // node, group root
    for (const auto& [root, members] : resolver.groups_by_root()) {
        NodeProps node = make_node(members, resolver);
        node.id = node_id_base(node.type, node.label);
        nodes.emplace_back(std::move(node), root);
    }
    std::sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.id, a.first.label) < std::tie(b.first.id, b.first.label);
    });
    // Two names with the same slug ("O'Neil", "ONeil" of another type) get _2, _3...
    std::set<std::string> used;
    for (auto& [node, root] : nodes) {
        std::string id = node.id;
        for (int n = 2; !used.insert(id).second; ++n) id = node.id + "_" + std::to_string(n);
        node.id = std::move(id);
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const auto& a, const auto& b) { return a.first.id < b.first.id; });

    KnowledgeGraph kg;
    kg.articles = merge_articles(input.articles);
    std::unordered_map<int, Vertex> vertex_of_root;
    for (auto& [node, root] : nodes) vertex_of_root[root] = kg.add_node(std::move(node));

    // 3. Edges aggregated by (source, target, relation), in id order.
    std::map<std::tuple<Vertex, Vertex, Relation>, EdgeAccumulator> edges;
    std::set<StatementFingerprint> seen;
    for (std::size_t i = 0; i < input.statements.size(); ++i) {
        const Statement& s = input.statements[i];
        auto [cs, co] = endpoints[i];
        if (!wanted(s)) continue;
        if (cs < 0 || co < 0) {
            ++rep.unnamed_statements;
            continue;
        }
        Vertex src = vertex_of_root.at(resolver.root(cs));
        Vertex tgt = vertex_of_root.at(resolver.root(co));
        if (is_symmetric(s.relation) && tgt < src) std::swap(src, tgt);
        std::string label = s.label.empty() ? std::string(to_string(s.relation)) : s.label;
        auto span = s.span.value_or(Span{0, 0});
        if (!seen.emplace(src, tgt, s.relation, label, s.article, s.sentence.value_or(-1),
                          span.first, span.second)
                 .second) {
            ++rep.duplicate_statements;
            continue;
        }
        ++rep.statements_used;
        auto [it, inserted] = edges.try_emplace({src, tgt, s.relation});
        EdgeAccumulator& acc = it->second;
        ++acc.statements;
        if (!s.article.empty()) acc.articles.insert(s.article);
        auto [lit, new_label] = acc.labels.try_emplace(label, 0, acc.labels.size());
        ++lit->second.first;
        acc.flags &= s.flags;
        acc.evidence.push_back({s.article, s.sentence, s.span, s.evidence, s.confidence, s.flags});
    }
    std::size_t next_id = 0;
    for (auto& [key, acc] : edges) {
        auto [src, tgt, relation] = key;
        EdgeProps e;
        e.id = "e" + std::to_string(next_id++);
        e.type = relation;
        e.labels = labels_by_frequency(acc);
        e.weight = static_cast<double>(acc.statements);
        e.articles = static_cast<std::int64_t>(acc.articles.size());
        e.flags = acc.flags;
        e.evidence = std::move(acc.evidence);
        sort_evidence(e.evidence);
        kg.add_edge(src, tgt, std::move(e));
    }
    return kg;
}

}  // namespace kg
