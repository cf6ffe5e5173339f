// kgraph-train: the commands that train the NLP core's models from the corpora in
// ../shared/corpus (models/retrain.sh runs them all, in order). One file per component; each
// parses its arguments and calls its library's training entry point.
#pragma once

#include <string>
#include <vector>

namespace kg::train {

using Args = std::vector<std::string>;

int run_clusters(const Args& args);
int run_tagger(const Args& args);
int run_parser(const Args& args);
int run_ner(const Args& args);
int run_relations(const Args& args);

}  // namespace kg::train
