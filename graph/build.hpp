// Building a KnowledgeGraph from statements: entity resolution and edge aggregation.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/statement.hpp"

namespace kg {

struct BuildOptions {
    bool include_co_mentions = true;  // keep co_mention statements as edges
    // A one-word Person name ("Okafor") may join the only Person whose full name ends with it.
    bool merge_surnames = true;
};

// Entities are one node when they have the same name key and type (see name_key) or the same
// name but for a legal form; when one name is a declared alias spelling the other; within the
// article that declares it, by a short form ("Okafor", "Stock Exchange", "NGB"); and across
// articles when a name known only by one word (a surname, an acronym) is claimed by exactly one
// entity (graph/entity_resolver.hpp has the rules). Generic body names ("Trade Ministry")
// join only within their article. Every join is kept in the node's merge records
// (NodeProps::joined). Edges aggregate by (source, target, relation); symmetric relations are
// stored once per pair with the smaller node id as source. Exact repeats of a statement (same
// entities, relation, label, article, sentence and span) count once.
//
// Saved graphs among the inputs (StatementSet::saved, filled by to_statements) keep their
// counts: a node its mentions and articles, an edge its weight, articles, labels and flags, with
// its evidence sentences counted once with the other inputs' statements (the same sentence of
// the same article counts once) and the rest of its weight and articles added as saved. A saved
// graph equal to an earlier one counts once, as does an edge equal to another saved graph's.
// A saved graph whose nodes keep their names (NodeProps::names, every graph build_graph makes)
// has them resolved again with the other inputs' names where its entity lines and statements
// are (graph/saved_names.hpp), its edges parted by the names their statements joined
// (EdgeProps::ends): the result is the build from the statements it was made from and the
// other inputs. Without names its nodes come back whole, as it joined and named them.
struct BuildReport {
    std::size_t statements_used = 0;
    std::size_t duplicate_statements = 0;  // exact repeats, counted once
    std::size_t unnamed_statements = 0;    // an endpoint whose name is empty after normalising
};

KnowledgeGraph build_graph(const StatementSet& input, const BuildOptions& options = {},
                           BuildReport* report = nullptr);

}  // namespace kg

namespace kg {

// The statements a graph was built from, as far as the graph keeps them: one entity line per
// node (with its aliases) and one statement per evidence sentence of each edge (one
// statement for an edge without evidence), per pair of names where the edge keeps them
// (EdgeProps::ends), the statement naming its ends by those names. Combining saved graphs
// with other inputs goes through these statements and build_graph.
StatementSet to_statements(const KnowledgeGraph& kg);

}  // namespace kg
