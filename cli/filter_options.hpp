// The one vocabulary of filter options (README, "Options every command shares"): registered
// here once, read here once, for every command that reads a graph.
#pragma once

#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "cli/options.hpp"
#include "graph/filter.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg::cli {

// The groups kSelection, kGraphFilters and kView of `sets`.
void add_filter_options(po::options_description& opts, unsigned sets);

// --co-mentions, --no-hedged, --include-media, --relations, --type.
EdgeSelection edge_selection(const std::string& command, const po::variables_map& vm);

// Every filter asked for, names (--exclude, --ego) resolved on `kg`; `sets` as registered.
// Without kGraphFilters (the analysis commands) news outlets also leave the graph unless
// --include-media; files keep them.
GraphFilter graph_filter(const std::string& command, const po::variables_map& vm, const KnowledgeGraph& kg,
                         unsigned sets);

// `kg` after every filter asked for (timed as "filter"); with kGraphFilters (build, export)
// stderr says how much the filters kept.
KnowledgeGraph filter_loaded(const std::string& command, const po::variables_map& vm, KnowledgeGraph kg,
                             unsigned sets);

// The analysis options of --directed, --weighted, --threads, --timings and the selection.
AnalysisOptions analysis_options(const std::string& command, const po::variables_map& vm);

// One entity type, any case ("person"); a usage error listing the types otherwise.
NodeType node_type_value(const std::string& command, const std::string& option, const std::string& value);

// "a,b , c" -> {"a", "b", "c"}.
std::vector<std::string> split_list(const std::string& list);

}  // namespace kg::cli
