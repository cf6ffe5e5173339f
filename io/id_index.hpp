// A set of element ids whose strings live in the elements themselves (the graph's nodes and
// edges): an open-addressing table of element numbers and hash bits, 8 bytes a slot, instead of
// a hash node holding a copy of each id. A million edge ids cost 16 to 32 MB here and no
// allocation each, where an unordered_set<std::string> holds about 60 MB in a million
// allocations. The hash bits in a slot let a probe pass other ids, and the table grow, without
// reading the ids (each read is a cache miss into the graph).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::io {

// IdOf: a callable std::string_view(std::uint32_t number), the id of element `number`; an
// element's id must not change while it is in the index (its storage may move).
template <class IdOf>
class IdIndex {
   public:
    static constexpr std::uint32_t kNone = UINT32_MAX;
    // The most elements an index holds (its table, at most half full, stays below 2^32 slots).
    static constexpr std::size_t kMaxElements = (std::size_t{1} << 31) - 1;

    explicit IdIndex(IdOf id_of) : id_of_(std::move(id_of)) {}

    // The number of the element with this id, or kNone.
    std::uint32_t find(std::string_view id) const {
        if (slots_.empty()) return kNone;
        const std::uint32_t h = hash(id);
        for (std::size_t i = h & mask();; i = (i + 1) & mask()) {
            const std::uint64_t s = slots_[i];
            if (s == kEmpty) return kNone;
            if (hash_of(s) == h && id_of_(number_of(s)) == id) return number_of(s);
        }
    }

    // Adds element `number` (below kMaxElements), whose id is not in the index yet.
    void insert(std::uint32_t number) {
        if ((size_ + 1) * 2 > slots_.size()) grow();  // at most half full: short probe runs
        place((std::uint64_t{hash(id_of_(number))} << 32) | (std::uint64_t{number} + 1));
        ++size_;
    }

   private:
    // A slot holds 32 bits of the id's hash above number + 1; 0 is an empty slot.
    static constexpr std::uint64_t kEmpty = 0;
    static std::uint32_t hash_of(std::uint64_t slot) { return static_cast<std::uint32_t>(slot >> 32); }
    static std::uint32_t number_of(std::uint64_t slot) { return static_cast<std::uint32_t>(slot) - 1; }
    static std::uint32_t hash(std::string_view id) {
        const std::uint64_t h = std::hash<std::string_view>{}(id);
        return static_cast<std::uint32_t>(h ^ (h >> 32));
    }
    std::size_t mask() const { return slots_.size() - 1; }

    void place(std::uint64_t slot) {
        std::size_t i = hash_of(slot) & mask();
        while (slots_[i] != kEmpty) i = (i + 1) & mask();
        slots_[i] = slot;
    }

    void grow() {
        std::vector<std::uint64_t> old(slots_.empty() ? 16 : slots_.size() * 2, kEmpty);
        old.swap(slots_);
        for (std::uint64_t s : old)
            if (s != kEmpty) place(s);
    }

    IdOf id_of_;
    std::vector<std::uint64_t> slots_;  // size a power of two
    std::size_t size_ = 0;
};

}  // namespace kg::io
