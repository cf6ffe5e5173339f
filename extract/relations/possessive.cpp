// Relation patterns: possessive nominals ("X's replacement, Y", "PLACE's ORG", "X's
// efforts to ..."), "X successor Y".
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

// Pattern: "X's replacement (as ambassador) (in Berlin), Y" / "... will be Y";
// "Norway's Foreign Ministry" (part_of); "Peru's efforts to influence the vote".
void RelationFinder::possessive_nominals() {
    // Nothing owned ("Acme's", "his"), and no noun such as "successor" after a name.
    if (!sentence_possessive_ && !sentence_has(lx::kRelNoun)) return;
    for (std::uint32_t i = begin_; i < end_; ++i) {
        int xm = mention_at(i);
        if (xm < 0 || mention(xm).last != i + 1) continue;
        const Mention& x = mention(xm);
        bool pronoun_possessive = x.kind == MentionKind::Pronoun && x.possessive;
        if (!x.possessive && !pronoun_possessive) {
            // "McFarlane successor John Poindexter": a name, then the noun, then a name.
            if (x.entity >= 0 && x.type == NodeType::Person && i + 2 < end_ &&
                noun_relation_of(i + 1) == static_cast<int>(Relation::succeeds)) {
                int ym = mention_at(i + 2);
                if (ym >= 0 && mention(ym).type == NodeType::Person && entity_of(ym) >= 0) {
                    if (is(i + 1, "predecessor"))
                        emit(x.entity, Relation::succeeds, entity_of(ym), word(i + 1), x.first, mention(ym).last, 0.7);
                    else
                        emit(entity_of(ym), Relation::succeeds, x.entity, word(i + 1), x.first, mention(ym).last, 0.7);
                }
            }
            continue;
        }
        if (x.entity < 0) continue;
        std::uint32_t t = i + 1 + (x.kind == MentionKind::Pronoun ? 0 : 1);
        if (t >= end_) continue;
        // PLACE's ORG
        if (int om = mention_at(t); om >= 0 && type_of(x.entity) == NodeType::Place &&
                                    entity_of(om) >= 0 && type_of(entity_of(om)) == NodeType::Organization) {
            emit(entity_of(om), Relation::part_of, x.entity, "", x.first, mention(om).last, 0.8);
            continue;
        }
        // ORG's ORG ("Acme's Bolt Group": a part of it); PERSON's ORG ("Lund's Labour Party":
        // belongs to it). Only when the second name heads its phrase ("Acme's Bolt stake" does not).
        if (int om = mention_at(t); om >= 0 && x.kind == MentionKind::Name && mention(om).first == t &&
                                    mention(om).kind == MentionKind::Name && entity_of(om) >= 0 &&
                                    type_of(entity_of(om)) == NodeType::Organization && !mention(om).possessive &&
                                    !(mention(om).last < end_ && tok(mention(om).last).is(shape::kLower) &&
                                      noun_after_name(mention(om).last))) {
            if (type_of(x.entity) == NodeType::Organization)
                emit(entity_of(om), Relation::part_of, x.entity, "'s", x.first, mention(om).last, 0.7);
            else if (type_of(x.entity) == NodeType::Person)
                emit(x.entity, Relation::member_of, entity_of(om), "'s", x.first, mention(om).last, 0.65);
            continue;
        }
        while (t < end_ && tok(t).is(shape::kLower) && !tok(t).has(lx::kRelNoun | lx::kStop) && t < i + 4) ++t;
        if (t >= end_) continue;
        std::string noun = word(t);
        if (noun == "efforts" || noun == "effort" || noun == "attempt" || noun == "attempts" ||
            noun == "bid" || noun == "plan" || noun == "plans") {
            if (t + 2 < end_ && is(t + 1, "to") && tok(t + 2).is(shape::kLower)) {
                std::uint32_t oe = 0;
                int om = object_at(t + 3, &oe);
                if (om >= 0)
                    emit(x.entity, Relation::related, entity_of(om), noun + " to " + word(t + 2), x.first,
                         mention(om).last, 0.6);
            }
            continue;
        }
        if (noun_relation_of(t) < 0) continue;
        auto rel = static_cast<Relation>(tok(t).lex->noun_relation);
        if (rel == Relation::succeeds) {
            successor_pattern(x, t, noun);
        } else if (rel == Relation::family && type_of(x.entity) == NodeType::Person) {
            // "Keel's wife, Lena Dorr", "his son Erik": the person named after the noun.
            std::uint32_t y = t + 1;
            if (y < end_ && is(y, ",")) ++y;
            int ym = mention_at(y);
            if (ym >= 0 && mention(ym).first == y && mention(ym).kind == MentionKind::Name && entity_of(ym) >= 0 &&
                type_of(entity_of(ym)) == NodeType::Person)
                emit(entity_of(ym), Relation::family, x.entity, noun, x.first, mention(ym).last, 0.75);
        } else if (rel == Relation::meets && t + 1 < end_ && is(t + 1, "with")) {
            int ym = object_at(t + 2);
            if (ym >= 0) emit(x.entity, Relation::meets, entity_of(ym), noun, x.first, mention(ym).last, 0.75);
        }
    }
}

// A noun of ownership or dealing that the name before it modifies ("Acme's Bolt stake").
bool RelationFinder::noun_after_name(std::uint32_t t) const {
    static constexpr std::string_view kNouns[] = {
        "stake", "stakes", "shares", "share", "stock", "holding", "holdings", "interest", "offer", "bid",
        "deal", "acquisition", "purchase", "takeover", "merger", "sale", "common", "debt", "bonds", "plan"};
    std::string w = word(t);
    for (auto n : kNouns)
        if (w == n) return true;
    return false;
}

void RelationFinder::successor_pattern(const Mention& x, std::uint32_t noun_at, const std::string& noun) {
    std::uint32_t t = noun_at + 1;
    std::string as_title;
    int place = -1;
    std::uint32_t place_end = t;
    for (int guard = 0; guard < 3 && t + 1 < end_; ++guard) {
        if (is(t, "as") && tok(t + 1).has(lx::kTitle)) {
            as_title = word(t + 1);
            t += 2;
        } else if (is(t, "in") || is(t, "at")) {
            int m = mention_at(t + 1);
            if (m < 0 || entity_of(m) < 0 || type_of(entity_of(m)) != NodeType::Place) break;
            place = entity_of(m);
            t = mention(m).last;
            place_end = t;
        } else {
            break;
        }
    }
    if (t >= end_) return;
    if (is(t, ",")) {
        ++t;
    } else {
        while (t < end_ && (is(t, "will") || is(t, "would") || is(t, "is") || is(t, "was") ||
                            is(t, "be") || is(t, "has") || is(t, "been")))
            ++t;
    }
    int ym = mention_at(t);
    if (ym < 0 || mention(ym).type != NodeType::Person || mention(ym).entity < 0) return;
    int y = mention(ym).entity;
    std::string label = noun + (as_title.empty() ? "" : " as " + as_title);
    if (noun == "predecessor") emit(x.entity, Relation::succeeds, y, label, x.first, mention(ym).last, 0.8);
    else emit(y, Relation::succeeds, x.entity, label, x.first, mention(ym).last, 0.8);
    if (place >= 0) emit(y, Relation::located_in, place, noun + " in", x.first, place_end, 0.6);
    if (!as_title.empty()) {
        // The successor takes the predecessor's title at the same employer.
        for (const RelationCandidate& c : std::vector<RelationCandidate>(out_)) {
            if (c.subject == x.entity && c.relation == Relation::role && last_title_word(c.label) == as_title)
                emit(y, Relation::role, c.object, as_title, x.first, mention(ym).last, 0.6);
        }
    }
}

}  // namespace kg::extract::relation_rules
