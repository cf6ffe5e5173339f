// Options shared by the analysis commands (centrality, path, neighbors): which connection
// graph they run on, and how names and lists on the command line are read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "graph/connection_graph.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/types.hpp"

namespace kg::cli {

// --directed, --weighted, --no-hedged, --relations LIST
void add_connection_options(po::options_description& opts);

// The connection view those options (and --co-mentions) ask for.
ConnectionOptions connection_options(const std::string& command, const po::variables_map& vm);

// "meets,role" -> relations; "Person" -> a node type; UsageError on an unknown name.
std::vector<Relation> parse_relation_list(const std::string& command, const std::string& list);
NodeType parse_type_option(const std::string& command, const std::string& option,
                           const std::string& value);
std::vector<std::string> split_list(const std::string& list);

// A number as the shortest text that reads back as the same double ("0.25", "1e-07").
std::string format_number(double x);

}  // namespace kg::cli
