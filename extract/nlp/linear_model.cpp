#include "extract/nlp/linear_model.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <stdexcept>
#include <string>

namespace kg::nlp {
namespace {

// Feature id 0 marks an empty slot; a real feature hashed to 0 (one in 2^64) is stored as 1.
Feature stored(Feature f) { return f ? f : 1; }

// Features looked up together: their slots are prefetched first, then their rows, so the
// cache misses of a batch overlap instead of following one another.
constexpr std::size_t kBatch = 32;

}  // namespace

bool LinearModel::dense_row(std::uint32_t count) const { return count * 4 >= classes_ && classes_ >= 16; }

void LinearModel::build_index() {
    std::size_t n = row_feature_.size();
    std::size_t size = std::bit_ceil(std::max<std::size_t>(16, n * 2));
    slots_.assign(size, Slot{});
    // Sized once: the dense rows are counted first (growing a huge-page array step by step
    // would copy it each time).
    std::size_t dense_rows = 0;
    for (std::size_t r = 0; r < n; ++r) dense_rows += dense_row(row_offset_[r + 1] - row_offset_[r]);
    dense_.assign(dense_rows * classes_, 0.0f);
    std::uint32_t dense_used = 0;
    for (std::size_t r = 0; r < n; ++r) {
        Feature f = stored(row_feature_[r]);
        std::size_t s = f & (size - 1);
        while (slots_[s].key != 0) s = (s + 1) & (size - 1);
        std::uint32_t begin = row_offset_[r], count = row_offset_[r + 1] - begin;
        if (dense_row(count)) {
            slots_[s] = Slot{f, dense_used, kDense};
            float* row = dense_.data() + dense_used;
            for (std::uint32_t i = begin; i < begin + count; ++i) row[cells_[i].cls] = cells_[i].weight;
            dense_used += static_cast<std::uint32_t>(classes_);
        } else if (count == 1) {
            slots_[s] = Slot{f, std::bit_cast<std::uint32_t>(cells_[begin].weight), kInline | cells_[begin].cls};
        } else {
            slots_[s] = Slot{f, begin, count};
        }
    }
}

[[gnu::always_inline]] inline void LinearModel::add_row(const Slot& slot, std::span<float> scores) const {
    if (slot.count == kDense) {
        const float* row = dense_.data() + slot.offset;
        float* out = scores.data();
        for (std::size_t c = 0; c < classes_; ++c) out[c] += row[c];
        return;
    }
    if (slot.count & kInline) {
        scores[slot.count & ~kInline] += std::bit_cast<float>(slot.offset);
        return;
    }
    const Cell* cell = cells_.data() + slot.offset;
    for (std::uint32_t i = 0; i < slot.count; ++i) scores[cell[i].cls] += cell[i].weight;
}

[[gnu::always_inline]] inline const LinearModel::Slot* LinearModel::find(Feature f) const {
    if (slots_.empty()) return nullptr;
    f = stored(f);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t s = f & mask;; s = (s + 1) & mask) {
        if (slots_[s].key == f) return &slots_[s];
        if (slots_[s].key == 0) return nullptr;
    }
}

void LinearModel::add_scores(Feature f, std::span<float> scores) const {
    if (const Slot* slot = find(f)) add_row(*slot, scores);
}

[[gnu::always_inline]] inline void LinearModel::prefetch_row(const Slot& slot) const {
    if (slot.count == kDense) {
        __builtin_prefetch(dense_.data() + slot.offset);
        __builtin_prefetch(dense_.data() + slot.offset + classes_ - 1);
    } else if (!(slot.count & kInline)) {
        __builtin_prefetch(&cells_[slot.offset]);
    }
}

void LinearModel::add_scores(std::span<const Feature> feats, std::span<float> scores) const {
    if (slots_.empty()) return;
    const std::size_t mask = slots_.size() - 1;
    const Slot* found[kBatch];
    for (std::size_t begin = 0; begin < feats.size(); begin += kBatch) {
        std::size_t n = std::min(kBatch, feats.size() - begin);
        for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[stored(feats[begin + k]) & mask]);
        for (std::size_t k = 0; k < n; ++k) {
            found[k] = find(feats[begin + k]);
            if (found[k]) prefetch_row(*found[k]);
        }
        // In feature order, as the features came: the sums, and so the scores, are the same
        // to the bit whatever the layout.
        for (std::size_t k = 0; k < n; ++k)
            if (found[k]) add_row(*found[k], scores);
    }
}

void LinearModel::prefetch(Feature f) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[stored(f) & (slots_.size() - 1)]);
}

void LinearModel::add_scores_each(std::span<const Feature> feats, std::span<const std::uint32_t> ends,
                                  std::span<float> out) const {
    if (slots_.empty()) return;
    // A software pipeline over the features: the slot of feature i + 2 * kAhead is fetched,
    // feature i + kAhead is looked up (its slot arrived meanwhile) and its row fetched, and
    // feature i's row (arrived meanwhile) is added. Additions stay in feature order.
    constexpr std::size_t kAhead = 16, kRing = 2 * kAhead;
    const std::size_t n = feats.size(), mask = slots_.size() - 1;
    const Slot* found[kRing];
    std::size_t list = 0;
    for (std::size_t i = 0; i < n + kAhead; ++i) {
        if (i + kAhead < n) __builtin_prefetch(&slots_[stored(feats[i + kAhead]) & mask]);
        if (i < n) {
            const Slot* slot = find(feats[i]);
            found[i % kRing] = slot;
            if (slot) prefetch_row(*slot);
        }
        if (i >= kAhead) {
            std::size_t j = i - kAhead;
            while (list < ends.size() && j >= ends[list]) ++list;
            if (const Slot* slot = found[j % kRing]) add_row(*slot, out.subspan(list * classes_, classes_));
        }
    }
}

LinearModel LinearModel::from_entries(std::size_t classes, std::vector<Entry> entries) {
    std::erase_if(entries, [](const Entry& e) { return e.weight == 0.0f; });
    auto before = [](const Entry& a, const Entry& b) {
        return a.feature != b.feature ? a.feature < b.feature : a.cls < b.cls;
    };
    // Entries read back from a model file are in order already: checking is linear, sorting
    // a million of them is a good part of a load.
    if (!std::is_sorted(entries.begin(), entries.end(), before)) std::sort(entries.begin(), entries.end(), before);
    LinearModel m;
    m.classes_ = classes;
    m.cells_.reserve(entries.size());
    m.row_offset_.push_back(0);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i == 0 || entries[i].feature != entries[i - 1].feature) {
            if (i) m.row_offset_.push_back(static_cast<std::uint32_t>(m.cells_.size()));
            m.row_feature_.push_back(entries[i].feature);
        }
        m.cells_.push_back(Cell{entries[i].cls, entries[i].weight});
    }
    if (!entries.empty()) m.row_offset_.push_back(static_cast<std::uint32_t>(m.cells_.size()));
    m.build_index();
    return m;
}

std::vector<LinearModel::Entry> LinearModel::entries() const {
    std::vector<Entry> out;
    out.reserve(cells_.size());
    for (std::size_t r = 0; r < row_feature_.size(); ++r)
        for (std::uint32_t i = row_offset_[r]; i < row_offset_[r + 1]; ++i)
            out.push_back({row_feature_[r], static_cast<std::uint16_t>(cells_[i].cls), cells_[i].weight});
    return out;
}

void LinearModel::save(ModelWriter& out) const {
    float largest = 0;
    for (const Cell& c : cells_) largest = std::max(largest, std::fabs(c.weight));
    float scale = largest > 0 ? largest / 32767.0f : 1.0f;
    std::vector<std::uint16_t> cls(cells_.size());
    std::vector<std::int16_t> q(cells_.size());
    for (std::size_t i = 0; i < cells_.size(); ++i) {
        cls[i] = static_cast<std::uint16_t>(cells_[i].cls);
        q[i] = static_cast<std::int16_t>(std::lround(cells_[i].weight / scale));
    }
    out.put<std::uint64_t>(classes_);
    out.put<float>(scale);
    out.put_vector<Feature>(row_feature_);
    out.put_vector<std::uint32_t>(row_offset_);
    out.put_vector<std::uint16_t>(cls);
    out.put_vector<std::int16_t>(q);
}

LinearModel LinearModel::from_rows(std::size_t classes, std::vector<Feature> row_features,
                                   std::vector<std::uint32_t> row_offsets, std::span<const std::uint16_t> cls,
                                   std::span<const std::int16_t> q, float scale) {
    bool rows_ok = row_features.empty() ? row_offsets.size() <= 1 : row_offsets.size() == row_features.size() + 1;
    if (!rows_ok || q.size() != cls.size() || (!row_offsets.empty() && row_offsets.back() != q.size()) ||
        (!row_offsets.empty() && row_offsets.front() != 0) || !std::isfinite(scale))
        throw std::invalid_argument("rows do not fit together");
    for (std::size_t i = 1; i < row_offsets.size(); ++i)
        if (row_offsets[i] < row_offsets[i - 1]) throw std::invalid_argument("rows do not fit together");
    LinearModel m;
    m.classes_ = classes;
    m.row_feature_ = std::move(row_features);
    m.row_offset_ = std::move(row_offsets);
    if (m.row_offset_.empty()) m.row_offset_.push_back(0);
    m.cells_.resize(q.size());
    for (std::size_t i = 0; i < q.size(); ++i) {
        if (cls[i] >= classes) throw std::invalid_argument("class out of range");
        m.cells_[i] = Cell{cls[i], static_cast<float>(q[i]) * scale};
    }
    m.build_index();
    return m;
}

LinearModel LinearModel::load(ModelReader& in) {
    auto classes = in.get<std::uint64_t>();
    auto scale = in.get<float>();
    auto row_feature = in.get_vector<Feature>();
    auto row_offset = in.get_vector<std::uint32_t>();
    auto cls = in.get_vector<std::uint16_t>();
    auto q = in.get_vector<std::int16_t>();
    try {
        return from_rows(classes, std::move(row_feature), std::move(row_offset), cls, q, scale);
    } catch (const std::invalid_argument& e) {
        in.fail(std::string("inconsistent linear model (") + e.what() + ")");
    }
}

void PerceptronTrainer::add_scores(std::span<const Feature> feats, std::span<float> scores) const {
    for (Feature f : feats) {
        auto it = rows_.find(f);
        if (it == rows_.end()) continue;
        for (const Cell& c : it->second.cells) scores[c.cls] += c.weight;
    }
}

void PerceptronTrainer::add(Feature f, int c, float delta) {
    Row& row = rows_[f];
    ++row.updates;
    auto it = std::find_if(row.cells.begin(), row.cells.end(), [&](const Cell& x) { return x.cls == c; });
    if (it == row.cells.end()) {
        row.cells.push_back(Cell{static_cast<std::uint16_t>(c), 0.0f, 0.0, time_});
        it = row.cells.end() - 1;
    }
    it->total += static_cast<double>(it->weight) * static_cast<double>(time_ - it->stamp);
    it->stamp = time_;
    it->weight += delta;
}

void PerceptronTrainer::update(std::span<const Feature> feats, int truth, int guess, float amount) {
    if (truth == guess) return;
    for (Feature f : feats) {
        add(f, truth, amount);
        add(f, guess, -amount);
    }
}

LinearModel PerceptronTrainer::averaged(float min_weight, std::uint32_t min_updates) const {
    std::vector<LinearModel::Entry> entries;
    double t = time_ ? static_cast<double>(time_) : 1.0;
    for (const auto& [f, row] : rows_) {
        if (row.updates < min_updates) continue;
        for (const Cell& c : row.cells) {
            double total = c.total + static_cast<double>(c.weight) * static_cast<double>(time_ - c.stamp);
            auto avg = static_cast<float>(total / t);
            if (std::fabs(avg) < min_weight || avg == 0.0f) continue;
            entries.push_back({f, c.cls, avg});
        }
    }
    // from_entries sorts by (feature, class): the unordered_map's order never reaches the file.
    return LinearModel::from_entries(classes_, std::move(entries));
}

}  // namespace kg::nlp
