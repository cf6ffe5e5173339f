#include "extract/tagger/cluster_keys.hpp"

#include "extract/nlp/clusters.hpp"

namespace kg::nlp::tagger {

// Short prefixes group words by broad class (nouns, verbs, names), long ones nearly by word.
constexpr int kClusterLengths[kClusterPrefixes] = {4, 6, 10, 20};

void cluster_keys(const WordClusters& clusters, std::string_view word, std::uint64_t (&keys)[kClusterPrefixes]) {
    ClusterPath path = clusters.path(word);
    for (int j = 0; j < kClusterPrefixes; ++j) keys[j] = cluster_prefix(path, kClusterLengths[j]);
}

}  // namespace kg::nlp::tagger
