// The vocabulary of the knowledge graph: node types, relation types and statement flags,
// with their canonical spellings (case-sensitive, as in DESIGN.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

enum class NodeType : std::uint8_t { Person, Organization, Place, Event, Other };

enum class Relation : std::uint8_t {
    role, member_of, part_of, located_in, meets, succeeds, appoints, dismisses,
    investigates, accuses, opposes, supports, communicates, family, related, co_mention
};

inline constexpr int kNodeTypeCount = 5;
inline constexpr int kRelationCount = 16;

// Statement flags. An edge carries a flag only when every statement behind it does.
enum Flag : std::uint8_t { kHedged = 1, kNegated = 2, kAttributed = 4 };
inline constexpr std::uint8_t kAllFlags = kHedged | kNegated | kAttributed;

std::string_view to_string(NodeType t);
std::string_view to_string(Relation r);
std::optional<NodeType> parse_node_type(std::string_view s);
std::optional<Relation> parse_relation(std::string_view s);
// An entity type as other tools write it, for readers of their files: kgraph's names and the
// labels of spaCy, CoNLL and OntoNotes (PERSON and PER are Person; ORG and NORP, a group such as
// "Democrats", Organization; GPE, LOC and FAC Place; EVENT Event), whatever their case.
// nullopt for any other label (MISC, PRODUCT, DATE ...): readers make that node Other and keep
// the label in the column "original_type".
std::optional<NodeType> map_foreign_node_type(std::string_view s);

// Symmetric relations are stored once per pair, in a canonical direction.
bool is_symmetric(Relation r);

// "hedged|attributed" style rendering and parsing of a flag set; parse returns nullopt on
// an unknown flag name.
std::string flags_to_string(std::uint8_t flags);
std::optional<std::uint8_t> parse_flag(std::string_view s);
std::optional<std::uint8_t> parse_flags(std::string_view pipe_separated);

}  // namespace kg
