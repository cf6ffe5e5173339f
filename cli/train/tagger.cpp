// kgraph-train tagger: not written yet.
#include <stdexcept>

#include "cli/train/train_commands.hpp"

namespace kg::train {

int run_tagger(const Args&) { throw std::runtime_error("training the tagger model is not available yet"); }

}  // namespace kg::train
