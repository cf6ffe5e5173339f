// Placeholders for the analysis commands until they land (issue 4).
#include "cli/commands.hpp"
#include "graph/errors.hpp"

namespace kg::cli {

int run_centrality(const Args&) { throw InputError("'centrality' is not built yet"); }
int run_path(const Args&) { throw InputError("'path' is not built yet"); }
int run_neighbors(const Args&) { throw InputError("'neighbors' is not built yet"); }

}  // namespace kg::cli
