// A small open-addressing table from 64-bit keys to values, cleared and reused document after
// document so that the document features allocate nothing once warm (std::unordered_map
// allocates a node per new key).
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace kg::nlp::ner {

template <class V>
class FlatTable {
   public:
    // Empties the table, sized for up to `n` keys.
    void reset(std::size_t n) {
        std::size_t size = std::bit_ceil(std::max<std::size_t>(16, 2 * n));
        keys_.assign(size, 0);
        values_.assign(size, V{});
        mask_ = size - 1;
    }
    // The value of `key`, inserted (value-initialised) if new. At most n keys (reset).
    V& operator[](std::uint64_t key) {
        key = key ? key : 1;
        std::size_t s = key & mask_;
        while (keys_[s] != 0 && keys_[s] != key) s = (s + 1) & mask_;
        keys_[s] = key;
        return values_[s];
    }
    const V* find(std::uint64_t key) const {
        key = key ? key : 1;
        for (std::size_t s = key & mask_;; s = (s + 1) & mask_) {
            if (keys_[s] == key) return &values_[s];
            if (keys_[s] == 0) return nullptr;
        }
    }

   private:
    std::vector<std::uint64_t> keys_;
    std::vector<V> values_;
    std::size_t mask_ = 0;
};

}  // namespace kg::nlp::ner
