// The parser's linear models, laid out for speed: a feature's weights sit beside its key in
// an open-addressing table, and slots are prefetched ahead of their reading (the transition
// model a sliding window of a few dozen features ahead, the label model all of a state's at
// once, then every line of their rows), so the memory latency of the lookups overlaps
// instead of adding up.
//
// - Transition model: 4 classes (shift, reduce, left, right), a dense row of 4 int16 weights
//   per feature: one cache line per lookup.
// - Label model: ~50 relations, a sparse row of (label, weight) pairs per feature.
//
// Training uses averaged perceptrons with the same layouts in float (Daume's averaging
// trick: w - u / c), and the averaged weights are quantised to int16 with one scale.
#pragma once

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <new>
#include <cstdint>
#include <span>
#include <vector>

#include "extract/nlp/features.hpp"
#include "extract/nlp/model_file.hpp"

namespace kg::nlp::parser {

constexpr int kMoves = 4;

// Asks the kernel for transparent huge pages over [p, p + bytes).
void advise_huge(void* p, std::size_t bytes);

// A fixed-size array of trivially copyable slots; tables of 2 MB or more are aligned to and
// advised into transparent huge pages, so the random lookups of a parse miss the TLB far
// less often (a measurable share of parsing time).
template <class T>
class SlotArray {
   public:
    void assign(std::size_t n, const T& value) {
        std::size_t bytes = std::max<std::size_t>(n * sizeof(T), 64);
        std::size_t align = bytes >= kHuge ? kHuge : 64;
        bytes = (bytes + align - 1) / align * align;
        void* p = std::aligned_alloc(align, bytes);
        if (!p) throw std::bad_alloc();
        if (align == kHuge) advise_huge(p, bytes);
        std::uninitialized_fill_n(static_cast<T*>(p), n, value);
        data_.reset(static_cast<T*>(p));
        size_ = n;
    }
    T& operator[](std::size_t i) { return data_.get()[i]; }
    const T& operator[](std::size_t i) const { return data_.get()[i]; }
    std::size_t size() const { return size_; }

   private:
    static constexpr std::size_t kHuge = std::size_t{2} << 20;
    struct Free {
        void operator()(T* p) const { std::free(p); }
    };
    std::unique_ptr<T, Free> data_;
    std::size_t size_ = 0;
};


// Open-addressing index of 64-bit keys (0 = empty) to row numbers, growing at half full.
class KeyIndex {
   public:
    std::uint32_t find(Feature f) const;  // kNone when absent
    std::uint32_t find_or_insert(Feature f, std::uint32_t next_row);
    static constexpr std::uint32_t kNone = 0xffffffffu;
    std::size_t size() const { return size_; }

   private:
    void grow();
    std::vector<Feature> keys_;
    std::vector<std::uint32_t> rows_;
    std::size_t size_ = 0;
};

// Averaged perceptron over the 4 moves.
class MoveTrainer {
   public:
    void scores(std::span<const Feature> feats, std::array<float, kMoves>& out) const;
    void update(std::span<const Feature> feats, int truth, int guess);
    // Adds `delta` to feature f's weight for `move` (one term of a global update).
    void add(Feature f, int move, float delta);
    void tick() { ++clock_; }
    std::size_t features() const { return rows_.size(); }

    struct Row {
        std::array<float, kMoves> w{};
        std::array<double, kMoves> u{};
        std::uint32_t updates = 0;
    };
    Feature key(std::size_t row) const { return keys_[row]; }
    const Row& row(std::size_t i) const { return rows_[i]; }
    double clock() const { return static_cast<double>(clock_); }

   private:
    KeyIndex index_;
    std::vector<Feature> keys_;
    std::vector<Row> rows_;
    std::uint64_t clock_ = 1;
};

// Compact read-only move model.
class MoveModel {
   public:
    // The runs' averaged weights averaged (one run: its averaged weights), pruned, quantised.
    static MoveModel from(std::span<const MoveTrainer* const> runs, float min_weight, std::uint32_t min_updates);
    // out[m] = sum of the weights (quantised units) of `feats` for move m.
    void scores(std::span<const Feature> feats, std::array<std::int32_t, kMoves>& out) const;
    // The sums of consecutive parts of `feats`, all looked up in one stream: part j is
    // feats[ends[j-1] .. ends[j]) (from 0 for the first), its sums out[j] (set, not added to).
    void scores_parts(std::span<const Feature> feats, std::span<const std::size_t> ends,
                      std::span<std::array<std::int32_t, kMoves>> out) const;
    std::size_t features() const { return keys_.size(); }
    void save(ModelWriter& out) const;
    static MoveModel load(ModelReader& in);

   private:
    struct Slot {
        Feature key = 0;
        std::array<std::int16_t, kMoves> w{};
    };
    void build();
    std::vector<Feature> keys_;  // sorted
    std::vector<std::int16_t> weights_;  // kMoves per key
    SlotArray<Slot> table_;
    std::size_t mask_ = 0;
};

// Averaged perceptron over the labels, sparse rows.
class LabelTrainer {
   public:
    explicit LabelTrainer(std::size_t labels) : labels_(labels) {}
    void scores(std::span<const Feature> feats, std::span<float> out) const;
    void update(std::span<const Feature> feats, int truth, int guess);
    void tick() { ++clock_; }
    std::size_t labels() const { return labels_; }

    struct Cell {
        std::uint16_t label;
        float w;
        double u;
    };
    struct Row {
        std::vector<Cell> cells;
        std::uint32_t updates = 0;
    };
    std::size_t features() const { return rows_.size(); }
    Feature key(std::size_t row) const { return keys_[row]; }
    const Row& row(std::size_t i) const { return rows_[i]; }
    double clock() const { return static_cast<double>(clock_); }

   private:
    void add(Row& row, int label, float delta);
    std::size_t labels_;
    KeyIndex index_;
    std::vector<Feature> keys_;
    std::vector<Row> rows_;
    std::uint64_t clock_ = 1;
};

class LabelModel {
   public:
    static LabelModel from(std::span<const LabelTrainer* const> runs, float min_weight, std::uint32_t min_updates);
    // out[l] += weights (quantised units); out.size() >= labels().
    void scores(std::span<const Feature> feats, std::span<std::int32_t> out) const;
    std::size_t labels() const { return labels_; }
    std::size_t features() const { return keys_.size(); }
    void save(ModelWriter& out) const;
    static LabelModel load(ModelReader& in);

   private:
    struct Slot {
        Feature key = 0;
        std::uint32_t begin = 0, end = 0;
    };
    struct Entry {
        std::uint16_t label;
        std::int16_t w;
    };
    void build();
    std::size_t labels_ = 0;
    std::vector<Feature> keys_;  // sorted
    std::vector<std::uint32_t> offsets_;  // keys_.size() + 1
    std::vector<Entry> entries_;
    SlotArray<Slot> table_;
    std::size_t mask_ = 0;
};

}  // namespace kg::nlp::parser
