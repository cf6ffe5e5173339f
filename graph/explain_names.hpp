// Why the names of a node were joined: `kgraph explain GRAPH NAME` as a library function.
#pragma once

#include <ostream>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace kg {

// Writes, for the node `name` resolves to (graph/name_lookup.hpp: ids, names, aliases, a
// surname alone when unique), its label, type and counts, then each of its names with the
// rules that joined it and their evidence (article, sentence number and text), from the
// node's merge records (NodeProps::joined). A name without a record is said to have none (a
// graph saved before records were kept, or a tool that wrote none). Throws InputError when
// `name` matches no node (listing the closest names) or several (listing them).
// Time O(V * L) for the lookup (L = names per node), O(R log R) for R records of the node.
void explain_names(std::ostream& out, const KnowledgeGraph& kg, std::string_view name);

// What a join rule means, in words ("surname of a person named in full in the same
// article"); the rule itself for a rule kgraph does not know.
std::string_view describe_join_rule(std::string_view rule);

}  // namespace kg
