// The part-of-speech tagger: Universal POS tags (UPOS) and Penn Treebank tags (XPOS) for the
// words of a sentence, learned from UD English-EWT.
//
// One class per UPOS|XPOS pair seen in training (about 100), so the two tags always agree.
// Two greedy passes over averaged-perceptron linear models: the first left to right with the
// two tags already chosen; the second again left to right, seeing also the first pass's
// tags of the words to the right. Frequent words that always had one tag in training take it
// from a tag dictionary without scoring. Word clusters (extract/nlp/clusters.hpp), when the
// model was trained with them, add bit-prefix features of the current and neighbouring words.
// Training averages the weights of runs over differently shuffled sentence orders.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/nlp/conllu.hpp"
#include "extract/nlp/linear_model.hpp"

namespace kg::nlp {

class WordClusters;  // extract/nlp/clusters.hpp

struct Tags {
    std::vector<std::uint16_t> upos, xpos;
};

class Tagger {
   public:
    // Kind "tagger". Throws ModelError naming the file when it is missing, truncated or foreign.
    static Tagger load(const std::string& path);
    void save(const std::string& path) const;

    // Tags one sentence (gold or tokenizer words). `clusters` may be null: cluster features are
    // then off (a model trained with clusters tags worse without them). Const and thread-safe;
    // per-thread buffers are reused, so tagging allocates nothing once they have grown.
    void tag(std::span<const std::string_view> words, const WordClusters* clusters, Tags& out) const;

    std::string_view upos_name(std::uint16_t id) const;
    std::string_view xpos_name(std::uint16_t id) const;
    std::size_t upos_count() const { return upos_names_.size(); }
    std::size_t xpos_count() const { return xpos_names_.size(); }
    std::optional<std::uint16_t> upos_id(std::string_view name) const;
    std::optional<std::uint16_t> xpos_id(std::string_view name) const;
    // Whether the model was trained with word clusters (and so should be given them).
    bool uses_clusters() const { return uses_clusters_; }
    // Stored features (both passes) and dictionary words: for the training report.
    std::size_t features() const { return first_.features() + second_.features(); }
    std::size_t dictionary_words() const { return dict_keys_.size(); }

   private:
    friend class TaggerBuilder;
    struct Scratch;
    void tag_with(Scratch& scratch, std::span<const std::string_view> words, const WordClusters* clusters,
                  Tags& out) const;
    std::optional<std::uint16_t> dictionary_class(std::uint64_t form_key) const;

    std::vector<std::string> upos_names_, xpos_names_;
    // Class c is the pair (class_upos_[c], class_xpos_[c]).
    std::vector<std::uint16_t> class_upos_, class_xpos_;
    // Tag dictionary: sorted form keys and their one class.
    std::vector<std::uint64_t> dict_keys_;
    std::vector<std::uint16_t> dict_classes_;
    bool uses_clusters_ = false;
    bool two_pass_ = false;
    // Words whose first-pass class led the runner-up by more than this skip the second pass.
    float confident_margin_ = std::numeric_limits<float>::infinity();
    LinearModel first_, second_;
};

struct TaggerTrainOptions {
    int epochs = 8;
    std::uint32_t seed = 1;
    // Models trained side by side on differently shuffled sentence orders (seeds seed,
    // seed+1, ...), their weights averaged into one model: steadier and more accurate than
    // any one of them, at the cost of training time.
    int runs = 2;
    // A second pass that sees the first pass's tags of the right context.
    bool two_pass = true;
    // Words whose first-pass class leads the runner-up by more than this margin (in the
    // averaged weights' units) keep it without a second pass: on EWT dev, 20 skips most
    // words for one word in 25,000 tagged differently. 0 or less: never skipped.
    float confident_margin = 20.0f;
    // Tag dictionary: words seen at least this often with one class at least this share of
    // the time are tagged by lookup (0 turns the dictionary off).
    std::uint32_t dictionary_min_count = 20;
    double dictionary_min_share = 0.97;
    // Pruning for size: features updated fewer times, and averaged weights smaller, are dropped.
    // (Each mistake updates a feature twice: for the right class and against the wrong one.)
    std::uint32_t min_updates = 3;
    float min_weight = 0.0f;
};

// Trains a tagger in memory (deterministic: same data and options, same model bytes).
// `clusters` may be null (no cluster features). With `log`, prints progress; with `dev` too,
// the dev UPOS/XPOS accuracy after each epoch.
Tagger train_tagger(const std::vector<ConlluSentence>& train, const WordClusters* clusters,
                    const TaggerTrainOptions& options, std::ostream* log,
                    const std::vector<ConlluSentence>* dev = nullptr);

// Accuracy of `tagger` on gold sentences (word lines only).
struct TagAccuracy {
    std::size_t words = 0, upos_correct = 0, xpos_correct = 0;
    double upos() const { return words ? static_cast<double>(upos_correct) / words : 0.0; }
    double xpos() const { return words ? static_cast<double>(xpos_correct) / words : 0.0; }
};
TagAccuracy evaluate_tagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold,
                            const WordClusters* clusters);

}  // namespace kg::nlp
