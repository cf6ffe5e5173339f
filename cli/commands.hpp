// The kgraph subcommands. Each parses its own arguments and calls the libraries; each
// returns the exit status (0 done, 1 bad input, 2 usage error). Errors are thrown
// (kg::InputError, kg::cli::UsageError) and turned into messages once, in main.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

using Args = std::vector<std::string>;

int run_build(const Args& args);
int run_extract(const Args& args);
int run_annotate(const Args& args);
int run_stats(const Args& args);
int run_export(const Args& args);
int run_centrality(const Args& args);
int run_path(const Args& args);
int run_neighbors(const Args& args);
int run_explain(const Args& args);

}  // namespace kg::cli
