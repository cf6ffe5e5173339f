// Hierarchical word clusters (Brown-style bit paths) learned from unlabelled text: words that
// occur in similar contexts share long path prefixes ("Monday" and "Tuesday", "Paris" and
// "Tokyo"). The tagger, the parser and the entity recogniser use path prefixes as features
// (Koo et al. 2008; Ratinov & Roth 2009), which carries what unlabelled text knows about a
// word to words the annotated corpora barely saw. kgraph-train clusters builds the model.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

// A word's path from the root of the cluster tree: its `length` low bits, the first step
// (0 = left, 1 = right) the highest of them. length 0 = unknown word. At most 32 bits.
struct ClusterPath {
    std::uint32_t bits = 0;
    std::uint8_t length = 0;
};

// The word -> path table, read from models/clusters.kgm. Const after loading, so one instance
// is shared by every thread.
class WordClusters {
   public:
    WordClusters() = default;  // empty: every word unknown
    // Reads a model of kind "clusters"; throws ModelError naming the file when it is missing,
    // truncated or of another kind.
    static WordClusters load(const std::string& path);
    // From parallel lists of words and paths (training, tests). A word listed twice keeps its
    // first path.
    static WordClusters from_paths(const std::vector<std::string>& words, const std::vector<ClusterPath>& paths);

    // The exact form first, then its lower-cased form ("Hart" is not "hart", but "STOCKS"
    // falls back to "stocks"). No allocation.
    ClusterPath path(std::string_view word) const;
    std::size_t words() const { return words_; }

   private:
    // Open addressing over the words' 64-bit hashes (the strings are not kept: at 64 bits a
    // false match among a few ten thousand words is negligible). hash 0 = empty slot.
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t bits = 0;
        std::uint8_t length = 0;
    };
    ClusterPath find(std::uint64_t hash) const;
    void insert(std::string_view word, ClusterPath p);

    std::vector<Slot> slots_;
    std::uint64_t mask_ = 0;
    std::size_t words_ = 0;
};

// Writes words and their paths as a "clusters" model (the format WordClusters::load reads).
// `about` says what the model was trained on. Throws ModelError when it cannot write.
void save_clusters(const std::string& path, const std::vector<std::string>& words,
                   const std::vector<ClusterPath>& paths, const std::string& about);

// An id for the first `length` bits of the path (distinct for different lengths; 0 if the
// word is unknown). A path shorter than `length` gives its whole path. Use as a feature value.
std::uint64_t cluster_prefix(ClusterPath p, int length);

// "0110...": the path as text (training output, tests).
std::string path_string(ClusterPath p);

}  // namespace kg::nlp
