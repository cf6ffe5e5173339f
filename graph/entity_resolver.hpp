// Internal to graph/: which names are one entity, and why (build_graph's first step).
//
// Names are candidates keyed by (type, name key); a generic body name ("Trade Ministry",
// "Central Bank") is keyed per article as well, since every country has one. Candidates join
//   - within an article, by the aliases its entity lines declare (the extractor's
//     coreference): a short form ("Okafor", "Stock Exchange", "NGB") names its entity there;
//   - everywhere, by an alias that is another spelling of the whole name ("USSR"), and by the
//     same name once a legal form is dropped ("Bolt" and "Bolt Corp");
//   - across articles, a name known only by one word (a surname, an acronym, a company's
//     short name) joins the one entity that claims that word, and stays apart when several do;
//   - across articles, a name typed otherwise in a few articles than in many ("Chrysler" a
//     place in one story, an organisation in thirty) joins the many, when no article used both.
// A part of a name ("Stock Exchange" of "Tokyo Stock Exchange", "National Bank" of "National
// Bank of Canada") never joins beyond its article: it names a different body elsewhere.
// Every join is recorded with its rule and evidence (Join).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/names.hpp"
#include "graph/statement.hpp"

namespace kg::detail {

class UnionFind {
   public:
    int add();
    int find(int x);
    // The smaller index stays the root, so groups do not depend on the order of unions.
    void unite(int a, int b);

   private:
    std::vector<int> parent_;
};

// Where a name was first seen: the evidence of a join across articles.
struct Sighting {
    std::string article;
    std::optional<int> sentence;
    std::string evidence;
};

// One (type, name key[, article]) seen in the input, with what is known about it.
struct Candidate {
    NodeType type;
    std::string key;                // name key
    std::string scope;              // the article of a generic body name, else empty
    std::string surface;            // first spelling seen
    int declared_order = -1;        // index of the first entity line naming it as its name
    std::int64_t occurrences = 0;   // entity lines and statement endpoints
    std::set<std::string> articles;
    std::optional<Sighting> first;
};

class EntityResolver {
   public:
    // The candidate for this name, or -1 for a name that normalises to nothing.
    int intern(NodeType type, const std::string& name, const Sighting& where);
    // A statement's endpoint: within an article, a short form declared there is the entity it
    // was declared for.
    int intern_endpoint(NodeType type, const std::string& name, const Sighting& where);
    void declare(int cand, int order);
    // A name a saved graph kept (NameRecord): its counts and articles are added as saved, its
    // first sighting is `first` unless one with a sentence is known. -1 for an empty name.
    int intern_saved(const NameRecord& name, const Sighting& first);
    // Replays a short form declared for `cand` in `article` (an entity line's alias that is a
    // surname, an acronym or a part of the name), as alias() took it, without a record.
    void short_form(int cand, NodeType type, const std::string& form, const std::string& article);
    // Replays an alias that spelled the whole name: the two are one entity everywhere.
    void tie(int a, int b);
    // An alias of an entity line, joined as its form allows (see above); `joined` are the
    // line's merge records.
    void alias(int cand, const EntityDecl& decl, const std::string& alias);
    // The joins across articles: legal forms, then one-word names claimed by one entity
    // (Persons also by the last word of their names when `by_surname`), then names the
    // recogniser typed otherwise in a few articles.
    void merge_across_articles(bool by_surname);

    std::map<int, std::vector<int>> groups_by_root();
    int root(int cand) { return uf_.find(cand); }
    const Candidate& candidate(int i) const { return cands_[i]; }
    // The short forms declared for a candidate, shown as the node's aliases.
    const std::set<std::string>* short_forms(int cand) const;
    // The merge records of a candidate's joins.
    const std::vector<Join>* records(int cand) const;
    // The short forms declared for a candidate (form, article), in the order declared.
    const std::vector<std::pair<std::string, std::string>>* declared_forms(int cand) const;
    // The first candidate tied to `cand` by aliases that spell the whole name (itself if none).
    int tie_root(int cand) { return ties_.find(cand); }
    int size() const { return static_cast<int>(cands_.size()); }

   private:
    void record(int cand, Join j) { records_[cand].push_back(std::move(j)); }
    int add_candidate(NodeType type, std::string key, std::string scope, const std::string& name);
    void add_short_form(int cand, NodeType type, const std::string& form, const std::string& key,
                        AliasForm kind, const std::string& article);
    void merge_legal_forms();
    void merge_claimed_words(bool by_surname);
    void merge_minority_types();
    std::optional<std::pair<int, int>> usual_declarer(const std::pair<NodeType, std::string>& word);

    std::map<std::tuple<NodeType, std::string, std::string>, int> index_;  // type, key, scope
    std::vector<Candidate> cands_;
    UnionFind uf_;
    UnionFind ties_;  // the joins by aliases alone, which no later input undoes
    // One-word names (acronyms, short forms) and the candidates that claim them.
    std::map<std::pair<NodeType, std::string>, std::vector<int>> claims_;
    std::map<std::tuple<std::string, NodeType, std::string>, int> short_forms_in_article_;
    std::map<int, std::set<std::string>> short_form_surfaces_;
    std::map<int, std::vector<Join>> records_;
    std::map<int, std::vector<std::pair<std::string, std::string>>> declared_forms_;
};

}  // namespace kg::detail
