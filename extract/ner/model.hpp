// What a trained entity recogniser holds (the payload of models/ner.kgm).
#pragma once

#include <cstdint>
#include <string>

#include "extract/ner/gazetteer.hpp"
#include "extract/nlp/linear_model.hpp"

namespace kg::nlp {

struct NerModel {
    static constexpr std::uint32_t kFormat = 2;
    // Which features the model was trained with.
    enum Option : std::uint32_t { kGazetteer = 1, kClusters = 2, kDocumentStage = 4, kNames = 8 };
    std::uint32_t options = 0;
    ner::Gazetteer gazetteer;
    ner::Gazetteer names;  // the names of the training data, a list per kind (kNames)
    LinearModel first;   // the local model: the words, their shapes, lists and clusters
    LinearModel second;  // the document stage: the first's labels across the document (when kDocumentStage)
    std::string about;   // the data it was trained on and its dev scores

    bool has(Option o) const { return (options & o) != 0; }
};

}  // namespace kg::nlp
