// Training the relation classifier (extract/pair_relations.hpp) on CoNLL04 (Roth & Yih
// 2004, the JSON layout of SpERT: tokens, entities, relations). Each sentence goes through the
// whole extractor as one article, exactly as `kgraph extract` would see it; the classifier
// learns from the pairs of entities the extractor found, labelled by the gold relation
// between the gold entities they name. So it learns to correct the extractor it runs in,
// entity errors included, and it is measured the way issue 10 measures kgraph on CoNLL04.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "extract/core/models.hpp"

namespace kg::extract {

struct Conll04Sentence {
    struct Entity {
        std::string type;  // Peop, Org, Loc, Other
        std::size_t start = 0, end = 0;  // tokens [start, end)
    };
    struct Relation {
        std::string type;  // Work_For, Live_In, OrgBased_In, Located_In, Kill
        std::size_t head = 0, tail = 0;  // entities
    };
    std::vector<std::string> tokens;
    std::vector<Entity> entities;
    std::vector<Relation> relations;
};

// Throws InputError naming the file (and the sentence) when it is not CoNLL04 JSON.
std::vector<Conll04Sentence> read_conll04(const std::string& path);

// The sentence as text: tokens joined by spaces, without the space before closing punctuation
// and after opening brackets, "'s" and "n't" joined to their word (the layout the issue's
// measure gives `kgraph extract`).
std::string conll04_text(const std::vector<std::string>& tokens);

struct RelationTrainOptions {
    int epochs = 12;  // the best on dev is kept
    std::uint32_t seed = 1;
    std::uint32_t min_updates = 1;  // features updated fewer times are dropped
    std::ostream* log = nullptr;    // per-epoch dev scores
};

struct RelationScores {
    std::size_t true_positives = 0, system = 0, gold = 0;
    double precision() const { return system ? static_cast<double>(true_positives) / system : 0.0; }
    double recall() const { return gold ? static_cast<double>(true_positives) / gold : 0.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct RelationTrainResult {
    nlp::RelationModel model;
    RelationScores dev;        // the rules and the classifier together, on dev
    RelationScores dev_rules;  // the rules alone, on dev
    int best_epoch = 0;
};

// `models`: the NLP core the extractor runs with (its relation model is not used).
RelationTrainResult train_relation_model(const std::vector<Conll04Sentence>& train,
                                         const std::vector<Conll04Sentence>& dev, const nlp::Models& models,
                                         const RelationTrainOptions& options);

}  // namespace kg::extract
