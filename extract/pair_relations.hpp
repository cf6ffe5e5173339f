// Stage 7b (after the relation rules, when the NLP core ran): the relation classifier. For
// two people, organisations or places named in one sentence, a trained linear model
// (models/relations.kgm) reads the words between them, the dependency path that joins them
// and what the rules said, and states, when it is confident, the relation their types allow
// (a person works for an organisation or lives in a place; an organisation is based in a
// place; a place lies in a place) or a link of another kind (`related`). Pairs the rules
// already joined in the sentence are left to them.
#pragma once

#include <span>
#include <vector>

#include "extract/core/models.hpp"
#include "extract/document.hpp"
#include "extract/outlets.hpp"
#include "extract/relations.hpp"

namespace kg::extract {

struct PairCandidate {
    int sentence = 0;
    int subject = -1, object = -1;  // mentions (by name), in the relation's direction
    nlp::PairRelation relation = nlp::PairRelation::none;  // the one their types allow
};

// The relation two entity types allow (Person -> Organization: work_for, ...), none if none.
nlp::PairRelation allowed_relation(NodeType subject, NodeType object);

// Every ordered pair of named mentions of different entities in one sentence whose types allow
// a relation, and every pair (in text order) as a link, named events included ("X hosted the
// 41st Tarn Film Festival"); once per entity pair, relation and sentence (the first mentions that
// pair them). Linear in the article: a mention is paired with at most kMaxPairGap mentions
// after it. Left out: a name written as an adjective ("Parliamentary", "Parisian": what it
// qualifies is the rules' business); a place inside an event's name ("the Norwegian election"); a
// country as the place that lies in another (a country contains places); a person and a
// country (mostly a nationality, which kgraph's located_in, where one is based, is not;
// CoNLL04 counts it as Live_In, so this costs a little there).
inline constexpr int kMaxPairGap = 10;
std::vector<PairCandidate> pair_candidates(const Document& doc, const Lexicon& lexicon);

// The relations the rules found, by sentence and entity pair, as features of the classifier.
class RuleEvidence {
   public:
    explicit RuleEvidence(std::span<const RelationCandidate> relations);
    // The rule relations between the entities in the sentence, as (relation, same direction).
    std::vector<std::pair<Relation, bool>> between(int sentence, int subject, int object) const;
    bool joined(int sentence, int a, int b) const;

   private:
    std::vector<RelationCandidate> sorted_;  // by sentence, smaller entity, larger entity
};

// The classifier's features of one candidate (appended to `out`, which is cleared first).
void pair_features(const Document& doc, const PairCandidate& c, const RuleEvidence& rules,
                   const nlp::WordClusters* clusters, std::vector<nlp::Feature>& out);

// Pairs the classifier states nothing of, whatever its model says (the rules still may):
// the speaker of a report and a name in what it reports ("Sales rose in Chad, the Farm
// Department said"; "..., Farm Department spokesman Ivo Pardek said.", read from the words
// when the parse hangs the speaker elsewhere), unless the report's subject is the other name
// or a pronoun;
bool speaker_and_reported(const Document& doc, const Mention& a, const Mention& b);
// and, for a typed relation, an owner of another noun as the place or body the other belongs
// to ("a study of Chad's harbour plan", "Texaco's management"), unless that noun is part of
// a name or of the other's phrase ("Chad's Vela Corp", "Chad's state agency Vela").
bool owns_another_noun(const Document& doc, const Mention& owner, const Mention& other);
// and two items of one list of three or more ("A, B, C and D"; a town with its state, "Jackson,
// Wyo.", is one item): being listed together states no tie.
bool listed_together(const Document& doc, const Mention& a, const Mention& b);
// and a town written with its state ("Jackson, Wyo.") as in any other place, or as holding
// another town, state or country of its sentence: the text has said where it is.
bool placed_by_its_state(const Document& doc, const Mention& town, const Mention& other);

// All of the above for one candidate, and a news outlet at either end: what the stage
// passes over before asking the model (training measures its cut the same way).
bool passed_over(const Document& doc, const PairCandidate& c, const Outlets& outlets);

// The stage: appends a statement for each candidate the model is confident of and the rules
// did not join. A news outlet takes part in none (naming it is provenance, stage 6b). Does
// nothing when the model is empty or the article has no parse.
void add_classified_relations(const Document& doc, const Lexicon& lexicon, const nlp::Models& models,
                              const Outlets& outlets, std::vector<RelationCandidate>& relations);

}  // namespace kg::extract
