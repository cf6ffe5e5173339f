// The tagger's features (internal to extract/tagger/). Each word is described once per
// sentence by 64-bit keys (lower-case form, exact form, prefixes, suffixes, shape, cluster
// prefixes) computed straight from its bytes, with no string made; the features of a
// position are then template ids combined with those keys and the tags already chosen.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/nlp/features.hpp"

namespace kg::nlp {

class WordClusters;

namespace tagger {

constexpr int kAffixes = 4;        // prefixes and suffixes of 1..4 bytes
constexpr int kClusterPrefixes = 4;  // cluster bit-prefix lengths used (cluster_keys.cpp)
constexpr int kPad = 2;            // padding words before and after the sentence

struct WordKeys {
    std::uint64_t lower = 0, form = 0, shape = 0, flags = 0;
    std::uint64_t prefix[kAffixes] = {}, suffix[kAffixes] = {};
    std::uint64_t cluster[kClusterPrefixes] = {};
};

// Fills `keys` with n + 2*kPad entries: padding, the words, padding. Cluster keys are set
// only when `clusters` is not null.
void describe_words(std::span<const std::string_view> words, const WordClusters* clusters,
                    std::vector<WordKeys>& keys);

// The key the tag dictionary is indexed by (the exact form).
std::uint64_t form_key(std::string_view word);

// Tag ids in features: the class number, with these for positions outside the sentence.
constexpr std::uint64_t kStartTag = 0xfff0, kEndTag = 0xfff1;

// Features of word i (0-based, without padding). `prev1`, `prev2`: the classes chosen for
// i-1, i-2 (kStartTag before the sentence). The second pass adds `right1`, `right2`: the
// first pass's classes of i+1, i+2 (kEndTag after it). `out` is cleared first.
void first_pass_features(std::span<const WordKeys> keys, std::size_t i, std::uint64_t prev1, std::uint64_t prev2,
                         bool clusters, std::vector<Feature>& out);
void second_pass_features(std::span<const WordKeys> keys, std::size_t i, std::uint64_t prev1, std::uint64_t prev2,
                          std::uint64_t right1, std::uint64_t right2, bool clusters, std::vector<Feature>& out);

}  // namespace tagger
}  // namespace kg::nlp
