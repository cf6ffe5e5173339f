#include "extract/parser/weights.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

#include <sys/mman.h>

namespace kg::nlp::parser {
namespace {

// Feature id 0 marks an empty slot; a real feature hashed to 0 (one in 2^64) is stored as 1.
Feature stored(Feature f) { return f ? f : 1; }

constexpr std::size_t kChunk = 64;  // label model: slots prefetched at a time

// Load factor between 1/3 and 2/3: short probes, and a table half the size of one at 1/2 max.
std::size_t table_size(std::size_t n) { return std::bit_ceil(std::max<std::size_t>(16, n + n / 2)); }

// The scale that maps the largest |weight| to 32767.
float scale_for(float largest) { return largest > 0 ? largest / 32767.0f : 1.0f; }

std::int16_t quantise(double w, float scale) {
    long q = std::lround(w / scale);
    return static_cast<std::int16_t>(std::clamp(q, -32767L, 32767L));
}

}  // namespace

void advise_huge(void* p, std::size_t bytes) {
    // Advice only: without transparent huge pages the table works the same, a little slower.
    (void)madvise(p, bytes, MADV_HUGEPAGE);
}

// --- KeyIndex ---------------------------------------------------------------------------

std::uint32_t KeyIndex::find(Feature f) const {
    if (keys_.empty()) return kNone;
    f = stored(f);
    std::size_t mask = keys_.size() - 1;
    for (std::size_t s = f & mask;; s = (s + 1) & mask) {
        if (keys_[s] == f) return rows_[s];
        if (keys_[s] == 0) return kNone;
    }
}

std::uint32_t KeyIndex::find_or_insert(Feature f, std::uint32_t next_row) {
    if ((size_ + 1) * 2 > keys_.size()) grow();
    f = stored(f);
    std::size_t mask = keys_.size() - 1;
    for (std::size_t s = f & mask;; s = (s + 1) & mask) {
        if (keys_[s] == f) return rows_[s];
        if (keys_[s] == 0) {
            keys_[s] = f;
            rows_[s] = next_row;
            ++size_;
            return next_row;
        }
    }
}

void KeyIndex::grow() {
    std::vector<Feature> old_keys = std::move(keys_);
    std::vector<std::uint32_t> old_rows = std::move(rows_);
    std::size_t size = std::max<std::size_t>(1024, old_keys.size() * 2);
    keys_.assign(size, 0);
    rows_.assign(size, kNone);
    std::size_t mask = size - 1;
    for (std::size_t i = 0; i < old_keys.size(); ++i) {
        if (!old_keys[i]) continue;
        std::size_t s = old_keys[i] & mask;
        while (keys_[s]) s = (s + 1) & mask;
        keys_[s] = old_keys[i];
        rows_[s] = old_rows[i];
    }
}

// --- MoveTrainer ------------------------------------------------------------------------

void MoveTrainer::scores(std::span<const Feature> feats, std::array<float, kMoves>& out) const {
    out.fill(0.0f);
    for (Feature f : feats) {
        std::uint32_t r = index_.find(f);
        if (r == KeyIndex::kNone) continue;
        for (int m = 0; m < kMoves; ++m) out[m] += rows_[r].w[m];
    }
}

void MoveTrainer::update(std::span<const Feature> feats, int truth, int guess) {
    if (truth == guess) return;
    auto c = static_cast<double>(clock_);
    for (Feature f : feats) {
        std::uint32_t r = index_.find_or_insert(f, static_cast<std::uint32_t>(rows_.size()));
        if (r == rows_.size()) {
            rows_.emplace_back();
            keys_.push_back(f);
        }
        Row& row = rows_[r];
        row.w[truth] += 1.0f;
        row.u[truth] += c;
        row.w[guess] -= 1.0f;
        row.u[guess] -= c;
        ++row.updates;
    }
}

void MoveTrainer::add(Feature f, int move, float delta) {
    std::uint32_t r = index_.find_or_insert(f, static_cast<std::uint32_t>(rows_.size()));
    if (r == rows_.size()) {
        rows_.emplace_back();
        keys_.push_back(f);
    }
    Row& row = rows_[r];
    row.w[static_cast<std::size_t>(move)] += delta;
    row.u[static_cast<std::size_t>(move)] += static_cast<double>(delta) * static_cast<double>(clock_);
    ++row.updates;
}

// --- MoveModel --------------------------------------------------------------------------

MoveModel MoveModel::from(std::span<const MoveTrainer* const> runs, float min_weight, std::uint32_t min_updates) {
    struct Kept {
        Feature key;
        std::array<double, kMoves> w;
    };
    // Every run's averaged weights, by key (stable: runs in order), then summed per key and
    // divided by the number of runs; a feature is kept when updated min_updates times per run.
    struct Entry {
        Feature key;
        std::uint32_t updates;
        std::array<double, kMoves> w;
    };
    std::vector<Entry> all;
    for (const MoveTrainer* t : runs)
        for (std::size_t i = 0; i < t->features(); ++i) {
            const auto& row = t->row(i);
            Entry e{stored(t->key(i)), row.updates, {}};
            for (int m = 0; m < kMoves; ++m) e.w[m] = row.w[m] - row.u[m] / t->clock();
            all.push_back(e);
        }
    if (runs.size() > 1)
        std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    const double count = static_cast<double>(runs.size());
    std::vector<Kept> kept;
    double largest = 0;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        std::uint64_t updates = 0;
        std::array<double, kMoves> sum{};
        for (; j < all.size() && all[j].key == all[i].key; ++j) {
            updates += all[j].updates;
            for (int m = 0; m < kMoves; ++m) sum[m] += all[j].w[m];
        }
        Kept k{all[i].key, {}};
        i = j;
        if (updates < std::uint64_t{min_updates} * runs.size()) continue;
        bool any = false;
        for (int m = 0; m < kMoves; ++m) {
            double avg = sum[m] / count;
            k.w[m] = std::fabs(avg) < min_weight ? 0.0 : avg;
            any |= k.w[m] != 0.0;
            largest = std::max(largest, std::fabs(k.w[m]));
        }
        if (any) kept.push_back(k);
    }
    std::sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.key < b.key; });
    float scale = scale_for(static_cast<float>(largest));
    MoveModel m;
    for (const Kept& k : kept) {
        std::array<std::int16_t, kMoves> q;
        bool any = false;
        for (int c = 0; c < kMoves; ++c) {
            q[c] = quantise(k.w[c], scale);
            any |= q[c] != 0;
        }
        if (!any) continue;
        m.keys_.push_back(k.key);
        m.weights_.insert(m.weights_.end(), q.begin(), q.end());
    }
    m.build();
    return m;
}

void MoveModel::build() {
    std::size_t size = table_size(keys_.size());
    table_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        std::size_t s = keys_[i] & mask_;
        while (table_[s].key) s = (s + 1) & mask_;
        table_[s].key = keys_[i];
        std::copy_n(weights_.begin() + static_cast<std::ptrdiff_t>(i * kMoves), kMoves, table_[s].w.begin());
    }
}

void MoveModel::scores(std::span<const Feature> feats, std::array<std::int32_t, kMoves>& out) const {
    out.fill(0);
    // A sliding window: the slot of feature i + kAhead is prefetched as feature i is looked
    // up, so that about as many misses are in flight as the core can track, all the time
    // (integer sums: the order of the features does not matter).
    constexpr std::size_t kAhead = 24;
    const std::size_t n = feats.size();
    for (std::size_t i = 0; i < std::min(kAhead, n); ++i) __builtin_prefetch(&table_[stored(feats[i]) & mask_]);
    for (std::size_t i = 0; i < n; ++i) {
        if (i + kAhead < n) __builtin_prefetch(&table_[stored(feats[i + kAhead]) & mask_]);
        Feature f = stored(feats[i]);
        for (std::size_t s = f & mask_;; s = (s + 1) & mask_) {
            const Slot& e = table_[s];
            if (e.key == f) {
                for (int m = 0; m < kMoves; ++m) out[m] += e.w[m];
                break;
            }
            if (e.key == 0) break;
        }
    }
}

void MoveModel::scores_parts(std::span<const Feature> feats, std::span<const std::size_t> ends,
                             std::span<std::array<std::int32_t, kMoves>> out) const {
    for (auto& o : out) o.fill(0);
    constexpr std::size_t kAhead = 24;  // as in scores()
    const std::size_t n = feats.size();
    for (std::size_t i = 0; i < std::min(kAhead, n); ++i) __builtin_prefetch(&table_[stored(feats[i]) & mask_]);
    std::size_t part = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i + kAhead < n) __builtin_prefetch(&table_[stored(feats[i + kAhead]) & mask_]);
        while (part < ends.size() && i >= ends[part]) ++part;
        Feature f = stored(feats[i]);
        for (std::size_t s = f & mask_;; s = (s + 1) & mask_) {
            const Slot& e = table_[s];
            if (e.key == f) {
                for (int m = 0; m < kMoves; ++m) out[part][m] += e.w[m];
                break;
            }
            if (e.key == 0) break;
        }
    }
}

void MoveModel::save(ModelWriter& out) const {
    out.put_vector<Feature>(keys_);
    out.put_vector<std::int16_t>(weights_);
}

MoveModel MoveModel::load(ModelReader& in) {
    MoveModel m;
    m.keys_ = in.get_vector<Feature>();
    m.weights_ = in.get_vector<std::int16_t>();
    if (m.weights_.size() != m.keys_.size() * kMoves) in.fail("inconsistent transition model (corrupt file)");
    for (std::size_t i = 0; i < m.keys_.size(); ++i)
        if (m.keys_[i] == 0 || (i && m.keys_[i] <= m.keys_[i - 1])) in.fail("inconsistent transition model keys");
    m.build();
    return m;
}

// --- LabelTrainer -----------------------------------------------------------------------

void LabelTrainer::scores(std::span<const Feature> feats, std::span<float> out) const {
    for (Feature f : feats) {
        std::uint32_t r = index_.find(f);
        if (r == KeyIndex::kNone) continue;
        for (const Cell& c : rows_[r].cells) out[c.label] += c.w;
    }
}

void LabelTrainer::add(Row& row, int label, float delta) {
    auto it = std::find_if(row.cells.begin(), row.cells.end(), [&](const Cell& c) { return c.label == label; });
    if (it == row.cells.end()) {
        row.cells.push_back(Cell{static_cast<std::uint16_t>(label), 0.0f, 0.0});
        it = row.cells.end() - 1;
    }
    it->w += delta;
    it->u += static_cast<double>(delta) * static_cast<double>(clock_);
}

void LabelTrainer::update(std::span<const Feature> feats, int truth, int guess) {
    if (truth == guess) return;
    for (Feature f : feats) {
        std::uint32_t r = index_.find_or_insert(f, static_cast<std::uint32_t>(rows_.size()));
        if (r == rows_.size()) {
            rows_.emplace_back();
            keys_.push_back(f);
        }
        Row& row = rows_[r];
        add(row, truth, 1.0f);
        add(row, guess, -1.0f);
        ++row.updates;
    }
}

// --- LabelModel -------------------------------------------------------------------------

LabelModel LabelModel::from(std::span<const LabelTrainer* const> runs, float min_weight, std::uint32_t min_updates) {
    struct Kept {
        Feature key;
        std::uint16_t label;
        double w;
    };
    // As MoveModel::from: the runs' averaged weights summed per (feature, label) and divided
    // by the number of runs; a feature is kept when updated min_updates times per run.
    struct Entry {
        Feature key;
        std::uint16_t label;
        std::uint32_t updates;  // the feature's, on its first cell of each run
        double w;
    };
    std::vector<Entry> all;
    for (const LabelTrainer* t : runs)
        for (std::size_t i = 0; i < t->features(); ++i) {
            const auto& row = t->row(i);
            bool first = true;
            for (const auto& c : row.cells) {
                all.push_back({stored(t->key(i)), c.label, first ? row.updates : 0u, c.w - c.u / t->clock()});
                first = false;
            }
            if (row.cells.empty()) all.push_back({stored(t->key(i)), 0, row.updates, 0.0});
        }
    if (runs.size() > 1)
        std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    const double count = static_cast<double>(runs.size());
    std::vector<Kept> kept;
    double largest = 0;
    std::vector<std::pair<std::uint16_t, double>> cells;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        std::uint64_t updates = 0;
        cells.clear();
        for (; j < all.size() && all[j].key == all[i].key; ++j) {
            updates += all[j].updates;
            auto it = std::find_if(cells.begin(), cells.end(), [&](const auto& c) { return c.first == all[j].label; });
            if (it == cells.end()) cells.emplace_back(all[j].label, all[j].w);
            else it->second += all[j].w;
        }
        Feature key = all[i].key;
        i = j;
        if (updates < std::uint64_t{min_updates} * runs.size()) continue;
        for (const auto& [label, sum] : cells) {
            double avg = sum / count;
            if (std::fabs(avg) < min_weight || avg == 0.0) continue;
            kept.push_back({key, label, avg});
            largest = std::max(largest, std::fabs(avg));
        }
    }
    std::sort(kept.begin(), kept.end(),
              [](const Kept& a, const Kept& b) { return a.key != b.key ? a.key < b.key : a.label < b.label; });
    float scale = scale_for(static_cast<float>(largest));
    LabelModel m;
    m.labels_ = runs.front()->labels();
    for (const Kept& k : kept) {
        std::int16_t q = quantise(k.w, scale);
        if (q == 0) continue;
        if (m.keys_.empty() || m.keys_.back() != k.key) {
            m.keys_.push_back(k.key);
            m.offsets_.push_back(static_cast<std::uint32_t>(m.entries_.size()));
        }
        m.entries_.push_back({k.label, q});
    }
    m.offsets_.push_back(static_cast<std::uint32_t>(m.entries_.size()));
    m.build();
    return m;
}

void LabelModel::build() {
    std::size_t size = table_size(keys_.size());
    table_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        std::size_t s = keys_[i] & mask_;
        while (table_[s].key) s = (s + 1) & mask_;
        table_[s] = Slot{keys_[i], offsets_[i], offsets_[i + 1]};
    }
}

void LabelModel::scores(std::span<const Feature> feats, std::span<std::int32_t> out) const {
    std::size_t slot[kChunk];
    const Slot* found[kChunk];
    for (std::size_t base = 0; base < feats.size(); base += kChunk) {
        std::size_t n = std::min(kChunk, feats.size() - base);
        for (std::size_t i = 0; i < n; ++i) {
            slot[i] = stored(feats[base + i]) & mask_;
            __builtin_prefetch(&table_[slot[i]]);
        }
        for (std::size_t i = 0; i < n; ++i) {
            Feature f = stored(feats[base + i]);
            found[i] = nullptr;
            for (std::size_t s = slot[i];; s = (s + 1) & mask_) {
                const Slot& e = table_[s];
                if (e.key == f) {
                    found[i] = &e;
                    // Every line of the row: a row of a common feature spans several.
                    for (std::uint32_t k = e.begin; k < e.end; k += 64 / sizeof(Entry))
                        __builtin_prefetch(&entries_[k]);
                    if (e.end > e.begin) __builtin_prefetch(&entries_[e.end - 1]);
                    break;
                }
                if (e.key == 0) break;
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (!found[i]) continue;
            for (std::uint32_t k = found[i]->begin; k < found[i]->end; ++k) out[entries_[k].label] += entries_[k].w;
        }
    }
}

void LabelModel::save(ModelWriter& out) const {
    out.put<std::uint64_t>(labels_);
    out.put_vector<Feature>(keys_);
    out.put_vector<std::uint32_t>(offsets_);
    out.put_vector<Entry>(entries_);
}

LabelModel LabelModel::load(ModelReader& in) {
    LabelModel m;
    m.labels_ = in.get<std::uint64_t>();
    m.keys_ = in.get_vector<Feature>();
    m.offsets_ = in.get_vector<std::uint32_t>();
    m.entries_ = in.get_vector<Entry>();
    if (m.offsets_.size() != m.keys_.size() + 1 || m.offsets_.back() != m.entries_.size() || m.offsets_.front() != 0)
        in.fail("inconsistent label model (corrupt file)");
    for (std::size_t i = 0; i < m.keys_.size(); ++i)
        if (m.keys_[i] == 0 || (i && m.keys_[i] <= m.keys_[i - 1]) || m.offsets_[i] > m.offsets_[i + 1])
            in.fail("inconsistent label model keys");
    for (const Entry& e : m.entries_)
        if (e.label >= m.labels_) in.fail("inconsistent label model (label out of range)");
    m.build();
    return m;
}

}  // namespace kg::nlp::parser
