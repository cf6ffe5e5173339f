// The NLP core's model set: word clusters, tagger, parser, entity recogniser and relation
// classifier, loaded together from one folder (models/ in the source tree,
// share/kgraph/models when installed, or the folder given with --models).
#pragma once

#include <string>

#include "extract/core/relation_model.hpp"
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
    RelationModel relations;
    std::string dir;

    // Loads DIR/clusters.kgm, tagger.kgm, parser.kgm, ner.kgm and relations.kgm. A missing,
    // truncated or foreign file throws ModelError naming it.
    static Models load(const std::string& dir);
    // The first four only, with no relation classifier (the classifier's training reads text
    // with them).
    static Models load_without_relations(const std::string& dir);
};

// Where the shipped models are: $KGRAPH_MODELS if set; else share/kgraph/models beside the
// installed program (PREFIX/bin/kgraph -> PREFIX/share/kgraph/models); else the source
// tree's models/ that the program was built from.
std::string default_models_dir();

}  // namespace kg::nlp
