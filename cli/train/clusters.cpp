// kgraph-train clusters: not written yet.
#include <stdexcept>

#include "cli/train/train_commands.hpp"

namespace kg::train {

int run_clusters(const Args&) { throw std::runtime_error("training the clusters model is not available yet"); }

}  // namespace kg::train
