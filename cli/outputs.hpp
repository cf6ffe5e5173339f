// The -o outputs of a command: format from the extension (or --format for "-"), each file
// written atomically.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/phase_timer.hpp"
#include "io/io.hpp"

namespace kg::cli {

struct Output {
    std::string path;  // "-" = standard output
    io::Format format;
};

// Throws UsageError for "-" without --format, an unknown extension or format name, or a
// format that `allowed` excludes.
std::vector<Output> resolve_outputs(const std::string& command, const std::vector<std::string>& paths,
                                    const std::optional<std::string>& format,
                                    const std::vector<io::Format>& allowed);

void write_graph_outputs(const KnowledgeGraph& kg, const std::vector<Output>& outputs,
                         const io::WriteOptions& options, const PhaseTimer& timings = {});

bool writes_to_stdout(const std::vector<Output>& outputs);

}  // namespace kg::cli
