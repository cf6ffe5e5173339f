// Stage 8: news outlets. Reporting is provenance, not a social tie: an organisation the text
// treats as a newspaper, broadcaster or agency is marked an outlet (the analyses leave outlets
// out unless asked), and a sentence that cites an outlet ("according to X", "X reported",
// "she told X") names it as the source of the statements it holds. A wire credit at the
// article's start ("(X) -") is the source of every sentence that cites no other outlet.
//
// Outlets are told by their role in the text, never by their names: the cue words (the last
// word of a newspaper's name, "the newspaper X", "an X reporter", "X reported that", "in an
// interview with X") are data in lexicon/outlets.txt.
#pragma once

#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

struct Outlets {
    std::vector<char> is_outlet;  // per entity of the document when found
    std::vector<int> cited;       // per sentence: the outlet entity the sentence names, -1 if none
    int credit = -1;              // the outlet credited at the article's start, -1 if none

    // The outlet a statement of this sentence rests on: the one the sentence names, else the
    // wire credit; -1 if none.
    bool outlet(int entity) const {
        return entity >= 0 && entity < static_cast<int>(is_outlet.size()) && is_outlet[entity];
    }
    int source_of(int sentence) const {
        if (sentence >= 0 && sentence < static_cast<int>(cited.size()) && cited[sentence] >= 0)
            return cited[sentence];
        return credit;
    }
};

// Whether find_outlets looks at this mention: a name of an organisation, a place or a thing
// of unknown kind (a person is never an outlet). Its cues read the sentence's parse.
bool examined_for_outlet(const Mention& m, const Document& doc);

// Also types as an organisation an unknown name that only an outlet's nouns surround ("the
// newspaper X"). Runs before the relations, which read the types.
Outlets find_outlets(Document& doc, const Lexicon& lexicon);

}  // namespace kg::extract
