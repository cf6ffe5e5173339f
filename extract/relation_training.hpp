// Training the relation classifier (extract/pair_relations.hpp): its four typed relations on
// CoNLL04 (Roth & Yih 2004, the JSON layout of SpERT), its links of any other kind on CrossRE's
// news sentences (Bassignana & Plank 2022), which label every relation between two names.
// Each sentence goes through the whole extractor as one article, exactly as `kgraph extract`
// would see it; the classifier learns from the pairs of entities the extractor found,
// labelled by the gold relation between the gold entities they name. So it learns to correct
// the extractor it runs in, entity errors included, and it is measured the way issue 10
// measures kgraph on CoNLL04.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "extract/core/models.hpp"

namespace kg::extract {

struct RelationSentence {
    struct Entity {
        std::string type;  // Peop, Org, Loc, Other (CoNLL04); person, location... (CrossRE)
        std::size_t start = 0, end = 0;  // tokens [start, end)
    };
    struct Relation {
        std::string type;  // Work_For, Live_In, OrgBased_In, Located_In, Kill; CrossRE's labels
        std::size_t head = 0, tail = 0;  // entities
    };
    std::vector<std::string> tokens;
    std::vector<Entity> entities;
    std::vector<Relation> relations;
};

// Throws InputError naming the file (and the sentence) when it is not CoNLL04 JSON.
std::vector<RelationSentence> read_conll04(const std::string& path);
// CrossRE's JSON Lines (sentence, ner and relations with inclusive token offsets). Throws
// InputError naming the file and line.
std::vector<RelationSentence> read_crossre(const std::string& path);

// The sentence as text: tokens joined by spaces, without the space before closing punctuation
// and after opening brackets, "'s" and "n't" joined to their word (the layout the issue's
// measure gives `kgraph extract`).
std::string conll04_text(const std::vector<std::string>& tokens);

// The training data: typed relations from CoNLL04, links from CrossRE.
struct RelationCorpus {
    std::vector<RelationSentence> typed_train, typed_dev;
    std::vector<RelationSentence> link_train, link_dev;
};

struct RelationTrainOptions {
    int epochs = 12;  // the best on dev is kept
    std::uint32_t seed = 1;
    // Perceptrons trained side by side on their own shuffles (seeds seed, seed + 1, ...),
    // their weights averaged each epoch: a model less swayed by one order of examples.
    int runs = 1;
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
    RelationScores dev;             // typed: the rules and the classifier together, on CoNLL04 dev
    RelationScores dev_rules;       // the rules alone
    RelationScores link_dev;        // links (any relation between two): rules and classifier, CrossRE dev
    RelationScores link_dev_rules;  // the rules alone
    int best_epoch = 0;
};

// `models`: the NLP core the extractor runs with (its relation model is not used).
RelationTrainResult train_relation_model(const RelationCorpus& corpus, const nlp::Models& models,
                                         const RelationTrainOptions& options);

}  // namespace kg::extract
