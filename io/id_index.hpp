// A set of element ids whose strings live in the elements themselves (the graph's nodes and
// edges): an open-addressing table of element numbers and hash bits, 16 bytes a slot, instead of
// a hash node holding a copy of each id. A million ids cost 32 to 64 MB here and no allocation
// each, where an unordered_set<std::string> holds about 60 MB in a million allocations. The hash
// bits and length in a slot let a probe pass other ids, and the table grow, without reading the
// ids; an id of up to 8 bytes (most files' node ids: "n12", "p190000") is kept in the slot
// itself, so that looking it up reads one slot where reading the element's id cost two more
// cache misses (a GraphML load looks up two ids per edge).
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/huge_pages.hpp"

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
        const Key key = key_of(id);
        for (std::size_t i = home(key.tag);; i = (i + 1) & mask()) {
            const Slot& s = slots_[i];
            if (s.number == kEmpty) return kNone;
            if (s.tag != key.tag || s.short_id != key.short_id) continue;
            if (is_short(key.tag) || id_of_(s.number - 1) == id) return s.number - 1;
        }
    }

    // Adds element `number` (below kMaxElements), whose id is not in the index yet.
    void insert(std::uint32_t number) {
        if ((size_ + 1) * 2 > slots_.size()) grow();  // at most half full: short probe runs
        const Key key = key_of(id_of_(number));
        place({key.tag, number + 1, key.short_id});
        ++size_;
    }

   private:
    static constexpr std::uint32_t kEmpty = 0;  // Slot::number of an empty slot
    static constexpr std::size_t kShortBytes = 8;
    static constexpr std::uint32_t kLengthBits = 0xF;  // the tag's low bits: 0-8 a short id's length
    static constexpr std::uint32_t kLong = 0xF;        // ... or a longer id
    struct Slot {
        std::uint32_t tag = 0;     // the id's hash bits above its length (kLengthBits)
        std::uint32_t number = kEmpty;  // element number + 1
        std::uint64_t short_id = 0;     // a short id's bytes; 0 for a longer one
    };
    struct Key {
        std::uint32_t tag;
        std::uint64_t short_id;
    };
    static bool is_short(std::uint32_t tag) { return (tag & kLengthBits) != kLong; }
    static Key key_of(std::string_view id) {
        const std::uint64_t h = std::hash<std::string_view>{}(id);
        const auto bits = static_cast<std::uint32_t>(h ^ (h >> 32)) & ~kLengthBits;
        if (id.size() > kShortBytes) return {bits | kLong, 0};
        std::uint64_t packed = 0;
        std::memcpy(&packed, id.data(), id.size());
        return {bits | static_cast<std::uint32_t>(id.size()), packed};
    }
    // The tag's low bits are the length, so a slot's position comes from the 28 bits above them
    // (tables beyond 2^28 slots, 130 million ids, would use only a part of theirs).
    std::size_t home(std::uint32_t tag) const { return (tag >> 4) & mask(); }
    std::size_t mask() const { return slots_.size() - 1; }

    void place(const Slot& slot) {
        std::size_t i = home(slot.tag);
        while (slots_[i].number != kEmpty) i = (i + 1) & mask();
        slots_[i] = slot;
    }

    void grow() {
        Slots old(slots_.empty() ? 16 : slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.number != kEmpty) place(s);
    }

    IdOf id_of_;
    // Size a power of two; mapped apart, in huge pages when large: a lookup is a random read,
    // and with 4 KiB pages the address translation missed as well as the cache.
    using Slots = std::vector<Slot, MappedAllocator<Slot>>;
    Slots slots_;
    std::size_t size_ = 0;
};

}  // namespace kg::io
