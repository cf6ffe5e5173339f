// One command line: a command's own options plus the shared groups it takes, registered once
// each (so that an option has one name, form and meaning in every command).
#pragma once

#include <string>

#include "cli/options.hpp"

namespace kg::cli {

// The shared option groups.
enum OptionGroup : unsigned {
    kSelection = 1,     // --type --relations --exclude --no-hedged --include-media --min-degree --drop-isolates
    kGraphFilters = 2,  // --min-weight --ego --depth --largest-component --top --by (build, export)
    kView = 4,          // --directed --weighted (the analyses)
    kLoad = 8,          // --threads --strict --co-mentions --models
    kStyle = 16,        // --analyze --color --gexf-version
};

struct CommandSpec {
    std::string name;         // "centrality"
    std::string synopsis;     // "GRAPH [options]"
    std::string description;  // what --help says first
    std::string positional;   // the option that takes the positional arguments ("input", "names")
    unsigned groups = 0;      // OptionGroup bits
};

// Registers the groups, parses `args` (UsageError on a bad command line); false when --help was
// asked for (and printed).
bool parse_command(const CommandSpec& spec, const Args& args, po::options_description& own,
                   po::variables_map& vm);

}  // namespace kg::cli
