// Internal: seeded random choices that give the same results with every standard library
// (std::uniform_int_distribution and std::shuffle are implementation-defined; mt19937_64's
// output is not).
#pragma once

#include <cstdint>
#include <limits>
#include <random>
#include <utility>
#include <vector>

namespace kg::detail {

// Uniform integer in [0, bound), bound > 0, by rejection.
inline std::uint64_t uniform_below(std::mt19937_64& rng, std::uint64_t bound) {
    const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t limit = max - max % bound;
    std::uint64_t x;
    do x = rng();
    while (x >= limit);
    return x % bound;
}

// Fisher-Yates shuffle.
template <class T>
void seeded_shuffle(std::vector<T>& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[uniform_below(rng, i)]);
}

}  // namespace kg::detail
