// kgraph-train ner: not written yet.
#include <stdexcept>

#include "cli/train/train_commands.hpp"

namespace kg::train {

int run_ner(const Args&) { throw std::runtime_error("training the ner model is not available yet"); }

}  // namespace kg::train
