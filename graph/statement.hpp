// Statements: the interchange between the extractor (or any other tool) and the graph.
// One StatementSet is what a statements JSON Lines file holds (see DESIGN.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/types.hpp"

namespace kg {

// Where evidence comes from. Only `id` is required.
struct Article {
    std::string id;
    std::string title;
    std::string date;
    std::string url;
    // The text's fingerprint (16 hex digits, io's text_fingerprint) when it was read here:
    // a saved graph keeps it so that the same text given again under another id counts once.
    std::string text_hash;
    bool operator==(const Article&) const = default;
};

struct EntityRef {
    std::string name;
    NodeType type = NodeType::Other;
    bool operator==(const EntityRef&) const = default;
};

// Why a name belongs to its entity: the rule that joined it to another name of the entity and
// // the sentence that is the evidence (README, "Merge records"). Rules written by kgraph are
// the join_rule names below; other tools may write their own.
struct Join {
    std::string name;      // the name joined ("Okafor", "NGB")
    std::string rule;      // "surname", "acronym", "unique_surname", ...
    std::string with;      // the name it was joined to; empty: the entity's name
    std::string article;   // evidence: the article, empty when the rule needs none
    std::optional<int> sentence;  // evidence: 0-based sentence of that article
    std::string evidence;  // evidence: the sentence itself, when known
    bool operator==(const Join&) const = default;
};

// The rules kgraph joins names by. Within one article (the extractor's coreference):
namespace join_rule {
inline constexpr const char* kSurname = "surname";        // "Okafor" after "Ines Okafor"
inline constexpr const char* kGivenName = "given_name";   // "Ines", the only full name starting so
inline constexpr const char* kAcronym = "acronym";        // "NGB" spells "National Grain Board"
inline constexpr const char* kDemonym = "demonym";        // "Norlandic" for Norland
inline constexpr const char* kShortForm = "short_form";   // "Trade Ministry" after "Polish Trade
                                                          // Ministry", "Bolt" after "Bolt Corp"
inline constexpr const char* kWithState = "with_state";   // "Lundby, Minn.": the town written with
                                                          // its state
inline constexpr const char* kHonorific = "honorific";    // "Mrs. Okafor": the name with the
                                                          // honorific written before it
// Anywhere:
inline constexpr const char* kSameName = "same_name";     // the same name key and type ("N.G.B.", "NGB")
// Across articles (graph/build):
inline constexpr const char* kLegalForm = "legal_form";   // "Bolt" and "Bolt Corp": only "Corp" differs
inline constexpr const char* kAlias = "alias";            // an alias another tool declared
inline constexpr const char* kMiddleInitial = "middle_initial";  // "Ann B. Okafor" and "Ann Okafor"
inline constexpr const char* kUniqueAcronym = "unique_acronym";  // an acronym spelling only this name
inline constexpr const char* kUniqueSurname = "unique_surname";  // a lone surname only one person has
inline constexpr const char* kUniqueShortForm = "unique_short_form";  // a short name only one entity
                                                                       // was called by
inline constexpr const char* kUsualShortForm = "usual_short_form";  // a short name the articles
                                                                     // declare for this entity far
                                                                     // more often than for others
inline constexpr const char* kTypeVote = "type_vote";  // the same name typed otherwise in a few
                                                       // articles ("Chrysler" as a place once)
}  // namespace join_rule

// Declares a node, so that entities without relations exist and aliases are known.
struct EntityDecl {
    std::string name;
    NodeType type = NodeType::Other;
    std::vector<std::string> aliases;
    std::string article;  // empty when not tied to an article
    std::vector<Join> joined = {};  // why each alias was joined (optional; by alias name)
    // A news outlet (a newspaper, broadcaster or agency): reporting is provenance, so the
    // analyses leave outlets out unless asked (README, "News outlets").
    bool media = false;
    bool operator==(const EntityDecl&) const = default;
};

using Span = std::pair<std::size_t, std::size_t>;  // [begin, end) byte offsets

// One stated relation with its provenance.
struct Statement {
    EntityRef subject;
    Relation relation = Relation::related;
    std::string label;  // the words of the text ("replacement", "ambassador")
    EntityRef object;
    std::string article;
    std::optional<int> sentence;  // 0-based, the title line being sentence 0
    std::optional<Span> span;
    std::string evidence;  // the sentence itself
    std::uint8_t flags = 0;
    std::optional<double> confidence;
    std::string source;  // the news outlet the sentence cites ("according to X", "X reported")
    bool operator==(const Statement&) const = default;
};

// An article as read, before extraction: its metadata, its text (UTF-8) and where it came
// from ("file.txt", "corpus.jsonl:17") for messages.
struct ArticleText {
    Article meta;
    std::string text;
    std::string origin;
};

// What entity resolution knew of one name of a node: one (type, name key[, article]) the build
// met, with the evidence the rules weigh (mentions, articles, whether an entity line declared
// it, the short forms declared for it). A node keeps one per name (NodeProps::names) so that a
// saved graph fed back in takes part in resolution as the statements it was built from did
// (README, "Saved graphs as inputs"): a name it joined across articles can part again when new
// inputs bring a second claimant, and names of two saved nodes can join.
struct NameRecord {
    std::string name;                   // its first spelling
    NodeType type = NodeType::Other;    // a name joined by type_vote keeps its own type
    std::string scope;                  // the article of a generic body name, else empty
    std::int64_t mentions = 0;          // entity lines and statement ends naming it
    std::vector<std::string> articles;  // sorted
    int order = 0;                      // the order the build met the graph's names, from 0
    bool late = false;                  // met first as a statement's end, not on an entity line
    int declared = -1;                  // rank among the names entity lines declared; -1: none
    int tied = -1;                      // a name of the same node it was declared an alias of
    bool media = false;                 // an input declared it a news outlet
    std::string first_article;          // where it was first met (the evidence of a join)
    std::optional<int> first_sentence;
    std::vector<std::pair<std::string, std::string>> forms;  // short forms declared: form, article
    bool operator==(const NameRecord&) const = default;
};

// The statements of an edge between one pair of its ends' names (indexes into the source's and
// the target's NodeProps::names), so that the edge can part with its names. An edge whose
// statements all join the two nodes' first names keeps none (EdgeProps::ends empty).
struct EdgeEnds {
    int source = 0, target = 0;
    double weight = 0;
    std::int64_t articles = 0;
    std::vector<int> evidence;  // indexes into the edge's evidence (all of it, strongest first)
    bool operator==(const EdgeEnds&) const = default;
};

// What a saved graph knows that its statements cannot say: a node's mentions and articles, an
// edge's weight, articles and labels beyond the evidence sentences kept with it (a GraphML keeps
// one per edge). to_statements fills it for the entity lines and statements it gives back, and
// build_graph counts these instead of those lines, so that a saved graph fed back in keeps its
// counts (graph/build.hpp).
struct SavedNode {
    std::size_t entity = 0;  // its entity line in StatementSet::entities
    std::int64_t mentions = 0;
    std::int64_t articles = 0;
    // Its names as resolution knew them (empty: a graph from another tool or an older kgraph;
    // the node then comes back whole, as its entity line says), with the sentence each was
    // first met in where the graph kept it.
    std::vector<NameRecord> names = {};
    std::vector<std::string> first_evidence = {};
    bool operator==(const SavedNode&) const = default;
};
// One saved edge, or with names, the part of it between one pair of names (EdgeEnds).
struct SavedEdge {
    std::size_t first = 0, count = 0;  // its statements in StatementSet::statements
    bool has_evidence = false;          // false: one statement stands for the edge, no sentence
    double weight = 1.0;
    std::int64_t articles = 0;
    std::vector<std::string> labels;    // most frequent first
    std::uint8_t flags = 0;
    // With names: its ends (indexes into SavedGraph::nodes and their names) and the whole edge
    // it is a part of (parts of one edge are neighbours in SavedGraph::edges: this is part
    // `part` of `parts`; `edge_articles` are the whole edge's).
    std::size_t source_node = 0, target_node = 0;
    int source_name = 0, target_name = 0;
    std::size_t part = 0, parts = 1;
    std::int64_t edge_articles = 0;
    bool operator==(const SavedEdge&) const = default;
};
struct SavedGraph {
    std::size_t first_entity = 0, entity_count = 0;
    std::size_t first_statement = 0, statement_count = 0;
    std::vector<SavedNode> nodes;
    std::vector<SavedEdge> edges;
};

struct StatementSet {
    std::vector<Article> articles;
    std::vector<EntityDecl> entities;
    std::vector<Statement> statements;
    std::vector<SavedGraph> saved;  // the saved graphs among the inputs, in input order

    // Appends `other`; the indexes of its saved graphs are moved along.
    void append(StatementSet other);
};

}  // namespace kg
