// The recogniser's features. A document is analysed once (each word's hashed forms, shape,
// gazetteer matches, clusters, and how the word is written elsewhere in the document); the
// decoder then asks for the features of one word at a time.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/ner/flat_table.hpp"
#include "extract/ner/gazetteer.hpp"
#include "extract/ner/tags.hpp"
#include "extract/nlp/features.hpp"

namespace kg::nlp {
class WordClusters;
}

namespace kg::nlp::ner {

// What the features draw on beside the words; any may be null (its features are left out).
struct FeatureSources {
    const Gazetteer* gazetteer = nullptr;   // general lists (Debian data)
    const Gazetteer* names = nullptr;       // the training data's names, a list per kind
    const WordClusters* clusters = nullptr;
};

// Two independent hashes of a word's text (as written, and lower-cased): what
// DocumentFeatures::word_features() depends on.
struct WordKey {
    std::uint64_t word = 0, lower = 0;
    friend bool operator==(const WordKey&, const WordKey&) = default;
};

class DocumentFeatures {
   public:
    // Analyses a document.
    void analyse(std::span<const std::vector<std::string_view>> sentences, const FeatureSources& sources);
    // After the first stage: its labels of every sentence, for the document stage's features.
    void set_first_stage(std::span<const std::vector<int>> labels);

    std::size_t sentences() const { return sentence_start_.size() - 1; }
    std::size_t words(std::size_t s) const { return sentence_start_[s + 1] - sentence_start_[s]; }

    // The features of word i of sentence s that do not depend on the labels decided before it.
    void local(std::size_t s, std::size_t i, std::vector<Feature>& out) const;
    // local() in its two parts, in its order: the features of the word's text alone (the same
    // wherever the word occurs, so a model's scores for them can be remembered per word, by
    // word_key()), then those of its place in the sentence and the document.
    void word_features(std::size_t s, std::size_t i, std::vector<Feature>& out) const;
    void context_features(std::size_t s, std::size_t i, std::vector<Feature>& out) const;
    WordKey word_key(std::size_t s, std::size_t i) const;
    // The features of the labels decided for the two words before it.
    void history(std::size_t s, std::size_t i, int prev1, int prev2, std::vector<Feature>& out) const;
    // The document stage's features (set_first_stage first).
    void document(std::size_t s, std::size_t i, std::vector<Feature>& out) const;

   private:
    struct Word {
        std::uint64_t word, lower, shape, short_shape;
        std::uint64_t prefix[4], suffix[4];
        std::uint64_t gazetteer;  // Gazetteer::match marks
        std::uint64_t names;      // of the training data's names
        std::uint64_t cluster[4];  // cluster path prefixes (0: none)
        std::uint32_t flags;
        std::uint32_t doc_case;  // how the word is written elsewhere in the document
        // document stage
        std::uint32_t first_label;
        std::uint32_t doc_marks;  // first-stage names of the document matched here (kind x BILU)
        std::uint32_t doc_kinds;  // kinds the first stage gave this word elsewhere (majority first)
        // Context aggregation (Ratinov & Roth 2009): the words beside each occurrence of a
        // capitalised word, and the next occurrence of it in the document (a ring; self if none).
        std::uint64_t left_lower, right_lower;
        std::uint32_t next_same;
    };
    const Word& at(std::size_t s, std::ptrdiff_t i) const;
    void analyse_word(std::string_view w, Word& out) const;
    void document_case(std::span<const std::vector<std::string_view>> sentences);
    void link_occurrences();

    std::vector<Word> words_;
    std::vector<std::size_t> sentence_start_;
    std::vector<std::uint8_t> caps_sentence_;  // a headline in capitals: case says nothing there
    std::vector<std::uint64_t> marks_;
    // Workspace of the document features, kept from document to document.
    struct CaseCount {
        std::uint32_t capital = 0, lower = 0, all = 0;
    };
    FlatTable<CaseCount> case_counts_;
    FlatTable<std::uint32_t> last_seen_;  // word -> 1 + its last occurrence
    FlatTable<std::array<std::uint16_t, kEntityKinds>> name_kinds_;
    FlatTable<std::array<std::uint16_t, kEntityKinds + 1>> word_kinds_;
    std::vector<std::vector<Chunk>> chunks_;
    std::span<const std::vector<std::string_view>> text_;
};

}  // namespace kg::nlp::ner
