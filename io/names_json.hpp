// Internal to io/: what resolution knew of a node's names (NodeProps::names) and an edge's
// statements per pair of names (EdgeProps::ends) as compact JSON texts, the values of the
// columns "name_evidence" and "name_pairs" in GraphML and node-link JSON (README, "Saved
// graphs as inputs"). "" stands for none, like every other empty string column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/statement.hpp"

namespace kg::io {

// [{"name": "...", "type": "Place" (when not the node's), "scope": "...", "mentions": 3,
//   "articles": ["a1", ...], "order": 5, "late": true, "declared": 2, "tied": 0, "media": true,
//   "first": ["a1", 2], "forms": [["Okafor", "a1"], ...]}, ...]: fields at their default left out.
std::string names_to_json(const std::vector<NameRecord>& names, NodeType node_type);
std::optional<std::vector<NameRecord>> names_from_json(std::string_view text, NodeType node_type,
                                                       std::string& error);

// [[source, target, weight, articles, [evidence index, ...]], ...]; only the indexes below
// `kept_evidence` (a GraphML keeps the strongest sentence alone).
std::string ends_to_json(const std::vector<EdgeEnds>& ends,
                         std::size_t kept_evidence = static_cast<std::size_t>(-1));
std::optional<std::vector<EdgeEnds>> ends_from_json(std::string_view text, std::string& error);

}  // namespace kg::io
