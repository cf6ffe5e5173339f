// Relation patterns: relational nouns ("meetings between X and Y", "investigations into X",
// "Acme's acquisition of Bolt").
#include "extract/relations/finder.hpp"
#include "extract/relations/word_set.hpp"

namespace kg::extract::relation_rules {

// Pattern: "meetings between X and Y", "collusion between X and Y", "investigations into
// X's ... and Y's ...".
void RelationFinder::relational_nouns() {
    if (!sentence_has(lx::kRelNoun)) return;  // every relational noun has the flag
    for (std::uint32_t i = begin_; i + 2 < end_; ++i) {
        if (noun_relation_of(i) < 0 || !tok(i).is(shape::kLower | shape::kCap)) continue;
        auto rel = static_cast<Relation>(tok(i).lex->noun_relation);
        std::string noun = word(i);
        std::string prep = word(i + 1);
        if (prep == "between") {
            std::uint32_t ae = 0;
            int a = object_at(i + 2, &ae);
            if (a < 0 || ae + 1 >= end_ || !is(ae, "and")) continue;
            int b = object_at(ae + 1);
            if (b < 0) continue;
            emit(entity_of(a), rel, entity_of(b), noun, i, mention(b).last, 0.75);
        } else if (prep == "into" && rel == Relation::investigates) {
            std::vector<int> subjects = subjects_before(i);
            std::vector<int> objects;
            std::uint32_t stop = i + 2;
            while (stop < end_ && !is(stop, ",") && !is(stop, ";") && !tok(stop).is(shape::kDash)) ++stop;
            for (std::uint32_t t = i + 2; t < stop; ++t) {
                int m = mention_at(t);
                if (m < 0) continue;
                if (mention(m).possessive && mention(m).entity >= 0) objects.push_back(mention(m).entity);
                t = mention(m).last - 1;
            }
            if (objects.empty()) {
                int m = object_at(i + 2);
                if (m >= 0) objects.push_back(entity_of(m));
            }
            for (int s : subjects)
                for (int o : objects) emit(s, Relation::investigates, o, noun + " into", i, stop, 0.7);
        }
    }
}

}  // namespace kg::extract::relation_rules

namespace kg::extract::relation_rules {

namespace {

constexpr WordSet<8> kDealingNouns({"acquisition", "purchase", "takeover", "merger", "bid", "buyout", "offer",
                                    "tender"});

// A dealing noun, in any case (this runs for every lower-case word).
bool is_dealing_noun_text(std::string_view text) { return kDealingNouns.contains(text); }

}  // namespace

// Pattern: the nouns of business dealings. "Acme's acquisition of Bolt", "its takeover bid for
// Bolt", "completed the purchase of Bolt" (the clause's subject), "the merger with Bolt",
// "a takeover offer from Acme" (Acme bids for the subject). The noun and its preposition are
// the label of a related statement.
void RelationFinder::dealing_nouns() {
    if (!sentence_names(NodeType::Organization)) return;  // no company to deal in
    for (std::uint32_t i = begin_ + 1; i + 2 < end_; ++i) {
        if (!tok(i).is(shape::kLower) || !is_dealing_noun_text(doc_.token_text(i))) continue;
        std::uint32_t p = i + 1;
        std::string prep = word(p);
        std::string noun = word(i);
        bool bid = noun == "bid" || noun == "offer" || noun == "tender";
        // "bid/offer for X", "offer from X"; "acquisition/purchase/takeover of X"; "merger with X".
        if (bid ? (prep != "for" && prep != "from") : noun == "merger" ? (prep != "with" && prep != "of") : prep != "of")
            continue;
        std::uint32_t oe = 0;
        int om = object_at(p + 1, &oe);
        if (om < 0 || entity_of(om) < 0 || type_of(entity_of(om)) != NodeType::Organization) continue;
        // The one who deals: a possessive before the noun ("Acme's", "its"), else an agent after
        // the object ("of Bolt by Acme"), else the clause's subject.
        int dealer = -1;
        std::uint32_t k = i;
        while (k > begin_ && k + 3 > i && tok(k - 1).is(shape::kLower) && !tok(k - 1).has(lx::kStop | lx::kVerb) &&
               !is(k - 1, "its"))
            --k;
        if (k > begin_) {
            int pm = mention_at(k - 1);
            if (pm < 0 && tok(k - 1).is(shape::kPossessive) && k - 1 > begin_) pm = mention_at(k - 2);
            if (pm >= 0 && mention(pm).possessive && entity_of(pm) >= 0) dealer = entity_of(pm);
        }
        if (dealer < 0 && oe + 1 < end_ && is(oe, "by")) {
            int am = object_at(oe + 1);
            if (am >= 0) dealer = entity_of(am);
        }
        if (dealer < 0) dealer = subject_before(i);
        if (dealer < 0 || type_of(dealer) == NodeType::Place) continue;
        std::string label = word(i) + " " + prep;
        if (prep == "from") emit(entity_of(om), Relation::related, dealer, label, i, oe, 0.6);
        else emit(dealer, Relation::related, entity_of(om), label, i, oe, 0.6);
    }
}

}  // namespace kg::extract::relation_rules
