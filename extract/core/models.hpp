// The NLP core's model set: word clusters, tagger, parser and entity recogniser, loaded
// together from one folder (models/ in the source tree, share/kgraph/models when installed,
// or the folder given with --models).
#pragma once

#include <string>

#include "extract/ner/ner.hpp"
#include "extract/nlp/clusters.hpp"
#include "extract/parser/parser.hpp"
#include "extract/tagger/tagger.hpp"

namespace kg::nlp {

struct Models {
    WordClusters clusters;
    Tagger tagger;
    Parser parser;
    EntityRecognizer recognizer;
    std::string dir;

    // Loads DIR/clusters.kgm, tagger.kgm, parser.kgm and ner.kgm. A missing, truncated or
    // foreign file throws ModelError naming it.
    static Models load(const std::string& dir);
};

// Where the shipped models are: $KGRAPH_MODELS if set; else share/kgraph/models beside the
// installed program (PREFIX/bin/kgraph -> PREFIX/share/kgraph/models); else the source
// tree's models/ that the program was built from.
std::string default_models_dir();

}  // namespace kg::nlp
