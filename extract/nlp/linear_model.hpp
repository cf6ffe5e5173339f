// Linear models over hashed sparse features, shared by the tagger, the parser and the entity
// recogniser: an averaged perceptron for training (Collins 2002; weights averaged lazily,
// Daumé's trick) and a compact read-only LinearModel for prediction.
//
// A feature's weights are kept only for the classes it was ever updated for (a sparse row):
// a word feature in a tagger touches a handful of its 50 tags, a parser feature a few of its
// ~100 transitions. Scoring costs the number of stored (class, weight) pairs of the features
// fired, not features x classes.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "extract/nlp/features.hpp"
#include "extract/nlp/huge_pages.hpp"
#include "extract/nlp/model_file.hpp"

namespace kg::nlp {

// The trained model: features -> sparse rows of (class, weight). Immutable and safe to share
// between threads.
class LinearModel {
   public:
    LinearModel() = default;
    std::size_t classes() const { return classes_; }
    std::size_t features() const { return row_feature_.size(); }
    std::size_t weights() const { return cells_.size(); }

    // scores[c] += sum of the weights of `feats` for class c (scores.size() >= classes()).
    // A feature fired twice counts twice. Unknown features add nothing.
    void add_scores(std::span<const Feature> feats, std::span<float> scores) const;
    void add_scores(Feature f, std::span<float> scores) const;
    // Many lists at once: list j is feats[ends[j-1] .. ends[j]) (from 0 for the first), its
    // scores out[j * classes() ..]. The sums are add_scores' for each list, to the bit (each
    // list in its order); faster for long runs of short lists, as the lookups of later lists
    // are started while earlier ones are summed (a lookup is mostly a wait for memory).
    void add_scores_each(std::span<const Feature> feats, std::span<const std::uint32_t> ends, std::span<float> out) const;
    // Asks the memory for the slot where `f` is looked up, ahead of its add_scores.
    void prefetch(Feature f) const;

    // Weights are stored as 16-bit integers with one scale for the model (relative error
    // under 1/32767 of the largest weight), classes as 16-bit ids.
    void save(ModelWriter& out) const;
    static LinearModel load(ModelReader& in);

    // Builds from (feature, class, weight) triples; rows need not be sorted. Used by the
    // trainer; zero weights are dropped.
    struct Entry {
        Feature feature;
        std::uint16_t cls;
        float weight;
    };
    static LinearModel from_entries(std::size_t classes, std::vector<Entry> entries);
    // Builds from rows as a model file holds them: row r is feature row_features[r] with the
    // cells [row_offsets[r], row_offsets[r+1]) of `cls` and `q` (weight = q * scale). No
    // sorting and no intermediate list, so loading stays fast. Throws std::invalid_argument
    // when the lists do not fit together ("class out of range" for a bad class).
    static LinearModel from_rows(std::size_t classes, std::vector<Feature> row_features,
                                 std::vector<std::uint32_t> row_offsets, std::span<const std::uint16_t> cls,
                                 std::span<const std::int16_t> q, float scale);
    // Every stored weight, in feature and class order (merging models, inspecting them).
    std::vector<Entry> entries() const;

   private:
    void build_index();

    // One slot of the open-addressing table: the feature and where its row is, so that a
    // lookup costs one cache line for the slot and one for the row (scoring is bound by
    // memory latency, not arithmetic). A row of a single cell (most rows) is kept in the slot
    // itself: `count` = kInline | its class, `offset` = its weight's bits, and the lookup
    // costs the slot's cache line alone.
    struct Slot {
        Feature key = 0;  // 0 = empty (a feature id 0 is remapped to 1)
        std::uint32_t offset = 0;  // into cells_, or into dense_ for a dense row
        std::uint32_t count = 0;   // cells in the row; kDense for a dense row
    };
    static constexpr std::uint32_t kDense = 0xffffffffu;
    static constexpr std::uint32_t kInline = 0x80000000u;
    struct Cell {
        std::uint32_t cls;
        float weight;
    };
    const Slot* find(Feature f) const;

    std::size_t classes_ = 0;
    std::vector<Slot, HugePageAllocator<Slot>> slots_;
    // Rows in feature order, each sorted by class: row i is cells_[row_offset_[i] ..
    // row_offset_[i+1]).
    std::vector<Feature> row_feature_;
    std::vector<std::uint32_t> row_offset_;
    std::vector<Cell, HugePageAllocator<Cell>> cells_;
    // Rows with weights for many classes (biases, tag contexts: fired for every word) are also
    // kept as classes() floats each, added with vector instructions instead of one by one.
    std::vector<float, HugePageAllocator<float>> dense_;
    bool dense_row(std::uint32_t count) const;
    void add_row(const Slot& slot, std::span<float> scores) const;
    void prefetch_row(const Slot& slot) const;
};

// Training: the averaged perceptron. Deterministic: the same updates in the same order give
// the same model bytes (rows are sorted by feature id when the model is made).
class PerceptronTrainer {
   public:
    explicit PerceptronTrainer(std::size_t classes) : classes_(classes) {}
    std::size_t classes() const { return classes_; }

    // The current (not averaged) scores, as used while training.
    void add_scores(std::span<const Feature> feats, std::span<float> scores) const;
    // One training instance: the features towards `truth` gain `amount`, towards `guess`
    // lose it (nothing happens when they are equal).
    void update(std::span<const Feature> feats, int truth, int guess, float amount = 1.0f);
    // Low-level: adds `delta` to feature f's weight for class c.
    void add(Feature f, int c, float delta);
    // Call once per training instance (after the update, if any): the clock of the averaging.
    void tick() { ++time_; }

    // The averaged weights; entries whose |average| is below `min_weight` are dropped, and
    // features seen in fewer than `min_updates` updates are dropped (pruning for size).
    LinearModel averaged(float min_weight = 0.0f, std::uint32_t min_updates = 1) const;
    std::size_t features() const { return rows_.size(); }

   private:
    struct Cell {
        std::uint16_t cls;
        float weight;
        double total;  // sum of the weight over the clock ticks up to `stamp`
        std::uint64_t stamp;
    };
    struct Row {
        std::vector<Cell> cells;
        std::uint32_t updates = 0;
    };
    std::size_t classes_;
    std::uint64_t time_ = 0;
    std::unordered_map<Feature, Row> rows_;
};

}  // namespace kg::nlp
