// Feature ids for the linear models: a feature is a template number and a value (a word, a
// suffix, a tag pair...), hashed to 64 bits. At 64 bits collisions among a few million
// features are negligible, and the ids are the same on every machine (the hash is fixed),
// so training is deterministic.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::nlp {

using Feature = std::uint64_t;

// SplitMix64's finaliser: a cheap, well-mixed bijection of 64 bits.
[[gnu::always_inline]] constexpr std::uint64_t mix64(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

constexpr std::uint64_t hash_text(std::string_view s, std::uint64_t seed = 0) {
    std::uint64_t h = 1469598103934665603ull ^ seed;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return mix64(h);
}

// The feature makers are forced inline: called with a constant template number (most calls),
// the hashing of the number folds away at compile time.
// Template `t` with a text value.
[[gnu::always_inline]] constexpr Feature feature(std::uint32_t t, std::string_view value) {
    return hash_text(value, mix64(t + 1));
}
// Template `t` with up to three small integer values (tag ids, distances, cluster ids).
[[gnu::always_inline]] constexpr Feature feature(std::uint32_t t, std::uint64_t a, std::uint64_t b = 0,
                                                 std::uint64_t c = 0) {
    return mix64(mix64(mix64(mix64(t + 0x9e3779b97f4a7c15ull) ^ a) ^ (b * 0x9e3779b97f4a7c15ull)) ^ c);
}
// Joins a feature with a further value (conjunctions).
[[gnu::always_inline]] constexpr Feature conjoin(Feature f, std::uint64_t v) {
    return mix64(f ^ mix64(v + 0x632be59bd9b4e019ull));
}

}  // namespace kg::nlp
