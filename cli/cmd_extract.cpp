// kgraph extract INPUT... [-o statements.jsonl]: articles -> statements.
// (Placeholder until the extractor lands: issue 3.)
#include "cli/commands.hpp"
#include "graph/errors.hpp"

namespace kg::cli {

int run_extract(const Args&) { throw InputError("the extractor is not built yet"); }

}  // namespace kg::cli
