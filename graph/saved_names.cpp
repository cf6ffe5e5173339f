#include "graph/saved_names.hpp"

#include <algorithm>
#include <cstring>
#include <tuple>

namespace kg::detail {

bool is_build_rule(const Join& j) {
    for (const char* rule : {join_rule::kMiddleInitial, join_rule::kUniqueAcronym, join_rule::kUniqueSurname,
                             join_rule::kUniqueShortForm, join_rule::kUsualShortForm, join_rule::kTypeVote})
        if (j.rule == rule) return true;
    // An alias that is the name with another legal form is recorded without a "with"; the
    // build's join of two such names records the name it joined.
    return j.rule == join_rule::kLegalForm && !j.with.empty();
}

void replay_names(const SavedGraph& g, bool late, EntityResolver& r, SavedCandidates& cands,
                  int& next_declared, std::set<int>& outlets) {
    cands.resize(g.nodes.size());
    std::vector<std::tuple<int, std::size_t, std::size_t>> met;  // order, node, name
    for (std::size_t n = 0; n < g.nodes.size(); ++n) {
        cands[n].resize(g.nodes[n].names.size(), -1);
        for (std::size_t k = 0; k < g.nodes[n].names.size(); ++k)
            if (g.nodes[n].names[k].late == late) met.emplace_back(g.nodes[n].names[k].order, n, k);
    }
    std::sort(met.begin(), met.end());
    for (const auto& [order, n, k] : met) {
        const SavedNode& node = g.nodes[n];
        const NameRecord& name = node.names[k];
        Sighting first{name.first_article, name.first_sentence,
                       k < node.first_evidence.size() ? node.first_evidence[k] : std::string()};
        cands[n][k] = r.intern_saved(name, first);
    }
    // Declarations in the order the first build met them.
    std::vector<std::tuple<int, std::size_t, std::size_t>> declared;
    for (const auto& [order, n, k] : met)
        if (g.nodes[n].names[k].declared >= 0 && cands[n][k] >= 0)
            declared.emplace_back(g.nodes[n].names[k].declared, n, k);
    std::sort(declared.begin(), declared.end());
    for (const auto& [rank, n, k] : declared) r.declare(cands[n][k], next_declared++);
    for (const auto& [order, n, k] : met) {
        const NameRecord& name = g.nodes[n].names[k];
        const int c = cands[n][k];
        if (c < 0) continue;
        if (name.media) outlets.insert(c);
        for (const auto& [form, article] : name.forms) r.short_form(c, name.type, form, article);
        if (name.tied >= 0 && static_cast<std::size_t>(name.tied) < cands[n].size() && cands[n][name.tied] >= 0)
            r.tie(c, cands[n][name.tied]);
    }
}

NameContext name_context(EntityResolver& r, const std::set<int>& outlets, int entity_phase_end) {
    NameContext ctx;
    ctx.resolver = &r;
    ctx.outlets = &outlets;
    ctx.entity_phase_end = entity_phase_end;
    std::vector<std::pair<int, int>> declared;  // declaration, candidate
    for (int c = 0; c < r.size(); ++c)
        if (r.candidate(c).declared_order >= 0) declared.emplace_back(r.candidate(c).declared_order, c);
    std::sort(declared.begin(), declared.end());
    for (std::size_t rank = 0; rank < declared.size(); ++rank)
        ctx.declared_rank[declared[rank].second] = static_cast<int>(rank);
    return ctx;
}

std::vector<NameRecord> node_names(const std::vector<int>& members, int label, const NameContext& ctx) {
    EntityResolver& r = *ctx.resolver;
    std::vector<int> ordered{label};
    for (int m : members)
        if (m != label) ordered.push_back(m);
    std::sort(ordered.begin() + 1, ordered.end());
    std::vector<NameRecord> out;
    out.reserve(ordered.size());
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const int m = ordered[i];
        const Candidate& c = r.candidate(m);
        NameRecord n;
        n.name = c.surface;
        n.type = c.type;
        n.scope = c.scope;
        n.mentions = c.occurrences;
        n.articles.assign(c.articles.begin(), c.articles.end());
        n.order = m;
        n.late = m >= ctx.entity_phase_end;
        if (auto it = ctx.declared_rank.find(m); it != ctx.declared_rank.end()) n.declared = it->second;
        for (std::size_t j = 0; j < i; ++j)
            if (r.tie_root(ordered[j]) == r.tie_root(m)) {
                n.tied = static_cast<int>(j);
                break;
            }
        n.media = ctx.outlets->count(m) > 0;
        if (c.first) {
            n.first_article = c.first->article;
            n.first_sentence = c.first->sentence;
        }
        if (const auto* forms = r.declared_forms(m)) n.forms = *forms;
        out.push_back(std::move(n));
    }
    return out;
}

std::vector<Join> with_replayed_records(const std::vector<int>& members,
                                        const std::map<int, std::vector<Join>>& saved_records,
                                        std::vector<Join> own, const std::string& label,
                                        const std::vector<std::string>& aliases) {
    std::set<std::pair<std::string, std::string>> made;  // (name, rule) this build joined by
    for (const Join& j : own) made.emplace(j.name, j.rule);
    std::vector<Join> all;
    for (int m : members)
        if (auto it = saved_records.find(m); it != saved_records.end())
            for (const Join& j : it->second)
                if (!is_build_rule(j) || made.count({j.name, j.rule})) all.push_back(j);
    all.insert(all.end(), std::make_move_iterator(own.begin()), std::make_move_iterator(own.end()));
    std::set<std::pair<std::string, std::string>> seen;
    std::vector<Join> out;
    for (Join& j : all) {
        const bool named = j.name == label || std::binary_search(aliases.begin(), aliases.end(), j.name);
        if (named && seen.emplace(j.name, j.rule).second) out.push_back(std::move(j));
    }
    std::stable_sort(out.begin(), out.end(), [](const Join& a, const Join& b) {
        return std::tie(a.name, a.rule) < std::tie(b.name, b.rule);
    });
    return out;
}

}  // namespace kg::detail
