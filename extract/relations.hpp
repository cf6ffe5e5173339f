// Stage 7: relation patterns over mentions and tokens. Each pattern is a small function:
// titles (stacked before a name, appositive, "as"/copula), possessive nominals ("X's
// replacement, Y"), subject-verb-object with passives and agents, coordination, relational
// nouns ("meetings between X and Y", "investigations into X"), "X told Y", located_in. Then,
// when the NLP core ran, the relations read from the dependency parse (relations/dependency.cpp)
// for the pairs the patterns did not join.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "graph/types.hpp"

namespace kg::extract {

struct Outlets;  // extract/outlets.hpp

struct RelationCandidate {
    int subject = -1, object = -1;  // entities
    Relation relation = Relation::related;
    std::string label;
    int sentence = 0;
    std::uint32_t first = 0, last = 0;  // tokens the statement rests on (flag scope)
    double confidence = 0.5;
    // Hedged and negated as the parse scopes them (the predicate, its auxiliaries and the
    // clauses above it), for statements read from the parse; -1: read from the sentence's
    // words (extract/flags.hpp).
    int scoped_flags = -1;
};

// May add entities implied by titles ("Senator" -> Senate).
// `outlets` (may be null): the news outlets find_outlets found, which no rule takes for the
// body an article is about.
std::vector<RelationCandidate> find_relations(Document& doc, const Lexicon& lexicon, const Outlets* outlets = nullptr);

// Drops the statements of a sentence whose subject or object is a body it names only as its
// cited source ("According to the Farm Agency, Ivo Pardek met Tomas Lund": the agency met
// nobody; a person cited is mostly one of the bodies' own and keeps the ties),
// unless the statement rests on the source's own words ("according to the Vela Herald in
// Oslo" still places the paper).
void drop_cited_sources(const Document& doc, std::vector<RelationCandidate>& relations);

}  // namespace kg::extract
