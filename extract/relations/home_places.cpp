// Pattern: where a person lives, was born or grew up, said of the place rather than of the
// person: "Tarnby, where Ivo Pardek lives", "the town of Lundby where Mara Holm was born";
// "Dalby, Ohio, Karl Lind's hometown"; "Lind's hometown of Dalby"; "Dalby is Lind's home
// state", "Lind's hometown, Dalby,". The person is located in the place (DESIGN.md:
// located_in, "anything in / based in"), read from the words, as the parse rarely hangs such
// a clause on its place.
#include "extract/relations/finder.hpp"
#include "extract/relations/word_set.hpp"

namespace kg::extract::relation_rules {
namespace {

// Verbs of a home: "where X lives / lived / was born / grew up / died".
constexpr WordSet<12> kHomeVerbs({"lives", "lived", "live", "living", "born", "grew", "raised", "resides", "resided",
                                  "settled", "died", "works"});
// Nouns of a home owned by a person: "X's hometown", "her home state of Y".
constexpr WordSet<3> kHomeNouns({"hometown", "birthplace", "home"});
// "PLACE is X's home state", "X's hometown was PLACE".
constexpr WordSet<5> kCopulas({"is", "was", "being", "remains", "became"});
// Auxiliaries and adverbs between the person and the verb: "was born", "has long lived".
constexpr WordSet<8> kBeforeHomeVerb({"was", "is", "has", "had", "have", "were", "still", "once"});

}  // namespace

// The place named right before token t (a comma or "where" after it); in "Dalby, Ohio, ..."
// the town, not its state.
int RelationFinder::place_ending_at(std::uint32_t t) const {
    if (t <= begin_) return -1;
    int pm = mention_at(t - 1);
    if (pm < 0 || mention(pm).last != t || entity_of(pm) < 0 || type_of(entity_of(pm)) != NodeType::Place) return -1;
    // "Town, State": the town before the comma.
    const std::uint32_t first = mention(pm).first;
    if (first >= begin_ + 2 && is(first - 1, ",")) {
        const int town = mention_at(first - 2);
        const bool state = tok(first).has(lx::kPlaceAbbrev | lx::kRegion) && !tok(first).has(lx::kCountry);
        if (state && town >= 0 && mention(town).last == first - 1 && entity_of(town) >= 0 &&
            type_of(entity_of(town)) == NodeType::Place)
            return town;
    }
    return pm;
}

void RelationFinder::home_places() {
    if (!sentence_names(NodeType::Place) || !sentence_names(NodeType::Person)) return;
    for (int xm = first_mention_; xm < end_mention_; ++xm) {
        const Mention& x = mention(xm);
        const int xe = entity_of(xm);
        if (x.kind != MentionKind::Name || xe < 0 || type_of(xe) != NodeType::Person) continue;
        const std::uint32_t starts = x.title_first >= 0 ? static_cast<std::uint32_t>(x.title_first) : x.first;
        // "PLACE(,) where X (was) born"
        if (starts >= begin_ + 2 && is(starts - 1, "where")) {
            std::uint32_t v = x.last;
            while (v < end_ && v < x.last + 2 && kBeforeHomeVerb.contains(doc_.token_text(v))) ++v;
            if (v < end_ && tok(v).is(shape::kLower) && kHomeVerbs.contains(doc_.token_text(v))) {
                std::uint32_t before = starts - 1;
                if (before > begin_ && is(before - 1, ",")) --before;
                const int pm = place_ending_at(before);
                if (pm >= 0) emit(xe, Relation::located_in, entity_of(pm), word(v), mention(pm).first, v + 1, 0.7);
            }
        }
        if (!x.possessive) continue;
        std::uint32_t n = x.last;
        if (n < end_ && (is(n, "'s") || is(n, "\u2019s") || is(n, "'"))) ++n;
        if (n >= end_ || !kHomeNouns.contains(doc_.token_text(n))) continue;
        std::string label = word(n);
        if (is(n, "home")) {  // "home town", "home state"
            if (n + 1 >= end_ || !(is(n + 1, "town") || is(n + 1, "state") || is(n + 1, "city"))) continue;
            label += " " + word(++n);
        }
        // "X's hometown of PLACE"
        if (n + 2 < end_ && is(n + 1, "of")) {
            const int pm = mention_at(n + 2);
            if (pm >= 0 && mention(pm).first == n + 2 && entity_of(pm) >= 0 && type_of(entity_of(pm)) == NodeType::Place)
                emit(xe, Relation::located_in, entity_of(pm), label, starts, mention(pm).last, 0.7);
            continue;
        }
        // "X's hometown is PLACE", "X's hometown, PLACE,"
        if (n + 2 < end_ && (is(n + 1, ",") || kCopulas.contains(doc_.token_text(n + 1)))) {
            const int pm = mention_at(n + 2);
            if (pm >= 0 && mention(pm).first == n + 2 && entity_of(pm) >= 0 && type_of(entity_of(pm)) == NodeType::Place) {
                emit(xe, Relation::located_in, entity_of(pm), label, starts, mention(pm).last, 0.7);
                continue;
            }
        }
        // "PLACE, X's hometown,"; "PLACE is X's home state"
        const bool apposed = starts >= begin_ + 2 && is(starts - 1, ",") && (n + 1 >= end_ || tok(n + 1).is(shape::kPunct));
        const bool copular = starts >= begin_ + 2 && kCopulas.contains(doc_.token_text(starts - 1));
        if (apposed || copular) {
            const int pm = place_ending_at(starts - 1);
            if (pm >= 0) emit(xe, Relation::located_in, entity_of(pm), label, mention(pm).first, n + 1, 0.7);
        }
    }
}

}  // namespace kg::extract::relation_rules
