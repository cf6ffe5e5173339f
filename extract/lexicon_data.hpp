// The generated lexicon table (extract/tools/gen_lexicon.py writes lexicon_data.cpp at build
// time from extract/lexicon/*.txt and Debian data). One record per lower-case key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kg::extract {

struct LexRecord {
    std::string_view key;          // lower case; multi-word keys are space-separated
    std::uint32_t flags;           // LexFlag bits
    std::string_view canonical;    // place or institution the word names ("German" -> Germany)
    std::string_view lemma;        // verbs: the base form ("met" -> meet)
    std::int8_t verb_relation;     // kg::Relation of a verb, -1 if none, kLightVerb for "have", "take"
    std::int8_t noun_relation;     // kg::Relation of a relational noun, -1 if none
    std::string_view institution;  // titles: the body the title implies ("senator" -> Senate)
    std::uint8_t phrase_length;    // longest multi-word key starting with this word
    std::uint8_t outlet;           // outlet_cue bits: how the word tells a news outlet
    std::string_view verb_preps;   // verbs: prepositions that make them state a relation ("for at")
    std::int8_t verb_prep_relation;  // kg::Relation with one of those prepositions ("work for"), -1 if none
};

// verb_relation of a light verb, which states no link by itself ("X has a Y": no tie to Y).
// Such verbs keep their common-word flags, so a token of one has no record until asked.
constexpr std::int8_t kLightVerb = -2;

extern const LexRecord kLexRecords[];
extern const std::size_t kLexRecordCount;

}  // namespace kg::extract
