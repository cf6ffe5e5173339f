// A model's scores for the features of a word's text alone (DocumentFeatures::word_features),
// remembered per word: "the", "said" and "pct" come back in every story, and their dozen
// text features (the word, its shape, its affixes) cost a dozen hash lookups each time.
// The scores of those features are summed first, from zero, in their order, exactly as a
// whole feature list would sum them: a remembered sum is the same float to the bit, and so
// are the labels.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "extract/ner/features.hpp"
#include "extract/ner/tags.hpp"

namespace kg::nlp::ner {

using LabelScores = std::array<float, kLabels>;

// Direct-mapped: a word takes the place of the one before it at its position. Valid for one
// model only (clear() when the model changes).
class WordScores {
   public:
    // The scores of `key`, filled by `compute(scores)` (scores start at zero) when not held.
    template <class Compute>
    const LabelScores& get(const WordKey& key, Compute&& compute) {
        if (entries_.empty()) entries_.resize(kEntries);
        Entry& e = entries_[(key.word ^ (key.lower >> 17)) & (kEntries - 1)];
        if (!e.used || !(e.key == key)) {
            e.scores.fill(0.0f);
            compute(e.scores);
            e.key = key;
            e.used = true;
        }
        return e.scores;
    }
    void clear() { entries_.clear(); }

   private:
    // 8,192 words cover most of a news story's running words; the table (about 720 KB)
    // still fits in a core's second-level cache beside the work it saves.
    static constexpr std::size_t kEntries = 8192;
    struct Entry {
        WordKey key;
        LabelScores scores{};
        bool used = false;
    };
    std::vector<Entry> entries_;
};

}  // namespace kg::nlp::ner
