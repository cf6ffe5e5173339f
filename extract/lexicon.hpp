// Lexicon lookup: what the project and Debian's word lists know about a word or phrase.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon_data.hpp"
#include "graph/types.hpp"

namespace kg::extract {

// Bits of LexRecord::flags; the order matches FLAGS in tools/gen_lexicon.py.
namespace lx {
enum : std::uint32_t {
    kCommon = 1u << 0,        // a lower-case dictionary word ("controversial")
    kGiven = 1u << 1,         // a given name
    kFemale = 1u << 2,        // a female given name or pronoun
    kMale = 1u << 3,          // a male pronoun or honorific
    kCountry = 1u << 4,
    kCity = 1u << 5,
    kRegion = 1u << 6,        // state or province
    kDemonym = 1u << 7,       // "German" -> Germany
    kOrgAdj = 1u << 8,        // "Parliamentary" -> Parliament
    kTitle = 1u << 9,         // head of a title ("ambassador")
    kTitleMod = 1u << 10,     // builds a title ("deputy", "foreign")
    kOrgHead = 1u << 11,      // capitalised organisation head ("Ministry")
    kOrgHeadLower = 1u << 12, // lower-case organisation head after a name ("parliament")
    kEventHead = 1u << 13,
    kMonth = 1u << 14,
    kWeekday = 1u << 15,
    kPronoun = 1u << 16,
    kGeneric = 1u << 17,      // generic people nouns ("officials")
    kVerb = 1u << 18,
    kRelNoun = 1u << 19,      // nouns stating a relation ("replacement", "meetings")
    kHedge = 1u << 20,
    kNegation = 1u << 21,
    kAttrib = 1u << 22,
    kStop = 1u << 23,
    kAbbrev = 1u << 24,       // abbreviation whose full stop ends no sentence
    kPhraseHead = 1u << 25,   // first word of a multi-word key
    kHonorific = 1u << 26,
    kFemaleCue = 1u << 27,    // a noun or title only women hold ("spokeswoman")
    kPlaceAbbrev = 1u << 28,  // "US" -> United States
    kNumberWord = 1u << 29,
    kNonEntityHead = 1u << 30,  // "pact", "scandal": a name before it names no entity
    kOrgNoun = 1u << 31,        // "the company": refers to an organisation named before
};
}  // namespace lx

// Bits of LexRecord::outlet (lexicon/outlets.txt; the order matches OUTLET_KINDS in
// tools/gen_lexicon.py): how a word tells that a name next to it is a news outlet.
namespace outlet_cue {
enum : std::uint8_t {
    kNameLast = 1u << 0,   // last word of an outlet's name ("... Courier")
    kNameAny = 1u << 1,    // any word of an outlet's name ("... Television Network")
    kNoun = 1u << 2,       // "the newspaper X", "X newspaper"
    kHead = 1u << 3,       // a noun for an outlet after a modifier ("news agency")
    kModifier = 1u << 4,   // the modifier of such a head ("news", "wire")
    kAfterName = 1u << 5,  // "an X reporter", "an X interview"
    kVerb = 1u << 6,       // "X quoted her as saying"
    kNameCited = 1u << 7,  // last word of an outlet's name where the text cites it ("... Post")
};
}  // namespace outlet_cue

class Lexicon {
   public:
    Lexicon();
    // `lower` must already be lower case (see to_lower_ascii).
    const LexRecord* find(std::string_view lower) const;
    // Only words that are more than a plain dictionary word (title, verb, place, stop word...).
    // Enough for a word written in lower case, and a much smaller table to search.
    const LexRecord* find_special(std::string_view lower) const;
    std::uint32_t flags(std::string_view lower) const {
        const LexRecord* r = find(lower);
        return r ? r->flags : 0;
    }

   private:
    // Open addressing over the generated records: one probe sequence of 8-byte slots, no
    // pointer chasing (the hot path of tokenisation).
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t record = 0;  // index + 1; 0 = empty
    };
    struct Table {
        std::vector<Slot> slots;
        std::size_t mask = 0;
        void build(const std::vector<std::uint32_t>& records);
        const LexRecord* find(std::string_view lower, std::uint32_t hash) const;
    };
    Table special_;  // records with any flag besides kCommon
    Table common_;   // plain dictionary words ("is this capitalised word a common word?")
};

// ASCII lower case into `out` (non-ASCII bytes copied); returns a view of `out`.
std::string_view to_lower_ascii(std::string_view s, std::string& out);

}  // namespace kg::extract
