#include "cli/outputs.hpp"

#include <algorithm>

#include "cli/options.hpp"

namespace kg::cli {

std::vector<Output> resolve_outputs(const std::string& command, const std::vector<std::string>& paths,
                                    const std::optional<std::string>& format,
                                    const std::vector<io::Format>& allowed) {
    std::optional<io::Format> forced;
    if (format) {
        forced = io::parse_format(*format);
        if (!forced) throw UsageError(command, "unknown output format '" + *format + "'");
    }
    std::vector<Output> out;
    for (const auto& path : paths) {
        std::optional<io::Format> f = path == "-" ? forced : io::format_from_path(path);
        if (!f) f = forced;
        if (!f && path == "-") throw UsageError(command, "-o - (standard output) needs --format");
        if (!f)
            throw UsageError(command, "cannot tell the format of '" + path +
                                          "' from its extension; name one with --format");
        if (std::find(allowed.begin(), allowed.end(), *f) == allowed.end())
            throw UsageError(command, "this command cannot write " +
                                          std::string(io::format_name(*f)) + " ('" + path + "')");
        out.push_back({path, *f});
    }
    return out;
}

void write_graph_outputs(const KnowledgeGraph& kg, const std::vector<Output>& outputs,
                         const io::WriteOptions& options, const PhaseTimer& timings) {
    PhaseTimer::Scope timed(timings, "write");
    for (const auto& o : outputs)
        io::write_file_atomically(o.path, [&](std::ostream& os) { io::write_graph(kg, o.format, os, options); });
}

bool writes_to_stdout(const std::vector<Output>& outputs) {
    return std::any_of(outputs.begin(), outputs.end(), [](const Output& o) { return o.path == "-"; });
}

}  // namespace kg::cli
