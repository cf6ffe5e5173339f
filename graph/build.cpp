#include "graph/build.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/entity_resolver.hpp"
#include "graph/names.hpp"
#include "graph/saved_names.hpp"

namespace kg {
namespace {

using detail::Candidate;
using detail::EntityResolver;
using detail::Sighting;

int word_count(std::string_view key) {
    return key.empty() ? 0 : 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

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

// The node's aliases: the other names of its members and the short forms declared for them.
std::set<std::string> node_aliases(const std::vector<int>& members, const EntityResolver& r,
                                   const std::string& label_key) {
    std::set<std::string> aliases;
    for (int m : members) {
        const Candidate& c = r.candidate(m);
        if (c.key != label_key) aliases.insert(c.surface);
        if (const auto* forms = r.short_forms(m))
            for (const std::string& form : *forms)
                if (name_key(form) != label_key) aliases.insert(form);
    }
    return aliases;
}

// The merge records of the node's names: one per (name, rule), the first given, sorted.
std::vector<Join> node_records(const std::vector<int>& members, const EntityResolver& r,
                               const std::set<std::string>& aliases, const std::string& label) {
    std::vector<Join> out;
    std::set<std::pair<std::string, std::string>> seen;
    for (int m : members)
        if (const auto* records = r.records(m))
            for (const Join& j : *records) {
                if (j.name != label && !aliases.count(j.name)) continue;
                if (seen.emplace(j.name, j.rule).second) out.push_back(j);
            }
    std::stable_sort(out.begin(), out.end(), [](const Join& a, const Join& b) {
        return std::tie(a.name, a.rule) < std::tie(b.name, b.rule);
    });
    return out;
}

// One word in capitals: an acronym, which other bodies' initials spell too ("ABC").
bool acronym_like(const std::string& name) {
    if (name.size() < 2 || name.size() > 6) return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

// A node is a news outlet when its label was declared one, or another of its names that is
// not an acronym: an outlet's acronym joined to another body by its initials ("ABC" of a
// bank) does not make that body an outlet.
bool is_outlet_node(const std::vector<int>& members, const std::set<int>& outlets, const EntityResolver& r) {
    const int label = pick_label(members, r);
    return std::any_of(members.begin(), members.end(), [&](int m) {
        return outlets.count(m) > 0 && (m == label || !acronym_like(r.candidate(m).surface));
    });
}

NodeProps make_node(const std::vector<int>& members, const EntityResolver& r) {
    NodeProps node;
    const Candidate& best = r.candidate(pick_label(members, r));
    node.label = best.surface;
    node.type = best.type;
    std::set<std::string> articles;
    for (int m : members) {
        const Candidate& c = r.candidate(m);
        node.mentions += c.occurrences;
        articles.insert(c.articles.begin(), c.articles.end());
    }
    const std::set<std::string> aliases = node_aliases(members, r, best.key);
    node.joined = node_records(members, r, aliases, node.label);
    node.aliases.assign(aliases.begin(), aliases.end());
    node.articles = static_cast<std::int64_t>(articles.size());
    return node;
}

// What one saved edge (or part of one) adds beyond its evidence sentences.
struct SavedShare {
    double weight = 0;
    std::int64_t articles = 0;
};

// The statements of an edge between one pair of names (candidates), for EdgeProps::ends.
struct EndsAccumulator {
    std::int64_t statements = 0;
    std::set<std::string> articles;
    std::vector<const SavedEdge*> saved;
};

struct EdgeAccumulator {
    std::size_t first_seen = 0;
    std::int64_t statements = 0;
    std::vector<const SavedEdge*> saved;  // saved graphs' edges folded into this one
    std::set<std::string> articles;
    std::map<std::string, std::pair<std::int64_t, std::size_t>> labels;  // count, first seen
    std::uint8_t flags = kAllFlags;
    std::vector<Evidence> evidence;
    std::vector<std::pair<int, int>> evidence_ends;  // the names of each evidence's statement
    std::map<std::pair<int, int>, EndsAccumulator> ends;
};

// The edge's statements per pair of names as indexes into its nodes' names; none when all of
// them join the two nodes' first names. `order` is the evidence's order after sorting.
std::vector<EdgeEnds> edge_ends(const EdgeAccumulator& acc, const std::vector<std::size_t>& order,
                                const std::map<const SavedEdge*, SavedShare>& shares,
                                const std::unordered_map<int, int>& name_index) {
    std::map<std::pair<int, int>, EdgeEnds> out;
    for (const auto& [pair, ends] : acc.ends) {
        auto s = name_index.find(pair.first), t = name_index.find(pair.second);
        if (s == name_index.end() || t == name_index.end()) return {};  // a node without names
        EdgeEnds& e = out[{s->second, t->second}];
        e.source = s->second;
        e.target = t->second;
        e.weight += static_cast<double>(ends.statements);
        e.articles += static_cast<std::int64_t>(ends.articles.size());
        for (const SavedEdge* saved : ends.saved)
            if (auto it = shares.find(saved); it != shares.end()) {
                e.weight += it->second.weight;
                e.articles += it->second.articles;
            }
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto& pair = acc.evidence_ends[order[i]];
        out[{name_index.at(pair.first), name_index.at(pair.second)}].evidence.push_back(static_cast<int>(i));
    }
    if (out.size() == 1 && out.begin()->first == std::pair{0, 0}) return {};
    std::vector<EdgeEnds> list;
    for (auto& [key, e] : out) list.push_back(std::move(e));
    return list;
}

// (source, target, relation, label, article, sentence, span, and the names of the ends or -1)
using StatementFingerprint =
    std::tuple<Vertex, Vertex, Relation, std::string, std::string, int, std::size_t, std::size_t, int, int>;

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

// Strongest first; returns the evidence's earlier positions in their new order. One sentence
// behind two statements of the edge (two names of a node in it) is ordered by their names, so
// that a saved graph built again lists its evidence as before.
std::vector<std::size_t> sort_evidence(std::vector<Evidence>& ev, const std::vector<std::pair<int, int>>& names) {
    std::vector<std::size_t> order(ev.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
        const Evidence& a = ev[i];
        const Evidence& b = ev[j];
        double ca = a.confidence.value_or(0.5), cb = b.confidence.value_or(0.5);
        if (ca != cb) return ca > cb;
        return std::tie(a.article, a.sentence, a.span, names[i]) < std::tie(b.article, b.sentence, b.span, names[j]);
    });
    std::vector<Evidence> sorted;
    sorted.reserve(ev.size());
    for (std::size_t i : order) sorted.push_back(std::move(ev[i]));
    ev = std::move(sorted);
    return order;
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
        if (known.text_hash.empty()) known.text_hash = a.text_hash;
    }
    return out;
}


// The saved graphs among the inputs (StatementSet::saved): which entity lines and statements
// they gave back and what they count. A saved graph equal to an earlier one is the same graph
// given twice and is left out whole.
class SavedInputs {
   public:
    explicit SavedInputs(const StatementSet& in)
        : node_of_entity_(in.entities.size(), nullptr),
          edge_of_statement_(in.statements.size(), nullptr),
          skipped_entity_(in.entities.size(), 0),
          skipped_statement_(in.statements.size(), 0),
          replayed_entity_(in.entities.size(), 0),
          in_(in),
          any_(!in.saved.empty()) {
        for (std::size_t i = 0; i < in.saved.size(); ++i) {
            const SavedGraph& g = in.saved[i];
            // A set whose lines were changed after to_statements: count them as plain lines.
            if (!fits(in, g)) continue;
            bool repeat = false;
            for (std::size_t j = 0; j < i && !repeat; ++j)
                repeat = fits(in, in.saved[j]) && same_graph(in, in.saved[j], g);
            if (repeat) {
                std::fill_n(skipped_entity_.begin() + g.first_entity, g.entity_count, 1);
                std::fill_n(skipped_statement_.begin() + g.first_statement, g.statement_count, 1);
                continue;
            }
            if (with_names(g)) {  // its names take part in resolution (saved_names.hpp)
                replayed_.push_back(i);
                std::fill_n(replayed_entity_.begin() + g.first_entity, g.entity_count, 1);
            } else {
                for (const SavedNode& n : g.nodes) node_of_entity_[n.entity] = &n;
            }
            for (const SavedEdge& e : g.edges)
                for (std::size_t k = e.first; k < e.first + e.count; ++k) edge_of_statement_[k] = &e;
        }
    }
    bool any() const { return any_; }
    const SavedNode* node(std::size_t entity) const { return node_of_entity_[entity]; }
    const SavedEdge* edge(std::size_t statement) const { return edge_of_statement_[statement]; }
    bool skipped_entity(std::size_t i) const { return skipped_entity_[i]; }
    bool skipped_statement(std::size_t i) const { return skipped_statement_[i]; }
    // The saved graphs whose names are replayed (their entity lines are not read), in order.
    const std::vector<std::size_t>& replayed() const { return replayed_; }
    bool replayed_entity(std::size_t i) const { return replayed_entity_[i]; }
    // The replayed saved graph a statement comes from, or -1.
    int replayed_graph(std::size_t statement) const {
        for (std::size_t gi : replayed_) {
            const SavedGraph& g = in_.saved[gi];
            if (statement >= g.first_statement && statement < g.first_statement + g.statement_count)
                return static_cast<int>(gi);
        }
        return -1;
    }

    // One edge of two saved graphs that are not equal may still be the same edge (a graph and
    // an export of it): same endpoints, counts, labels and evidence.
    static bool same_edge(const StatementSet& in, const SavedEdge& a, const SavedEdge& b) {
        return a.count == b.count && a.has_evidence == b.has_evidence && a.weight == b.weight &&
               a.articles == b.articles && a.labels == b.labels && a.flags == b.flags &&
               std::equal(in.statements.begin() + a.first, in.statements.begin() + a.first + a.count,
                          in.statements.begin() + b.first);
    }

   private:
    static bool fits(const StatementSet& in, const SavedGraph& g) {
        if (g.first_entity + g.entity_count > in.entities.size() ||
            g.first_statement + g.statement_count > in.statements.size())
            return false;
        for (const SavedNode& n : g.nodes)
            if (n.entity >= in.entities.size()) return false;
        for (const SavedEdge& e : g.edges)
            if (e.first + e.count > in.statements.size()) return false;
        if (with_names(g))
            for (const SavedEdge& e : g.edges)
                if (e.source_node >= g.nodes.size() || e.target_node >= g.nodes.size() || e.source_name < 0 ||
                    e.target_name < 0 ||
                    static_cast<std::size_t>(e.source_name) >= g.nodes[e.source_node].names.size() ||
                    static_cast<std::size_t>(e.target_name) >= g.nodes[e.target_node].names.size())
                    return false;
        return true;
    }
    // A graph every node of which keeps its names (a graph of another tool keeps none).
    static bool with_names(const SavedGraph& g) {
        return !g.nodes.empty() &&
               std::all_of(g.nodes.begin(), g.nodes.end(), [](const SavedNode& n) { return !n.names.empty(); });
    }
    static bool same_graph(const StatementSet& in, const SavedGraph& a, const SavedGraph& b) {
        if (a.entity_count != b.entity_count || a.statement_count != b.statement_count ||
            a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size())
            return false;
        auto e = in.entities.begin();
        if (!std::equal(e + a.first_entity, e + a.first_entity + a.entity_count, e + b.first_entity))
            return false;
        for (std::size_t i = 0; i < a.nodes.size(); ++i)
            if (a.nodes[i].mentions != b.nodes[i].mentions || a.nodes[i].articles != b.nodes[i].articles ||
                a.nodes[i].names != b.nodes[i].names)
                return false;
        for (std::size_t i = 0; i < a.edges.size(); ++i)
            if (!same_edge(in, a.edges[i], b.edges[i])) return false;
        return true;
    }

    std::vector<const SavedNode*> node_of_entity_;
    std::vector<const SavedEdge*> edge_of_statement_;
    std::vector<char> skipped_entity_, skipped_statement_, replayed_entity_;
    std::vector<std::size_t> replayed_;
    const StatementSet& in_;
    bool any_ = false;
};

// Adds what the saved edges folded into `acc` count beyond their evidence sentences (already
// counted, once each, with the other inputs' statements): the rest of their weight and
// articles, their labels (in their order: a saved edge keeps no count per label) and flags.
// The same edge given by two saved graphs counts once; the parts of one saved edge that all
// come back together count the whole edge's articles (an article may hold several parts).
// Returns what each saved edge added.
std::map<const SavedEdge*, SavedShare> add_saved_edges(const StatementSet& in, EdgeAccumulator& acc,
                                                        EdgeProps& e) {
    std::vector<const SavedEdge*> distinct;
    for (const SavedEdge* s : acc.saved)
        if (std::none_of(distinct.begin(), distinct.end(),
                         [&](const SavedEdge* d) { return SavedInputs::same_edge(in, *d, *s); }))
            distinct.push_back(s);
    std::map<const SavedEdge*, SavedShare> shares;
    // The parts of one saved edge here: how many, and the articles their sentences name.
    std::map<const SavedEdge*, std::pair<std::size_t, std::set<std::string_view>>> wholes;
    for (const SavedEdge* s : distinct) {
        // Its sentences as build_graph told them apart (they counted once each above). A
        // saved sentence keeps no label of its own: two statements of one sentence with two
        // labels come back as one sentence, and the other counts with the rest.
        std::set<std::tuple<std::string_view, int, std::size_t, std::size_t>> sentences;
        std::set<std::string_view> known_articles;
        for (std::size_t k = s->first; s->has_evidence && k < s->first + s->count; ++k) {
            const Statement& st = in.statements[k];
            const Span span = st.span.value_or(Span{0, 0});
            sentences.emplace(st.article, st.sentence.value_or(-1), span.first, span.second);
            if (!st.article.empty()) known_articles.insert(st.article);
        }
        const std::size_t known = sentences.size();
        SavedShare& share = shares[s];
        share.weight = std::max(0.0, s->weight - static_cast<double>(known));
        share.articles = std::max<std::int64_t>(0, s->articles - static_cast<std::int64_t>(known_articles.size()));
        e.weight += share.weight;
        auto& whole = wholes[s - s->part];
        ++whole.first;
        whole.second.insert(known_articles.begin(), known_articles.end());
        const auto n = static_cast<std::int64_t>(s->labels.size());
        for (std::int64_t i = 0; i < n; ++i) {
            auto [lit, fresh] = acc.labels.try_emplace(s->labels[i], 0, acc.labels.size());
            lit->second.first += n - i;
        }
        acc.flags &= s->flags;
    }
    for (const SavedEdge* s : distinct) {
        const auto& [here, known_articles] = wholes[s - s->part];
        if (s->parts > 1 && here == s->parts) {
            if (s->part == 0)
                e.articles += std::max<std::int64_t>(
                    0, s->edge_articles - static_cast<std::int64_t>(known_articles.size()));
        } else {
            e.articles += shares[s].articles;
        }
    }
    e.flags = acc.flags;
    return shares;
}

// A node's merge records when saved nodes are among its names: theirs as saved (with the
// evidence the first build had), then this build's for the names no saved node knew.
std::vector<Join> with_saved_records(
    const StatementSet& in, const std::vector<int>& members,
    const std::unordered_map<int, std::vector<std::size_t>>& saved_decls, std::vector<Join> own) {
    std::vector<Join> out;
    std::set<std::string> known;  // names of the saved nodes
    for (int m : members) {
        auto it = saved_decls.find(m);
        if (it == saved_decls.end()) continue;
        for (std::size_t i : it->second) {
            const EntityDecl& d = in.entities[i];
            out.insert(out.end(), d.joined.begin(), d.joined.end());
            known.insert(d.name);
            known.insert(d.aliases.begin(), d.aliases.end());
        }
    }
    if (out.empty() && known.empty()) return own;
    for (Join& j : own)
        if (!known.count(j.name)) out.push_back(std::move(j));
    std::set<std::pair<std::string, std::string>> seen;
    std::vector<Join> unique;
    for (Join& j : out)
        if (seen.emplace(j.name, j.rule).second) unique.push_back(std::move(j));
    std::stable_sort(unique.begin(), unique.end(), [](const Join& a, const Join& b) {
        return std::tie(a.name, a.rule) < std::tie(b.name, b.rule);
    });
    return unique;
}

// Step 1 of build_graph, what steps 2 and 3 need of it: every distinct (type, name key) a
// candidate, grouped by aliases and by the rules across articles; the names of a saved graph
// that keeps them met where its entity lines and statements are.
struct Resolution {
    // A saved graph's nodes count the mentions and articles it saved, not its entity lines and
    // statements: per candidate, what those added (to take off) and what the graph counted.
    // (A saved graph with names brings its names' own counts and articles: see replay_names.)
    struct SavedNodeCounts {
        std::int64_t occurrences = 0, mentions = 0, articles = 0;
    };
    EntityResolver resolver;
    std::set<int> outlets;  // candidates some input declared a news outlet
    std::unordered_map<int, SavedNodeCounts> saved_counts;
    std::unordered_map<int, std::set<std::string>> own_articles;  // articles of the other inputs
    std::unordered_map<int, std::vector<std::size_t>> saved_decls;  // a candidate's saved nodes
    std::map<int, std::vector<Join>> replayed_records;  // a saved node's records, by its first name
    std::vector<std::pair<int, int>> endpoints;         // each statement's candidates
    int entity_phase_end = 0;  // candidates from here on were met as statements' ends
};

template <typename Wanted>
Resolution resolve(const StatementSet& input, const SavedInputs& saved, bool merge_surnames, Wanted wanted) {
    Resolution out;
    auto& [resolver, outlets, saved_counts, own_articles, saved_decls, replayed_records, endpoints,
           entity_phase_end] = out;
    auto seen_in = [&](int c, const std::string& article, bool from_saved) {
        if (c < 0 || !saved.any()) return;
        if (from_saved) ++saved_counts[c].occurrences;
        else if (!article.empty()) own_articles[c].insert(article);
    };

    int next_declared = 0;
    std::vector<detail::SavedCandidates> replayed(input.saved.size());
    auto replay = [&](std::size_t gi, bool late) {
        const SavedGraph& g = input.saved[gi];
        detail::replay_names(g, late, resolver, replayed[gi], next_declared, outlets);
        for (std::size_t n = 0; n < g.nodes.size(); ++n)
            for (std::size_t k = 0; k < g.nodes[n].names.size(); ++k) {
                const int c = replayed[gi][n][k];
                if (c < 0 || g.nodes[n].names[k].late != late) continue;
                if (saved.any())
                    own_articles[c].insert(g.nodes[n].names[k].articles.begin(), g.nodes[n].names[k].articles.end());
                if (k == 0) {
                    const auto& joined = input.entities[g.nodes[n].entity].joined;
                    auto& records = replayed_records[c];
                    records.insert(records.end(), joined.begin(), joined.end());
                }
            }
    };
    for (std::size_t i = 0; i < input.entities.size(); ++i) {
        if (saved.skipped_entity(i)) continue;
        if (saved.replayed_entity(i)) {
            for (std::size_t gi : saved.replayed())
                if (input.saved[gi].first_entity == i) replay(gi, false);
            continue;
        }
        const EntityDecl& d = input.entities[i];
        int c = resolver.intern(d.type, d.name, {d.article, std::nullopt, {}});
        if (c < 0) continue;
        const SavedNode* from = saved.node(i);
        seen_in(c, d.article, from != nullptr);
        if (from) {
            saved_counts[c].mentions += from->mentions;
            saved_counts[c].articles += from->articles;
            saved_decls[c].push_back(i);
        }
        resolver.declare(c, next_declared++);
        if (d.media) outlets.insert(c);
        for (const auto& alias : d.aliases) resolver.alias(c, d, alias);
    }
    entity_phase_end = resolver.size();
    endpoints.assign(input.statements.size(), {-1, -1});
    std::size_t next_late = 0;  // the next replayed graph whose late names are to be met
    auto replay_late_until = [&](std::size_t statement) {
        for (; next_late < saved.replayed().size(); ++next_late) {
            const std::size_t gi = saved.replayed()[next_late];
            if (input.saved[gi].first_statement > statement) break;
            replay(gi, true);
        }
    };
    for (std::size_t i = 0; i < input.statements.size(); ++i) {
        replay_late_until(i);
        const Statement& s = input.statements[i];
        if (!wanted(s) || saved.skipped_statement(i)) continue;
        const SavedEdge* from = saved.edge(i);
        if (const int gi = from ? saved.replayed_graph(i) : -1; gi >= 0) {
            // Its ends are the names it joined, counted with them already.
            const auto& cands = replayed[static_cast<std::size_t>(gi)];
            endpoints[i] = {cands[from->source_node][from->source_name], cands[from->target_node][from->target_name]};
            continue;
        }
        const Sighting where{s.article, s.sentence, s.evidence};
        endpoints[i] = {resolver.intern_endpoint(s.subject.type, s.subject.name, where),
                        resolver.intern_endpoint(s.object.type, s.object.name, where)};
        seen_in(endpoints[i].first, s.article, from != nullptr);
        seen_in(endpoints[i].second, s.article, from != nullptr);
    }
    replay_late_until(input.statements.size());
    resolver.merge_across_articles(merge_surnames);
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
    // 1. Entities: the candidates and their groups.
    const SavedInputs saved(input);
    Resolution resolution = resolve(input, saved, options.merge_surnames, wanted);
    auto& [resolver, outlets, saved_counts, own_articles, saved_decls, replayed_records, endpoints,
           entity_phase_end] = resolution;

    // 2. Nodes, ordered by their stable id, each with its names (saved_names.hpp).
    const detail::NameContext names_ctx = detail::name_context(resolver, outlets, entity_phase_end);
    std::vector<std::pair<NodeProps, int>> nodes;  // node, group root
    std::unordered_map<int, int> name_index;       // candidate -> index in its node's names
    for (const auto& [root, members] : resolver.groups_by_root()) {
        NodeProps node = make_node(members, resolver);
        node.id = node_id_base(node.type, node.label);
        node.media = is_outlet_node(members, outlets, resolver);
        bool legacy = false;  // a saved node that kept no names is among its names
        if (saved.any()) {
            std::set<std::string> articles;
            std::int64_t saved_articles = 0;
            for (int m : members) {
                if (auto it = own_articles.find(m); it != own_articles.end())
                    articles.insert(it->second.begin(), it->second.end());
                if (auto it = saved_counts.find(m); it != saved_counts.end()) {
                    node.mentions += it->second.mentions - it->second.occurrences;
                    saved_articles += it->second.articles;
                    legacy = true;
                }
            }
            node.articles = static_cast<std::int64_t>(articles.size()) + saved_articles;
            node.joined = with_saved_records(input, members, saved_decls, std::move(node.joined));
            if (!replayed_records.empty())
                node.joined = detail::with_replayed_records(members, replayed_records, std::move(node.joined),
                                                            node.label, node.aliases);
        }
        if (!legacy) {
            node.names = detail::node_names(members, pick_label(members, resolver), names_ctx);
            for (std::size_t k = 0; k < node.names.size(); ++k)
                name_index[node.names[k].order] = static_cast<int>(k);
        }
        nodes.emplace_back(std::move(node), root);
    }
    // Stable: generic names kept apart per article ("Central Bank" twice) keep input order.
    std::stable_sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) {
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
        if (!wanted(s) || saved.skipped_statement(i)) continue;
        if (cs < 0 || co < 0) {
            ++rep.unnamed_statements;
            continue;
        }
        Vertex src = vertex_of_root.at(resolver.root(cs));
        Vertex tgt = vertex_of_root.at(resolver.root(co));
        if (is_symmetric(s.relation) && tgt < src) {
            std::swap(src, tgt);
            std::swap(cs, co);
        }
        const SavedEdge* from = saved.edge(i);
        if (from) {  // counted by its saved edge (below); its sentences are evidence
            EdgeAccumulator& acc = edges.try_emplace({src, tgt, s.relation}).first->second;
            if (acc.saved.empty() || acc.saved.back() != from) acc.saved.push_back(from);
            auto& ends_saved = acc.ends[{cs, co}].saved;
            if (ends_saved.empty() || ends_saved.back() != from) ends_saved.push_back(from);
            if (!from->has_evidence) continue;
        }
        std::string label = s.label.empty() ? std::string(to_string(s.relation)) : s.label;
        auto span = s.span.value_or(Span{0, 0});
        // A statement repeats one seen before when both name the same sentence the same way.
        // A saved sentence comes back with its edge's first label, not its own: two parts of
        // one edge may hold one sentence under two labels and two names, and are told apart
        // by the names (the other inputs' statements, by the label as always).
        StatementFingerprint named{src, tgt, s.relation, label, s.article, s.sentence.value_or(-1),
                                   span.first, span.second, cs, co};
        StatementFingerprint plain = named;
        std::get<8>(plain) = std::get<9>(plain) = -1;
        const bool repeat = seen.count(from && from->parts > 1 ? named : plain) > 0;
        seen.insert(named);
        seen.insert(plain);
        if (repeat) {
            ++rep.duplicate_statements;
            continue;
        }
        ++rep.statements_used;
        auto [it, inserted] = edges.try_emplace({src, tgt, s.relation});
        EdgeAccumulator& acc = it->second;
        ++acc.statements;
        EndsAccumulator& ends = acc.ends[{cs, co}];
        ++ends.statements;
        if (!s.article.empty()) {
            acc.articles.insert(s.article);
            ends.articles.insert(s.article);
        }
        if (!from) {  // a saved edge's labels come with their order (below)
            auto [lit, new_label] = acc.labels.try_emplace(label, 0, acc.labels.size());
            ++lit->second.first;
        }
        acc.flags &= s.flags;
        acc.evidence.push_back(
            {s.article, s.sentence, s.span, s.evidence, s.confidence, s.flags, s.source});
        acc.evidence_ends.emplace_back(cs, co);
    }
    std::size_t next_id = 0;
    kg.reserve_edges(edges.size());
    for (auto& [key, acc] : edges) {
        auto [src, tgt, relation] = key;
        EdgeProps e;
        e.id = "e" + std::to_string(next_id++);
        e.type = relation;
        e.weight = static_cast<double>(acc.statements);
        e.articles = static_cast<std::int64_t>(acc.articles.size());
        const auto shares = add_saved_edges(input, acc, e);
        e.labels = labels_by_frequency(acc);
        e.flags = acc.flags;
        e.evidence = std::move(acc.evidence);
        const std::vector<std::size_t> order = sort_evidence(e.evidence, acc.evidence_ends);
        if (!kg.g[src].names.empty() && !kg.g[tgt].names.empty())
            e.ends = edge_ends(acc, order, shares, name_index);
        kg.add_edge(src, tgt, std::move(e));
    }
    return kg;
}

}  // namespace kg
