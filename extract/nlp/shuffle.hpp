// The training order of the models: Fisher-Yates over mt19937's raw output, so that the same
// seed gives the same order (and the same model bytes) on every standard library, where
// std::shuffle's use of the generator is left to the implementation.
#pragma once

#include <cstddef>
#include <random>
#include <utility>
#include <vector>

namespace kg::nlp {

inline void shuffle(std::vector<std::size_t>& order, std::mt19937& rng) {
    for (std::size_t i = order.size(); i > 1; --i) {
        std::size_t j = rng() % i;
        std::swap(order[i - 1], order[j]);
    }
}

}  // namespace kg::nlp
