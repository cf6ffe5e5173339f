// Internal to io/: the merge records of a node (NodeProps::joined) as one JSON text, the value
// of the "joined" column in GraphML, GEXF, CSV and node-link JSON (README, "Merge records").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/statement.hpp"

namespace kg::io {

// A compact JSON array of {"name", "rule", "with", "article", "sentence", "evidence"}
// objects (empty fields left out); "" for no records, so that nodes without records carry an
// empty value like every other string column.
std::string joins_to_json(const std::vector<Join>& joins);

// Parses what joins_to_json writes; "" is no records. On invalid text returns nullopt and
// sets `error`.
std::optional<std::vector<Join>> joins_from_json(std::string_view text, std::string& error);

}  // namespace kg::io
