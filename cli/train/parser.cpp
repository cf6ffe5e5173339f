// kgraph-train parser: not written yet.
#include <stdexcept>

#include "cli/train/train_commands.hpp"

namespace kg::train {

int run_parser(const Args&) { throw std::runtime_error("training the parser model is not available yet"); }

}  // namespace kg::train
