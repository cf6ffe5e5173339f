// Command-line parsing shared by the subcommands (Boost.Program_options).
#pragma once

#include <boost/program_options.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "graph/phase_timer.hpp"

namespace kg::cli {

namespace po = boost::program_options;

// A usage error: exit status 2, the message and a hint to run --help.
struct UsageError : std::runtime_error {
    UsageError(const std::string& command, const std::string& message)
        : std::runtime_error(message), command(command) {}
    std::string command;
};

// The text of "Exit status" that every --help ends with.
extern const char* const kExitStatusHelp;

// Parses `args` against `options` and `positional`; throws UsageError with a one-line
// message on unknown options, missing values or extra arguments. Returns false when --help
// was asked for (the help has been printed).
bool parse_command_line(const std::string& command, const std::string& synopsis,
                        const std::string& description, const Args& args,
                        po::options_description& options,
                        const po::positional_options_description& positional,
                        po::variables_map& vm);

// --timings (every kgraph command has it): phase times on stderr, or a timer that is off.
PhaseTimer timings_option(const po::variables_map& vm);

// The common --threads option: 0 or absent means all cores.
unsigned threads_option(const po::variables_map& vm);

}  // namespace kg::cli
