// Stage 3 and 4: tokens of a sentence, each looked up in the lexicon. Possessive "'s" and a
// bare "'" after a plural become their own tokens, "--" is a dash token, hyphenated words stay
// whole ("US-China", "58-year-old") except a lower-case prefix before a capital ("then-").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

// Per-thread working memory of the tokenizer: a lower-casing buffer and a small cache of
// recent lexicon lookups (words repeat: the cache keeps the lexicon's large table out of
// the hot path).
class TokenScratch {
   public:
    TokenScratch();
    // `capitalised`: plain dictionary words matter only for capitalised words (is "Marsh" a
    // word?); a lower-case word is looked up among the special words only.
    // `flags`, when given, receives the record's flags (0 if none) from the cache entry.
    // `readable`: bytes that may be read from word.data() (at least word.size()); with 16 or
    // more, the word is loaded in two words at once.
    const LexRecord* lookup(std::string_view word, const Lexicon& lexicon, bool capitalised,
                            std::uint32_t* flags = nullptr, std::size_t readable = 0);
    std::string& buffer() { return lower_; }

   private:
    // A direct-mapped cache of 32-byte entries, two per cache line. The key is the word in
    // lower case, zero-padded to 16 bytes and compared as two words: no call, no hash stored.
    // Longer words (rare) go to the lexicon directly.
    struct Entry {
        std::uint64_t key[2] = {};
        std::uint32_t size = 0;  // 0x80: looked up as capitalised; 0: empty
        std::uint32_t flags = 0;  // record->flags, without touching the record
        const LexRecord* record = nullptr;
    };
    static constexpr std::size_t kCacheEntries = 8192;  // 256 KiB: fits in L2 beside the text
    std::vector<Entry> cache_;
    std::string lower_;
};

// Appends the tokens of `sentence` to `out` and sets its token range.
void tokenize(std::string_view text, Sentence& sentence, const Lexicon& lexicon,
              std::vector<Token>& out, TokenScratch& scratch);

// Looks a token's text up in the lexicon (lower case; a final full stop is tried without).
const LexRecord* lookup(std::string_view word, const Lexicon& lexicon, std::string& scratch);

}  // namespace kg::extract
