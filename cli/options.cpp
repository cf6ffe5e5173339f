#include "cli/options.hpp"

#include <iostream>
#include <thread>

namespace kg::cli {

const char* const kExitStatusHelp =
    "Exit status: 0 done (warnings allowed; \"no path\" is an answer), 1 bad input (unreadable "
    "or invalid file, unknown name), 2 usage error.\n";

bool parse_command_line(const std::string& command, const std::string& synopsis,
                        const std::string& description, const Args& args,
                        po::options_description& options,
                        const po::positional_options_description& positional,
                        po::variables_map& vm) {
    options.add_options()("help,h", "show this help");
    // kgraph-train names its program ("kgraph-train tagger"); --timings is for kgraph's commands.
    if (command.rfind("kgraph", 0) != 0)
        options.add_options()("timings",
                              "print how long each phase took on stderr, one JSON object per line: "
                              "{\"phase\": NAME, \"seconds\": S} (load, extract, build, one per "
                              "analysis, write)");
    try {
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
        if (vm.count("help")) {
            // "kgraph-train tagger" names its program; the kgraph subcommands do not.
            std::cout << "Usage: " << (command.rfind("kgraph", 0) == 0 ? "" : "kgraph ") << command << " "
                      << synopsis << "\n\n"
                      << description << "\n\n"
                      << options << "\n"
                      << kExitStatusHelp;
            return false;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(command, e.what());
    }
    return true;
}

PhaseTimer timings_option(const po::variables_map& vm) {
    return PhaseTimer(vm.count("timings") ? &std::cerr : nullptr);
}

unsigned threads_option(const po::variables_map& vm) {
    unsigned n = vm.count("threads") ? vm["threads"].as<unsigned>() : 0;
    if (n == 0) n = std::max(1u, std::thread::hardware_concurrency());
    return n;
}

}  // namespace kg::cli
