// Learning word clusters from unlabelled text (kgraph-train clusters).
//
// Two stages. (1) The exchange algorithm (Martin, Liermann & Ney 1998): the frequent words are
// put into K flat classes, and each word in turn moves to the class that most raises the
// likelihood of a class-bigram model of the text, until few words move. (2) Brown et al.'s
// (1992) agglomeration on those K classes: repeatedly merge the two classes whose merge loses
// the least class-bigram mutual information, which builds a binary tree; a word's path from
// the root is its bit string. Stage 1 is what makes this fast (a tree over the whole
// vocabulary would cost O(V^3)); stage 2 is what gives prefixes of every length.
// Deterministic: fixed word order, no randomness, ties broken by index.
//
// Cost, for N tokens, V clustered words, K classes and B distinct (word, neighbour class)
// pairs: counting O(N log N); an exchange pass O(B K) (about 1.5 s for the shipped model);
// the tree O(K^3) (about 50 s at K = 1000). Memory O(N + K^2 + V).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/nlp/clusters.hpp"

namespace kg::nlp {

// Words as ids, sentences separated by kBoundary.
class ClusterCorpus {
   public:
    static constexpr std::uint32_t kBoundary = 0xffffffffu;

    void add_sentence(const std::vector<std::string_view>& words);
    // Readers of the training inputs; each throws InputError naming the file it cannot read.
    void add_conllu_forms(const std::string& path);       // the FORM column of a CoNLL-U file
    void add_conll2003_words(const std::string& path);    // the first column; -DOCSTART- skipped
    void add_jsonl_text(const std::string& path, const std::string& field);  // raw text, tokenised
    void add_plain_text(const std::string& path);         // raw text, tokenised

    std::size_t tokens() const { return tokens_; }
    const std::vector<std::string>& words() const { return words_; }
    const std::vector<std::uint64_t>& counts() const { return counts_; }
    const std::vector<std::uint32_t>& stream() const { return stream_; }

   private:
    void add_text(std::string_view text);
    std::uint32_t id(std::string_view word);

    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<std::string> words_;
    std::vector<std::uint64_t> counts_;
    std::vector<std::uint32_t> stream_;
    std::vector<std::string_view> scratch_;
    std::size_t tokens_ = 0;
};

struct ClusterOptions {
    int classes = 1000;              // K flat classes (leaves of the tree)
    std::uint64_t min_count = 2;     // rarer words get no path
    std::size_t max_words = 60000;   // the most frequent words only
    int max_iterations = 20;         // exchange passes over the vocabulary
    double stop_moved = 0.002;       // ... or fewer than this share of the words moved
    std::ostream* log = nullptr;     // progress, when given
};

struct ClusterResult {
    std::vector<std::string> words;  // most frequent first
    std::vector<std::uint64_t> counts;
    std::vector<ClusterPath> paths;
};

ClusterResult train_clusters(const ClusterCorpus& corpus, const ClusterOptions& options);

// The most frequent words whose paths share the first `bits` bits with `word`'s (the word
// itself included), for a reader checking that the clusters make sense.
std::vector<std::string> cluster_neighbours(const ClusterResult& result, std::string_view word, int bits,
                                            std::size_t max_words);

}  // namespace kg::nlp
