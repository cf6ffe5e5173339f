// Relation patterns: relational nouns ("meetings between X and Y", "investigations into X").
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

// Pattern: "meetings between X and Y", "collusion between X and Y", "investigations into
// X's ... and Y's ...".
void RelationFinder::relational_nouns() {
    for (std::uint32_t i = begin_; i + 2 < end_; ++i) {
        const LexRecord* r = tok(i).lex;
        if (!r || r->noun_relation < 0 || !tok(i).is(shape::kLower | shape::kCap)) continue;
        auto rel = static_cast<Relation>(r->noun_relation);
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
