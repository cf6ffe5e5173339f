// Training the entity recogniser: an averaged perceptron over BILOU labels, trained with the
// greedy decoder's own earlier decisions as history (so that it learns to recover from its
// mistakes), epochs over documents in a seeded order, the epoch with the best dev F1 kept.
// The document stage is trained on first-stage labels predicted by models that did not see
// the document (k-fold over documents), so it learns how far to trust them.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>

#include "extract/ner/conll2003.hpp"
#include "extract/ner/gazetteer.hpp"
#include "extract/ner/ner.hpp"
#include "extract/ner/score.hpp"

namespace kg::nlp {

struct NerTrainOptions {
    int epochs = 12;
    int folds = 4;  // for the document stage's first-stage labels
    int name_folds = 4;  // for the names lists: a document sees (folds - 1) / folds of them
    bool gazetteer = true;
    bool document_stage = true;
    bool names = true;  // lists of the training data's names (k-fold: a document never sees its own)
    const WordClusters* clusters = nullptr;  // cluster features when given
    ner::Gazetteer lists;                    // the gazetteer (build_gazetteer), used when `gazetteer`
    std::uint32_t seed = 20030101;
    float min_weight = 0.0f;  // averaged weights below this are dropped (model size)
    // Features updated fewer times are dropped (each mistake updates a feature twice: 5 keeps
    // those of three mistakes or more). On dev: F1 unchanged, the model 30% smaller and faster.
    std::uint32_t min_updates = 5;
    std::ostream* log = nullptr;  // per-epoch dev F1
};

struct NerTrainResult {
    EntityRecognizer recognizer;
    EntityScore dev;  // of the model kept
};

NerTrainResult train_entity_recognizer(const ConllFile& train, const ConllFile& dev, const NerTrainOptions& options);

// Scores a recogniser on a tagged file.
EntityScore evaluate(const EntityRecognizer& r, const ConllFile& file, const WordClusters* clusters);

}  // namespace kg::nlp
