// Entity scores as conlleval counts them: a predicted entity is correct when its span and kind
// are exactly those of a gold entity; precision, recall and F1 per kind and micro-averaged
// over all entities.
#pragma once

#include <array>
#include <cstddef>
#include <iosfwd>
#include <span>

#include "extract/ner/ner.hpp"

namespace kg::nlp {

struct EntityCounts {
    std::size_t gold = 0, predicted = 0, correct = 0;
    double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0.0; }
    double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
    double f1() const { return gold + predicted ? 2.0 * correct / static_cast<double>(gold + predicted) : 0.0; }
};

struct EntityScore {
    EntityCounts all;
    std::array<EntityCounts, kEntityKinds> by_kind{};
    std::size_t tokens = 0, tokens_correct = 0;  // labels agreeing word by word (IOB2), conlleval's "accuracy"

    // Adds one document's gold and predicted spans (spans of a document, any order) of a
    // document with `tokens` words.
    void add(std::span<const EntitySpan> gold, std::span<const EntitySpan> predicted);
    void add_tokens(std::size_t total, std::size_t correct) { tokens += total, tokens_correct += correct; }
};

// conlleval's report: the overall line, then one line per kind.
void print_score(std::ostream& out, const EntityScore& s);

}  // namespace kg::nlp
