#include "graph/entity_resolver.hpp"

#include <algorithm>

#include "graph/names.hpp"

namespace kg::detail {

int UnionFind::add() {
    parent_.push_back(static_cast<int>(parent_.size()));
    return parent_.back();
}

int UnionFind::find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
}

void UnionFind::unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
}

namespace {

// The article a generic body name belongs to: "Trade Ministry" in one story and in another
// are two countries' ministries until the text says otherwise.
std::string scope_of(NodeType type, const std::string& key, const std::string& article) {
    return type == NodeType::Organization && is_generic_body_name(key) ? article : std::string();
}

bool has_word(std::string_view key, std::string_view word) {
    for (std::size_t start = 0; start <= key.size();) {
        std::size_t end = key.find(' ', start);
        if (end == std::string_view::npos) end = key.size();
        if (key.substr(start, end - start) == word) return true;
        start = end + 1;
    }
    return false;
}

// Claimants of one word, less those whose name is another claimant's whole name with words
// before it ("Finance Minister Ann Okafor" beside "Ann Okafor", "Arden Grain Exporters Board"
// beside "Grain Exporters Board"): a title or a qualifier written into a name is no second
// entity to choose from.
std::map<int, int> distinct_claimants(const std::map<int, int>& claimants, const std::vector<Candidate>& cands) {
    std::map<int, int> out;
    for (const auto& [root, cand] : claimants) {
        const std::string& key = cands[cand].key;
        bool longer_form = false;
        for (const auto& [other_root, other] : claimants) {
            const std::string& k = cands[other].key;
            if (other_root != root && key.size() > k.size() + 1 && key.compare(key.size() - k.size(), k.size(), k) == 0 &&
                key[key.size() - k.size() - 1] == ' ')
                longer_form = true;
        }
        if (!longer_form) out.emplace(root, cand);
    }
    return out;
}

// The rule an alias joins by when its entity line gives no record for it.
const char* default_rule(AliasForm form, NodeType type) {
    switch (form) {
        case AliasForm::Same: return join_rule::kLegalForm;
        case AliasForm::Acronym: return join_rule::kAcronym;
        case AliasForm::OneWord: return type == NodeType::Person ? join_rule::kSurname : join_rule::kShortForm;
        case AliasForm::Part: return join_rule::kShortForm;
        case AliasForm::Other: break;
    }
    return join_rule::kAlias;
}

// The entity line's record for an alias, else one made from its form.
Join record_for(const EntityDecl& decl, const std::string& alias, AliasForm form) {
    for (Join j : decl.joined)
        if (j.name == alias) {
            if (j.article.empty()) j.article = decl.article;  // records made in memory
            return j;
        }
    Join j;
    j.name = alias;
    j.rule = default_rule(form, decl.type);
    j.article = decl.article;
    return j;
}

}  // namespace

int EntityResolver::add_candidate(NodeType type, std::string key, std::string scope, const std::string& name) {
    auto [it, inserted] = index_.try_emplace({type, key, scope}, static_cast<int>(cands_.size()));
    if (inserted) {
        cands_.push_back({type, std::move(key), std::move(scope), name, -1, 0, {}, std::nullopt});
        uf_.add();
        ties_.add();
    }
    return it->second;
}

int EntityResolver::intern(NodeType type, const std::string& name, const Sighting& where) {
    std::string key = name_key(name);
    if (key.empty()) return -1;
    std::string scope = scope_of(type, key, where.article);
    const int cand = add_candidate(type, std::move(key), std::move(scope), name);
    Candidate& c = cands_[cand];
    ++c.occurrences;
    if (!where.article.empty()) c.articles.insert(where.article);
    if (!c.first || (c.first->sentence == std::nullopt && where.sentence)) c.first = where;
    return cand;
}

int EntityResolver::intern_saved(const NameRecord& name, const Sighting& first) {
    std::string key = name_key(name.name);
    if (key.empty()) return -1;
    const int cand = add_candidate(name.type, std::move(key), name.scope, name.name);
    Candidate& c = cands_[cand];
    c.occurrences += name.mentions;
    c.articles.insert(name.articles.begin(), name.articles.end());
    if (!c.first || (c.first->sentence == std::nullopt && first.sentence)) c.first = first;
    return cand;
}

void EntityResolver::short_form(int cand, NodeType type, const std::string& form, const std::string& article) {
    const std::string key = name_key(form);
    if (key.empty() || key == cands_[cand].key) return;
    add_short_form(cand, type, form, key, alias_form(key, cands_[cand].key), article);
}

void EntityResolver::tie(int a, int b) {
    uf_.unite(a, b);
    ties_.unite(a, b);
}

int EntityResolver::intern_endpoint(NodeType type, const std::string& name, const Sighting& where) {
    if (!where.article.empty() && !short_forms_in_article_.empty()) {
        auto it = short_forms_in_article_.find({where.article, type, name_key(name)});
        if (it != short_forms_in_article_.end()) {
            Candidate& c = cands_[it->second];
            ++c.occurrences;
            c.articles.insert(where.article);
            return it->second;
        }
    }
    return intern(type, name, where);
}

void EntityResolver::declare(int cand, int order) {
    if (cands_[cand].declared_order < 0) cands_[cand].declared_order = order;
}

// A full alias (another spelling, the name without its legal form) makes one entity of both
// names everywhere. A short form names the entity in the declaring article; elsewhere the
// same word may name another (Nancy and Ines Okafor are both "Okafor", "TSE" is Tokyo's
// and Toronto's exchange), so it is only a claim there, settled by merge_claimed_words. A
// part of the name ("Stock Exchange") claims nothing: it is a name of the kind of body.
void EntityResolver::alias(int cand, const EntityDecl& decl, const std::string& alias) {
    const std::string key = name_key(alias);
    // "Corp" of "Acme Corp" names every company: it joins nothing.
    if (key.empty() || key == cands_[cand].key || is_legal_form(key)) return;
    const NodeType type = decl.type;
    const AliasForm form = alias_form(key, cands_[cand].key);
    if (form == AliasForm::Same || form == AliasForm::Other) {
        int a = intern(type, alias, {decl.article, std::nullopt, {}});
        --cands_[a].occurrences;  // an alias listing is not a mention
        tie(cand, a);
        if (a != cand) record(cand, record_for(decl, alias, form));
        return;
    }
    const bool generic = is_generic_body_name(key) || is_standalone_body_word(key);
    add_short_form(cand, type, alias, key, form, decl.article);
    if (generic && type == NodeType::Organization) return;  // not a name of this body elsewhere
    record(cand, record_for(decl, alias, form));
}

void EntityResolver::add_short_form(int cand, NodeType type, const std::string& alias, const std::string& key,
                                    AliasForm form, const std::string& article) {
    auto& declared = declared_forms_[cand];
    std::pair<std::string, std::string> entry{alias, article};
    if (std::find(declared.begin(), declared.end(), entry) == declared.end()) declared.push_back(std::move(entry));
    if (!article.empty()) short_forms_in_article_.emplace(std::tuple{article, type, key}, cand);
    const bool generic = is_generic_body_name(key) || is_standalone_body_word(key);
    if (form != AliasForm::Part && !generic) claims_[{type, key}].push_back(cand);
    if (generic && type == NodeType::Organization) return;  // not a name of this body elsewhere
    short_form_surfaces_[cand].insert(alias);
}

void EntityResolver::merge_across_articles(bool by_surname) {
    merge_legal_forms();
    merge_claimed_words(by_surname);
    merge_minority_types();
}

// The recogniser types a name from its sentence, so a few stories call a company a place or a
// person ("Chrysler said" after a dateline). A name alone in its group, typed otherwise than
// the same name in at least three times as many articles (and three at least), joins that
// name's group, unless some article used both types: there the text meant two things
// ("Jordan" the player and the country).
void EntityResolver::merge_minority_types() {
    constexpr std::size_t kMajorityRatio = 3;
    std::map<std::string, std::vector<int>> by_key;  // unscoped candidates by name key
    for (int i = 0; i < static_cast<int>(cands_.size()); ++i)
        if (cands_[i].scope.empty()) by_key[cands_[i].key].push_back(i);
    std::map<int, std::size_t> group_size;
    for (int i = 0; i < static_cast<int>(cands_.size()); ++i) ++group_size[uf_.find(i)];
    for (const auto& [key, cands] : by_key) {
        if (cands.size() < 2) continue;
        int major = cands.front();
        for (int c : cands)
            if (cands_[c].articles.size() > cands_[major].articles.size()) major = c;
        const Candidate& m = cands_[major];
        for (int c : cands) {
            const Candidate& x = cands_[c];
            if (x.type == m.type || group_size[uf_.find(c)] != 1 || uf_.find(c) == uf_.find(major)) continue;
            if (m.articles.size() < kMajorityRatio || m.articles.size() < kMajorityRatio * x.articles.size()) continue;
            const bool shared = std::any_of(x.articles.begin(), x.articles.end(),
                                            [&](const std::string& a) { return m.articles.count(a) > 0; });
            if (shared) continue;
            uf_.unite(major, c);
            Join j{x.surface, join_rule::kTypeVote, m.surface, {}, std::nullopt, {}};
            if (x.first) j.article = x.first->article, j.sentence = x.first->sentence, j.evidence = x.first->evidence;
            record(major, std::move(j));
        }
    }
}

// "Bolt Corp", "Bolt Inc" and "Bolt": the same name but for the legal form; "Ann B. Okafor"
// and "Ann Okafor": the same person's name but for a middle initial.
void EntityResolver::merge_legal_forms() {
    std::map<std::tuple<NodeType, std::string, std::string>, int> first;
    for (int i = 0; i < static_cast<int>(cands_.size()); ++i) {
        const Candidate& c = cands_[i];
        std::string bare;
        if (c.type == NodeType::Organization) bare = without_legal_form(c.key);
        else if (c.type == NodeType::Person) bare = without_middle_initials(c.key);
        else continue;
        // "Bank of Arden Corp" is the holding company of the Bank of Arden: a parent and its
        // bank, not one body. "Arden Bank AG" and "Arden Bank Ltd" are the bank's own forms.
        if (c.type == NodeType::Organization && is_bank_holding_company(c.key)) continue;
        const char* rule = c.type == NodeType::Person ? join_rule::kMiddleInitial : join_rule::kLegalForm;
        auto [it, inserted] = first.try_emplace({c.type, bare, c.scope}, i);
        if (inserted || uf_.find(it->second) == uf_.find(i)) continue;
        uf_.unite(it->second, i);
        const Candidate& anchor = cands_[it->second];
        Join j{c.surface, rule, anchor.surface, {}, std::nullopt, {}};
        if (c.first) j.article = c.first->article, j.sentence = c.first->sentence, j.evidence = c.first->evidence;
        record(it->second, std::move(j));
    }
}

// A group known only by one-word names joins the one group that claims that word: by a
// short form or acronym declared for it, or (Persons, with `by_surname`) by a longer name
// ending in it. When several groups claim it, it stays apart: the text did not say which.
void EntityResolver::merge_claimed_words(bool by_surname) {
    std::map<int, std::vector<int>> groups = groups_by_root();
    // word -> claiming root -> a claiming candidate (for the record's "with")
    std::map<std::pair<NodeType, std::string>, std::map<int, int>> claimants;
    std::set<std::pair<NodeType, std::string>> surname_claims;
    for (const auto& [word, cands] : claims_)
        for (int c : cands) claimants[word].try_emplace(uf_.find(c), c);
    std::vector<int> one_word_groups;
    for (const auto& [root, members] : groups) {
        const NodeType type = cands_[root].type;
        bool all_single = true;
        for (int m : members) {
            const Candidate& c = cands_[m];
            if (!c.scope.empty() || c.key.find(' ') != std::string::npos) all_single = false;
            if (c.key.find(' ') != std::string::npos && by_surname && type == NodeType::Person) {
                std::pair<NodeType, std::string> word{type, std::string(last_word(c.key))};
                claimants[word].try_emplace(root, m);
                surname_claims.insert(word);
            }
        }
        if (all_single) one_word_groups.push_back(root);
    }
    // An acronym of three letters or more claims for the organisation or place whose name it
    // spells ("OPEC"); two letters spell too many names to be evidence.
    std::set<std::pair<NodeType, std::string>> acronym_claims;
    for (const auto& [root, members] : groups)
        for (int m : members) {
            const Candidate& c = cands_[m];
            if (!c.scope.empty() || (c.type != NodeType::Organization && c.type != NodeType::Place)) continue;
            std::string acronym = initials_of(c.key);
            if (acronym.size() < 3) continue;
            std::pair<NodeType, std::string> word{c.type, std::move(acronym)};
            claimants[word].try_emplace(root, m);
            acronym_claims.insert(word);
        }
    for (int root : one_word_groups) {
        const Candidate& c = cands_[root];
        std::pair<NodeType, std::string> word{c.type, c.key};
        auto it = claimants.find(word);
        if (it == claimants.end()) continue;
        const std::map<int, int> distinct = distinct_claimants(it->second, cands_);
        const char* rule = nullptr;
        int claimant_root = -1, claimant = -1;
        if (distinct.size() == 1) {
            std::tie(claimant_root, claimant) = *distinct.begin();
            const bool surname = c.type == NodeType::Person && surname_claims.count(word);
            rule = surname                       ? join_rule::kUniqueSurname
                   : acronym_claims.count(word) ? join_rule::kUniqueAcronym
                                                : join_rule::kUniqueShortForm;
        } else if (auto usual = usual_declarer(word)) {
            std::tie(claimant_root, claimant) = *usual;
            rule = join_rule::kUsualShortForm;
        } else {
            continue;
        }
        if (uf_.find(claimant_root) == uf_.find(root)) continue;
        for (int m : groups[root]) {
            const Candidate& mc = cands_[m];
            Join j{mc.surface, rule,
                   cands_[claimant].surface, {}, std::nullopt, {}};
            if (mc.first) j.article = mc.first->article, j.sentence = mc.first->sentence, j.evidence = mc.first->evidence;
            record(claimant, std::move(j));
        }
        uf_.unite(root, claimant_root);
    }
}

// In a large corpus a short form is spelled by several names ("SEC": the Securities and
// Exchange Commission, a Senate Energy Committee, misspellings of either), so no claim is
// unique. The articles still tell which one it usually names: the entity whose articles
// declare it ("the Securities and Exchange Commission (SEC)") in at least three articles and
// ten times as many as every other entity's together takes it. A name that only spells the
// word, or holds it as one of its words, declares nothing.
std::optional<std::pair<int, int>> EntityResolver::usual_declarer(const std::pair<NodeType, std::string>& word) {
    constexpr std::size_t kMinArticles = 3, kDominance = 10;
    auto it = claims_.find(word);
    if (it == claims_.end()) return std::nullopt;
    std::map<int, std::pair<std::set<std::string>, int>> by_root;  // declaring articles, a candidate
    for (int c : it->second) {
        // "OPEC" declared for "OPEC Fund for Development" is the word its name begins with,
        // naming its parent: no declaration of a short form.
        if (has_word(cands_[c].key, word.second)) continue;
        auto& [articles, cand] = by_root[uf_.find(c)];
        cand = c;
        if (const auto* forms = declared_forms(c))
            for (const auto& [form, article] : *forms)
                if (!article.empty() && name_key(form) == word.second) articles.insert(article);
    }
    std::size_t total = 0;
    const std::pair<const int, std::pair<std::set<std::string>, int>>* best = nullptr;
    for (const auto& entry : by_root) {
        total += entry.second.first.size();
        if (!best || entry.second.first.size() > best->second.first.size()) best = &entry;
    }
    if (!best) return std::nullopt;
    const std::size_t most = best->second.first.size(), others = total - most;
    if (most < kMinArticles || most < kDominance * others) return std::nullopt;
    return std::pair{best->first, best->second.second};
}

std::map<int, std::vector<int>> EntityResolver::groups_by_root() {
    std::map<int, std::vector<int>> groups;
    for (int i = 0; i < static_cast<int>(cands_.size()); ++i) groups[uf_.find(i)].push_back(i);
    return groups;
}

const std::set<std::string>* EntityResolver::short_forms(int cand) const {
    auto it = short_form_surfaces_.find(cand);
    return it == short_form_surfaces_.end() ? nullptr : &it->second;
}

const std::vector<std::pair<std::string, std::string>>* EntityResolver::declared_forms(int cand) const {
    auto it = declared_forms_.find(cand);
    return it == declared_forms_.end() ? nullptr : &it->second;
}

const std::vector<Join>* EntityResolver::records(int cand) const {
    auto it = records_.find(cand);
    return it == records_.end() ? nullptr : &it->second;
}

}  // namespace kg::detail
