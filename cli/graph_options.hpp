// Options shared by the commands that read inputs and write graphs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "io/io.hpp"

namespace kg::cli {

inline const std::vector<io::Format> kGraphFormats = {io::Format::GraphML, io::Format::Gexf,
                                                     io::Format::Dot,     io::Format::Json,
                                                     io::Format::Csv,     io::Format::CsvEdges,
                                                     io::Format::Svg,
                                                     io::Format::Png};

// --threads, --strict, --co-mentions
void add_load_options(po::options_description& opts);
LoadOptions load_options(const po::variables_map& vm);

// --analyze, --color type|community
void add_style_options(po::options_description& opts);
io::WriteOptions write_options(const std::string& command, const po::variables_map& vm);
// Runs every analysis into node columns when --analyze (or --color community) asks for it.
void apply_analyses(KnowledgeGraph& kg, const po::variables_map& vm, const io::WriteOptions& wo);

// build and export: the inputs loaded, filtered (kSelection | kGraphFilters), analysed when asked
// and written to every output; returns the graph written.
KnowledgeGraph write_filtered_graph(const std::string& command, const po::variables_map& vm,
                                    const std::vector<std::string>& inputs,
                                    const std::vector<std::string>& outputs);

std::optional<std::string> optional_string(const po::variables_map& vm, const char* name);

}  // namespace kg::cli
