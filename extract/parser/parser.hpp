// The labelled dependency parser: a word's head and Universal Dependencies relation (full
// EWT labels, subtypes included: nmod:poss, obl:tmod, acl:relcl) for every word of a sentence,
// learned from UD English-EWT.
//
// Arc-eager transitions (Nivre 2003) with the root at the end of the buffer (Ballesteros &
// Nivre 2013) and a non-monotonic Reduce (Honnibal & Johnson 2014), so every parse is a
// single-rooted tree, on averaged perceptrons over rich non-local features (Zhang & Nivre
// 2011) and word-cluster prefixes (Koo et al. 2008). One model picks the transition, a second
// the relation label of each arc. Decoding is greedy (trained with a dynamic oracle and
// exploration, Goldberg & Nivre 2012) or a beam search over the transitions (trained
// globally with max-violation updates, Huang et al. 2012); the model file says which.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::nlp {

class WordClusters;  // extract/nlp/clusters.hpp
class ParserModel;   // extract/parser/model.hpp

// head[i] in 0..n, 0 = root, words 1-based as in CoNLL-U (head[i] is the head of word i+1).
struct Parse {
    std::vector<int> head;
    std::vector<std::uint16_t> label;
};

class Parser {
   public:
    Parser();
    ~Parser();
    Parser(Parser&&) noexcept;
    Parser& operator=(Parser&&) noexcept;

    // Kind "parser". Throws ModelError naming the file when it is missing, truncated or foreign.
    static Parser load(const std::string& path);
    void save(const std::string& path) const;

    // Parses one sentence given its words and their predicted UPOS and XPOS. Always returns a
    // single-rooted tree: every word gets a head, exactly one attaches to 0 with label "root".
    // `clusters` may be null (cluster features off). Const and thread-safe; per-thread buffers
    // are reused, so parsing allocates nothing once they have grown.
    void parse(std::span<const std::string_view> words, std::span<const std::string_view> upos,
               std::span<const std::string_view> xpos, const WordClusters* clusters, Parse& out) const;

    std::string_view label_name(std::uint16_t id) const;  // full UD label, e.g. "nmod:poss"
    std::size_t label_count() const;
    std::optional<std::uint16_t> label_id(std::string_view name) const;
    // Whether the model was trained with word clusters (and so should be given them).
    bool uses_clusters() const;
    // Beam width of decoding (1: greedy), stored in the model; a model trained with a beam
    // parses best with the width it was trained for, though any width works.
    int beam_width() const;
    void set_beam_width(int width);
    // Stored features of the transition and label models (training report).
    std::size_t features() const;

   private:
    friend class ParserBuilder;
    std::unique_ptr<ParserModel> model_;
};

// A training or evaluation sentence: words, the tags the parser is to see (predicted ones
// for realistic training), and the gold tree (head 0 = root, 1-based; deprel full labels).
struct ParserSentence {
    std::vector<std::string> words, upos, xpos;
    std::vector<int> head;
    std::vector<std::string> deprel;
};

struct ParserTrainOptions {
    int epochs = 15;
    std::uint32_t seed = 1;
    // From this epoch on (0-based), the oracle follows the model's own prediction (mistakes
    // included) with probability `explore_p`, so the model learns to recover from errors.
    int explore_from = 1;
    double explore_p = 0.9;
    // Non-projective gold trees are made projective by lifting arcs (true) or skipped.
    bool lift_nonprojective = true;
    // Pruning for size: averaged weights below this are dropped; features updated fewer
    // times than `min_updates` are dropped.
    float min_weight = 0.0f;
    std::uint32_t min_updates = 3;
    // Beam width. 1: greedy decoding, trained with the dynamic oracle and exploration above.
    // Wider: beam search, trained globally with max-violation updates (Huang et al. 2012) of
    // the transition model against the best zero-cost sequence (exploration unused).
    int beam = 1;
    // Models trained side by side on different seeds (seed, seed+1, ...), their averaged
    // weights averaged into one (a feature is kept when updated min_updates times per run).
    int runs = 1;
};

struct ParserScores {
    std::size_t words = 0;
    double uas = 0, las = 0;  // LAS on universal labels (subtype stripped)
    double las_full = 0;      // LAS on full labels
    double seconds = 0;       // parsing time (for words/s)
};

// Trains a parser. `log` (may be null) gets one line per epoch, with dev scores when `dev` is
// given. Deterministic: the same data and options give the same model bytes.
Parser train_parser(const std::vector<ParserSentence>& train, const WordClusters* clusters,
                    const ParserTrainOptions& options, std::ostream* log,
                    const std::vector<ParserSentence>* dev = nullptr);

// Parses every sentence (with its own tags) and scores it against its gold tree.
ParserScores evaluate_parser(const Parser& parser, const std::vector<ParserSentence>& sentences,
                             const WordClusters* clusters);

}  // namespace kg::nlp
