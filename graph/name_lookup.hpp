// Finding an entity by a name as a person types it: "kivelko", "Serafim Kivelko", "Zürich",
// "Fletton". Case-, accent- and punctuation-insensitive (names compare by name_key), aliases
// count, and a surname or a first name alone is enough when only one entity carries it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

struct NameMatch {
    enum class Kind { found, ambiguous, unknown };
    Kind kind = Kind::unknown;
    Vertex vertex = 0;                // when found
    std::vector<Vertex> candidates;   // when ambiguous: every entity the name fits
    std::vector<Vertex> suggestions;  // when unknown: the closest names (edit distance)
};

// Resolves `typed` in this order, stopping at the first rule that matches anything:
//   1. a node id ("p_serafim_kivelko");
//   2. the name key of a label or an alias;
//   3. the last word of a label or alias ("kivelko"), for a one-word name;
//   4. every word of the name among the words of a label or alias ("jesper", "serafim kivelko").
// One entity: found; several: ambiguous (candidates most mentioned first). Nothing: unknown, with up to
// `max_suggestions` entities whose label or alias keys are closest by edit distance.
// `type` restricts the search to one node type.
NameMatch resolve_name(const KnowledgeGraph& kg, std::string_view typed,
                       std::optional<NodeType> type = std::nullopt,
                       std::size_t max_suggestions = 5);

// The vertex for `typed`, or an InputError whose message lists the candidates (ambiguous,
// with mentions and ids) or the closest names (unknown): "ambiguous name 'Trusk' (give a
// fuller name or an id): Dorian Trusk (Person, 12 mentions, id p_dorian_trusk), Trusk
// campaign (Organization, 3 mentions, id o_trusk_campaign)".
Vertex require_name(const KnowledgeGraph& kg, std::string_view typed,
                    std::optional<NodeType> type = std::nullopt);

// "Label (Type)" for messages.
std::string describe_node(const KnowledgeGraph& kg, Vertex v);

// Levenshtein distance between two strings, by code point.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace kg
