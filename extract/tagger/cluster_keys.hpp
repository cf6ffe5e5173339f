// Cluster features for the tagger: a word's Brown-cluster bit path cut at a few prefix
// lengths, each a key (internal to extract/tagger/).
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/tagger/features.hpp"

namespace kg::nlp::tagger {

// Sets keys[0..kClusterPrefixes) for `word`; words without a cluster get one "no cluster" key.
void cluster_keys(const WordClusters& clusters, std::string_view word, std::uint64_t (&keys)[kClusterPrefixes]);

}  // namespace kg::nlp::tagger
