#include "graph/types.hpp"

#include <array>
#include <cctype>
#include <string>

namespace kg {
namespace {

constexpr std::array<std::string_view, kNodeTypeCount> kNodeTypeNames = {
    "Person", "Organization", "Place", "Event", "Other"};

constexpr std::array<std::string_view, kRelationCount> kRelationNames = {
    "role",         "member_of", "part_of",  "located_in", "meets",        "succeeds",
    "appoints",     "dismisses", "investigates", "accuses", "opposes",     "supports",
    "communicates", "family",    "related",  "co_mention"};

constexpr std::array<std::pair<std::string_view, std::uint8_t>, 3> kFlagNames = {
    {{"hedged", kHedged}, {"negated", kNegated}, {"attributed", kAttributed}}};

}  // namespace

std::string_view to_string(NodeType t) { return kNodeTypeNames[static_cast<int>(t)]; }
std::string_view to_string(Relation r) { return kRelationNames[static_cast<int>(r)]; }

std::optional<NodeType> parse_node_type(std::string_view s) {
    for (int i = 0; i < kNodeTypeCount; ++i)
        if (kNodeTypeNames[i] == s) return static_cast<NodeType>(i);
    return std::nullopt;
}

std::optional<Relation> parse_relation(std::string_view s) {
    for (int i = 0; i < kRelationCount; ++i)
        if (kRelationNames[i] == s) return static_cast<Relation>(i);
    return std::nullopt;
}

std::optional<NodeType> map_foreign_node_type(std::string_view s) {
    static constexpr std::array<std::pair<std::string_view, NodeType>, 14> kLabels = {{
        {"person", NodeType::Person},     {"per", NodeType::Person},
        {"organization", NodeType::Organization}, {"organisation", NodeType::Organization},
        {"org", NodeType::Organization},  {"norp", NodeType::Organization},
        {"place", NodeType::Place},       {"gpe", NodeType::Place},
        {"loc", NodeType::Place},         {"location", NodeType::Place},
        {"fac", NodeType::Place},         {"event", NodeType::Event},
        {"other", NodeType::Other},       {"", NodeType::Other}}};
    std::string lower(s);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [label, type] : kLabels)
        if (label == lower) return type;
    return std::nullopt;
}

bool is_symmetric(Relation r) {
    return r == Relation::meets || r == Relation::family || r == Relation::co_mention;
}

std::string flags_to_string(std::uint8_t flags) {
    std::string out;
    for (const auto& [name, bit] : kFlagNames) {
        if (!(flags & bit)) continue;
        if (!out.empty()) out += '|';
        out += name;
    }
    return out;
}

std::optional<std::uint8_t> parse_flag(std::string_view s) {
    for (const auto& [name, bit] : kFlagNames)
        if (name == s) return bit;
    return std::nullopt;
}

std::optional<std::uint8_t> parse_flags(std::string_view text) {
    std::uint8_t flags = 0;
    while (!text.empty()) {
        auto bar = text.find('|');
        auto part = text.substr(0, bar);
        if (!part.empty()) {
            auto bit = parse_flag(part);
            if (!bit) return std::nullopt;
            flags |= *bit;
        }
        if (bar == std::string_view::npos) break;
        text.remove_prefix(bar + 1);
    }
    return flags;
}

}  // namespace kg
