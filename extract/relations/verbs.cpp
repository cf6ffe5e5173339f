// Relation patterns: subject - verb - object, passives with "by" agents, coordinated subjects
// and objects; the verb maps to a relation through the lexicon and stays as the label.
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

// Pattern: subject - verb - object, passives with "by" agents, coordinated subjects.
void RelationFinder::verb_relations() {
    if (!sentence_has(lx::kVerb)) return;  // every verb of a relation has the flag
    for (std::uint32_t v = begin_; v < end_; ++v) {
        const Token& t = tok(v);
        if (!t.is(shape::kLower) || verb_relation_of(v) < 0) continue;
        if (mention_at(v) >= 0) continue;
        auto rel = static_cast<Relation>(t.lex->verb_relation);
        std::string label = word(v);
        std::string_view w = label;
        bool ends_ing = w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0;
        bool participle = !ends_ing && w != t.lex->lemma && w.back() != 's';
        if (participle && passive_before(v)) {
            // Agent after "by" in the same clause.
            for (std::uint32_t k = v + 1; k < end_ && k < v + 12; ++k) {
                if (clause_break_at(k) || is(k, ",")) break;
                if (!is(k, "by")) continue;
                int am = object_at(k + 1);
                int patient = subject_before(v);
                if (am >= 0 && patient >= 0) emit(entity_of(am), rel, patient, label, v, mention(am).last, 0.75);
                break;
            }
            continue;
        }
        if (v > begin_ && is_noun_position(v)) continue;  // "the fund", "the campaign's contacts"
        std::vector<int> subjects = subjects_before(v);
        if (subjects.empty()) continue;
        // The object: the first entity after the verb in the clause; a preposition right
        // after the verb joins the label ("returning to").
        std::uint32_t k = v + 1;
        std::string prep;
        if (k < end_ && preposition_at(k) && !is(k, "by")) {
            prep = word(k);
            ++k;
        }
        // "called on X to act": an appeal, not a phone call or a visit ("a courtesy call on X"
        // is a noun).
        if (prep == "on" && t.lex->lemma == "call" && (label != "call" || (v > begin_ && is(v - 1, "to"))))
            rel = Relation::communicates;
        int om = -1;
        // Whom one tells or asks comes right after the verb ("told Reuters", "told a Senate
        // committee"); "told reporters after a meeting of X" tells X nothing.
        std::uint32_t reach = rel == Relation::communicates ? k + 4 : v + 10;
        for (std::uint32_t q = k; q < end_ && q < reach; ++q) {
            if (clause_break_at(q) || is(q, ",") || is(q, "and") || is(q, "by")) break;
            if (rel == Relation::communicates && tok(q).has(lx::kGeneric) && mention_at(q) < 0) break;
            if (tok(q).is(shape::kLower) && verb_relation_of(q) >= 0 && q > k) break;
            int m = mention_at(q);
            if (m < 0) continue;
            if (mention(m).entity < 0 || mention(m).possessive) {
                q = mention(m).last - (mention(m).possessive ? 0 : 1);
                continue;
            }
            // Places after "in"/"at" are where, not whom.
            if (type_of(mention(m).entity) == NodeType::Place && q > v + 1 &&
                (is(q - 1, "in") || is(q - 1, "at")) && rel != Relation::related)
                break;
            // "met West German Finance Minister Gerhard Stoltenberg": the demonym and the
            // title's owner modify the person met; so does a place before a noun ("told U.S.
            // growers").
            if (mention(m).kind == MentionKind::Demonym || mention_is_modifier(m) ||
                (type_of(mention(m).entity) == NodeType::Place && mention(m).last < end_ &&
                 tok(mention(m).last).is(shape::kLower) && !tok(mention(m).last).has(lx::kStop | lx::kVerb) &&
                 rel == Relation::communicates)) {
                q = mention(m).last - 1;
                continue;
            }
            om = m;
            break;
        }
        // "Baker and Volcker met today", "... met in Geneva": the coordinated subjects meet
        // one another when no one else is met.
        if (subjects.size() > 1 && prep != "with" && meets_without_object(v) &&
            (om < 0 || type_of(entity_of(om)) == NodeType::Place))
            for (std::size_t i = 0; i < subjects.size(); ++i)
                for (std::size_t j = i + 1; j < subjects.size(); ++j)
                    emit(subjects[i], Relation::meets, subjects[j], word(v), v, v + 1, 0.7);
        if (om < 0) continue;
        if (!prep.empty()) label += " " + prep;
        std::vector<int> objects{om};
        // "met X and Y", "met X, Y and Z": coordinated objects of the same kind.
        for (std::uint32_t k = mention(objects.back()).last; k + 1 < end_ && (is(k, "and") || is(k, ","));) {
            bool last = is(k, "and");
            std::uint32_t n = k + 1;
            if (!last && is(n, "and")) {
                last = true;
                ++n;
            }
            std::uint32_t next_end = 0;
            int next = object_at(n, &next_end);
            if (next < 0 || mention(next).type != mention(om).type || mention(next).first > n + 4) break;
            objects.push_back(next);
            k = mention(next).last;
            if (last) break;
        }
        for (int o : objects)
            for (int s : subjects) {
                // One appoints or dismisses people ("named five others from Bolt Inc": no
                // statement about Bolt Inc).
                if ((rel == Relation::appoints || rel == Relation::dismisses) &&
                    type_of(entity_of(o)) != NodeType::Person)
                    continue;
                emit(s, typed_verb_relation(rel, s, entity_of(o)), entity_of(o), label, v, mention(o).last, 0.7);
            }
        if (rel == Relation::appoints) appointed_title(subjects, om);
    }
}

// "met" or "meet" used without an object ("met today", "will meet in Vellin"), not a noun
// ("the talks", "a meeting") and not "meet its obligations".
bool RelationFinder::meets_without_object(std::uint32_t v) const {
    if (!is(v, "met") && !is(v, "meet")) return false;
    if (v + 1 >= end_) return true;
    return !starts_noun_phrase(v + 1) && !is(v + 1, "that") && !is(v + 1, "all") &&
           !is(v + 1, "any") && !is(v + 1, "some");
}

// "leads", "heads" state a role only from a person to a body; "joined" membership only of a
// body. Otherwise ("the bank led the syndicate", "Lee joined Kim") the verb is a plain relation.
Relation RelationFinder::typed_verb_relation(Relation rel, int subject, int object) const {
    if (rel == Relation::role && (type_of(subject) != NodeType::Person || type_of(object) == NodeType::Person))
        return Relation::related;
    if (rel == Relation::member_of && type_of(object) == NodeType::Person) return Relation::related;
    return rel;
}

}  // namespace kg::extract::relation_rules
