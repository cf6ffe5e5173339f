// The entity recogniser: finds names of people (PER), organisations (ORG), places (LOC) and
// other names (MISC: nationalities, events, products...) in tokenised sentences, as CoNLL-2003
// annotates them. Trained by `kgraph-train ner`; the model is models/ner.kgm.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

class WordClusters;  // extract/nlp/clusters.hpp

enum class EntityKind : std::uint8_t { PER, ORG, LOC, MISC };
inline constexpr int kEntityKinds = 4;

// Words [first, last) of sentence `sentence` (an index into the document's sentences).
struct EntitySpan {
    std::uint32_t sentence, first, last;
    EntityKind kind;
    friend bool operator==(const EntitySpan&, const EntitySpan&) = default;
};

std::string_view kind_name(EntityKind k);  // "PER", "ORG", "LOC", "MISC"
// The kind named `name` ("PER"...); false when it names none.
bool parse_kind(std::string_view name, EntityKind& out);

struct NerModel;  // extract/ner/model.hpp

class EntityRecognizer {
   public:
    EntityRecognizer();
    explicit EntityRecognizer(std::shared_ptr<const NerModel> model);

    // Reads a model file of kind "ner"; a missing, truncated or foreign file throws ModelError
    // naming it.
    static EntityRecognizer load(const std::string& path);
    void save(const std::string& path) const;

    // One document (its sentences of words, in order). The document is context: a word's
    // capitalisation and labels elsewhere in it inform each of its occurrences. Appends the
    // spans found, in order. `clusters` should be the word clusters the model was trained with
    // (models/clusters.kgm); null works, but the shipped model then loses its cluster features
    // (about 1.3 points of dev F1). Const and thread-safe (per-thread buffers).
    void recognize(std::span<const std::vector<std::string_view>> sentences, const WordClusters* clusters,
                   std::vector<EntitySpan>& out) const;

    const NerModel& model() const { return *model_; }

   private:
    std::shared_ptr<const NerModel> model_;
};

}  // namespace kg::nlp
