// Gazetteers: lists of phrases (country names, cities, given names, demonyms, common
// lower-case words...) matched case-insensitively against a sentence. Each word learns, for
// each list, whether a listed phrase begins (B), continues (I), ends (L) or is (U) there —
// Ratinov & Roth's gazetteer features. Phrases are stored as 64-bit hashes of their
// lower-cased words, so a list costs 10 bytes an entry in the model.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/nlp/model_file.hpp"

namespace kg::nlp::ner {

class Gazetteer {
   public:
    static constexpr int kMaxLists = 16;
    static constexpr int kMaxWords = 8;  // longer phrases are not listed

    // A new list; returns its id (< kMaxLists).
    int add_list(std::string name);
    // Adds a phrase of words separated by single spaces. Phrases of more than kMaxWords words
    // or of none are ignored.
    void add(int list, std::string_view phrase);
    // Call after the last add(): sorts and indexes the entries.
    void finish();

    // marks[i] gets, for each list l, bits 4l..4l+3 = B, I, L, U of the phrases matched around
    // word i (all matches, overlapping ones included). marks.size() == words.size().
    void match(std::span<const std::string_view> words, std::span<std::uint64_t> marks) const;
    // The lists holding the single word `word` (bit l set for list l).
    std::uint32_t lists_of_word(std::string_view word) const;

    std::size_t entries() const { return keys_.size(); }
    const std::vector<std::string>& list_names() const { return names_; }

    void save(ModelWriter& out) const;
    static Gazetteer load(ModelReader& in);

   private:
    // Set on the key of the first words of a longer phrase: matching goes on past them, and
    // stops at the first word that starts no phrase (most words).
    static constexpr std::uint32_t kPrefix = 1u << 31;
    std::uint32_t lookup(std::uint64_t key) const;
    void sort_unique();
    std::vector<std::string> names_;
    // Sorted, unique keys and the lists (bit set) of each.
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> lists_;
    int longest_ = 0;
    // Open addressing over keys_ with each key's lists beside it, so that a lookup costs one
    // cache line (an index into keys_ and lists_ cost three dependent ones). Keys are never
    // 0 (PhraseHash::key): 0 marks an empty slot.
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t lists = 0;
    };
    std::vector<Slot> index_;
};

// Hashes a phrase word by word, lower-casing ASCII letters, as the gazetteer keys them.
class PhraseHash {
   public:
    void add_word(std::string_view w);
    std::uint64_t key() const;

   private:
    std::uint64_t h_ = 1469598103934665603ull;
    bool first_ = true;
};

// Builds the gazetteer from Debian data under `root` ("/" normally): iso-codes (countries,
// regions, languages, currencies), tzdata and miscfiles (cities, given names), wamerican
// (common words), wordnet-base (places, people, organisations, events and demonyms WordNet
// names), and the extractor's own word lists in `lexicon_dir` (titles, organisation heads).
// Missing files are skipped and reported through `note`.
// The source tree's extract/lexicon (compiled in; training only).
std::string default_lexicon_dir();

Gazetteer build_gazetteer(const std::string& root, const std::string& lexicon_dir,
                          void (*note)(const std::string&));

}  // namespace kg::nlp::ner
