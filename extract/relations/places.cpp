// Relation patterns: where things are and what they belong to. A body qualified by a country
// ("Polish Foreign Ministry") is part of it; "X in PLACE" is located_in.
#include "extract/relations/finder.hpp"
#include "extract/relations/word_set.hpp"

namespace kg::extract::relation_rules {

namespace {

bool is_company_head(std::string_view w) {
    static constexpr std::string_view kHeads[] = {
        "corp", "corporation", "inc", "co", "company", "ltd", "plc", "llc", "ag", "sa", "nv", "ab", "spa",
        "gmbh", "lp", "airways", "airlines", "motors", "industries", "systems", "technologies",
        "communications", "holdings", "group", "partners", "bank", "securities", "brothers", "insurance",
        "bancorp", "inc.", "corp.", "co.", "ltd."};
    for (auto h : kHeads)
        if (w == h) return true;
    return false;
}

// Heads of public bodies: a body of a town or country named in its name is part of it
// ("Lund Transit Authority", "Central Commission ... of Ruritania"); anything else so named
// (a team, a church, a school) is located in it.
constexpr WordSet<22> kPublicBodyHeads({"department", "police", "ministry", "government", "commission",
                                        "council", "committee", "parliament", "assembly", "senate", "congress",
                                        "court", "navy", "army", "military", "agency", "office", "bureau",
                                        "administration", "authority", "legislature", "guard"});

}  // namespace

int RelationFinder::place_named(std::uint32_t first, std::uint32_t last) {
    if (!place_keys_) {
        place_keys_.emplace();
        for (std::size_t e = 0; e < doc_.entities.size(); ++e)
            if (doc_.entities[e].type == NodeType::Place) place_keys_->emplace_back(doc_.entities[e].key, static_cast<int>(e));
    }
    if (place_keys_->empty()) return -1;  // no key to build
    const std::string key = name_key(doc_.span_text(first, last));
    for (const auto& [k, e] : *place_keys_)
        if (k == key) return e;
    return -1;
}

// "Lund Transit Authority", "the Lund Herons", "Supreme Court of Ruritania": an organisation
// whose name holds the name of a place the article names on its own. Companies are left out:
// "Lund Power Co" need not be in Lund.
void RelationFinder::place_in_name(const Mention& org) {
    if (org.kind != MentionKind::Name || org.last - org.first < 2) return;
    std::uint32_t of = org.first;
    while (of < org.last && !is(of, "of")) ++of;
    if (of + 1 < org.last) {  // "... of (the) PLACE"
        std::uint32_t p = is(of + 1, "the") ? of + 2 : of + 1;
        // The head: the word before the name's first lower-case word ("Commission for ...").
        std::uint32_t head = org.first;
        while (head + 1 < of && !tok(head + 1).is(shape::kLower)) ++head;
        if (of == org.first || p >= org.last || is_company_head(word(head))) return;
        int place = place_named(p, org.last);
        if (place < 0) return;
        Relation r = kPublicBodyHeads.contains(doc_.token_text(head)) ? Relation::part_of : Relation::located_in;
        emit(org.entity, r, place, "", org.first, org.last, 0.7);
        return;
    }
    if (is_company_head(word(org.last - 1))) return;
    for (std::uint32_t k = org.first + 1; k < org.last && k <= org.first + 3; ++k) {
        if (!tok(k).is(shape::kCap) && !tok(k).is(shape::kDigit)) return;
        int place = place_named(org.first, k);
        if (place < 0) continue;
        Relation r = kPublicBodyHeads.contains(doc_.token_text(org.last - 1)) ? Relation::part_of : Relation::located_in;
        emit(org.entity, r, place, "", org.first, org.last, 0.7);
        return;
    }
}

// Pattern: a body qualified by its country ("Polish Foreign Ministry", "UK intelligence",
// "Danish parliament") is part of it; "the committee of the lower house of the Danish
// parliament" is part of the parliament.
void RelationFinder::qualified_bodies() {
    for (int m = first_mention_; m < end_mention_; ++m) {
        const Mention& org = mention(m);
        if (org.sentence != sentence_ || org.type != NodeType::Organization || org.entity < 0) continue;
        // Mentions are sorted by first token: those starting with the organisation sit beside
        // it (a scan of the sentence's mentions per organisation was quadratic in a long one).
        int block = m;
        while (block > first_mention_ && doc_.mentions[block - 1].first == org.first) --block;
        bool nested_place = false;
        for (int qi = block; qi < end_mention_ && doc_.mentions[qi].first == org.first; ++qi) {
            const Mention& q = doc_.mentions[qi];
            if (q.sentence != sentence_ || q.first != org.first || q.last >= org.last || q.entity < 0) continue;
            // A company whose name holds a place ("Lund Power Co", "Danish Airways") is not
            // part of it; a public body so qualified is.
            if (q.type == NodeType::Place && !is_company_head(word(org.last - 1))) {
                emit(org.entity, Relation::part_of, q.entity, "", org.first, org.last, 0.8);
                nested_place = true;
            }
        }
        if (!nested_place) place_in_name(org);
        // "of (the) ... of the X": the first organisation reached through "of" chains.
        std::uint32_t t = org.last;
        if (t >= end_ || !is(t, "of")) continue;
        for (std::uint32_t k = t; k < end_ && k < t + 10; ++k) {
            int x = mention_at(k);
            if (x >= 0 && x != m) {
                int e = entity_of(x);
                if (e >= 0 && type_of(e) == NodeType::Organization)
                    emit(org.entity, Relation::part_of, e, "of", org.first, mention(x).last, 0.7);
                break;
            }
            std::string w = word(k);
            if (w != "of" && w != "the" && !(tok(k).is(shape::kLower) && !tok(k).has(lx::kStop | lx::kVerb))) break;
        }
    }
}

// Pattern: "the World Bank in Geneva" (an organisation in a place); a person's
// clause "trained as an engineer in Lisbon", "his post in Madrid".
void RelationFinder::located_in_relations() {
    if (!sentence_names(NodeType::Place)) return;  // no place named
    for (std::uint32_t i = begin_ + 1; i + 1 < end_; ++i) {
        if (!is(i, "in")) continue;
        int pm = mention_at(i + 1);
        if (pm < 0 || entity_of(pm) < 0 || type_of(entity_of(pm)) != NodeType::Place) continue;
        if (mention(pm).kind == MentionKind::Demonym) continue;
        if (mention(pm).last < end_ && mention_at(mention(pm).last) == pm) continue;
        int before = mention_at(i - 1);
        if (before >= 0 && entity_of(before) >= 0 && type_of(entity_of(before)) == NodeType::Organization) {
            emit(entity_of(before), Relation::located_in, entity_of(pm), "in", mention(before).first,
                 mention(pm).last, 0.7);
            continue;
        }
        if (before >= 0) continue;
        int sm = subject_mention_before(i);
        if (sm < 0 || type_of(entity_of(sm)) != NodeType::Person) continue;
        // Only when nothing else is named between the person and the place.
        bool other = false;
        for (std::uint32_t t = mention(sm).last; t < i; ++t) {
            int m = mention_at(t);
            if (m >= 0 && m != sm && mention(m).kind != MentionKind::Demonym &&
                mention(m).kind != MentionKind::Pronoun)
                other = true;
        }
        if (other || i - mention(sm).last > 12) continue;
        std::string label = word(i - 1) + " in";
        emit(entity_of(sm), Relation::located_in, entity_of(pm), label, mention(sm).first, mention(pm).last, 0.6);
    }
}

namespace {

constexpr WordSet<6> kApproximately({"about", "some", "roughly", "nearly", "approximately", "around"});
constexpr WordSet<6> kDistanceUnits({"miles", "mile", "kilometers", "kilometres", "km", "kms"});
constexpr WordSet<10> kDirections({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                   "southwest", "north-east", "south-west"});
// Nouns that say what kind of place a name is: "X, the capital of Y", "the Afghan capital, X".
constexpr WordSet<14> kPlaceNouns({"capital", "city", "town", "village", "province", "region", "state", "county",
                                   "district", "suburb", "port", "island", "municipality", "republic"});
constexpr WordSet<9> kPartOfTown({"downtown", "central", "northern", "southern", "eastern", "western",
                                  "suburban", "rural", "greater"});

}  // namespace

void RelationFinder::place_asides() {
    if (!sentence_names(NodeType::Place)) return;
    for (int xm = first_mention_; xm < end_mention_; ++xm) {
        const Mention& x = mention(xm);
        if (x.kind != MentionKind::Name || x.entity < 0 || type_of(x.entity) == NodeType::Person) continue;
        std::uint32_t t = x.last;
        if (t + 2 >= end_ || !is(t, ",")) continue;
        ++t;
        // "X, on Hale Street(, downtown Y)": the street it is on, then where in Y.
        if ((is(t, "on") || is(t, "at")) && type_of(x.entity) != NodeType::Place) {
            int sm = mention_at(t + 1);
            if (sm < 0 || mention(sm).first != t + 1 || entity_of(sm) < 0 || type_of(entity_of(sm)) != NodeType::Place)
                continue;
            emit(x.entity, Relation::located_in, entity_of(sm), word(t), x.first, mention(sm).last, 0.6);
            t = mention(sm).last;
            if (t + 2 >= end_ || !is(t, ",")) continue;
            ++t;
        }
        // "X, downtown Y": where in Y.
        if (tok(t).is(shape::kLower) && kPartOfTown.contains(word(t))) {
            int ym = mention_at(t + 1);
            if (ym >= 0 && mention(ym).first == t + 1 && entity_of(ym) >= 0 && type_of(entity_of(ym)) == NodeType::Place)
                emit(x.entity, Relation::located_in, entity_of(ym), word(t), x.first, mention(ym).last, 0.6);
            continue;
        }
        if (type_of(x.entity) != NodeType::Place) continue;
        // "X, the capital of Y", "X, a small town in Y", "X, the Afghan capital": the place it is in.
        std::uint32_t described_end = t;
        std::string noun;
        if (int y = place_described_at(t, described_end, noun); y >= 0 && y != x.entity) {
            emit(x.entity, Relation::located_in, y, noun, x.first, described_end, 0.6);
            continue;
        }
        // "X, about 30 miles south of Y": a place by another.
        if (kApproximately.contains(word(t))) ++t;
        if (t + 3 >= end_ || !(tok(t).is(shape::kDigit) || tok(t).has(lx::kNumberWord))) continue;
        std::string label = word(t) + " " + word(t + 1);
        if (!kDistanceUnits.contains(word(++t))) continue;
        if (kDirections.contains(word(++t))) label += " " + word(t++);
        if (t + 1 >= end_ || !(is(t, "of") || is(t, "from"))) continue;
        label += " " + word(t);
        int ym = mention_at(t + 1);
        if (ym >= 0 && entity_of(ym) >= 0 && type_of(entity_of(ym)) == NodeType::Place)
            emit(x.entity, Relation::related, entity_of(ym), label, x.first, mention(ym).last, 0.6);
    }
}

// The place a description starting at token t puts its place in: "the capital of Y", "a small
// town in Y", "the Afghan capital" (the demonym's country); -1 if none.
int RelationFinder::place_described_at(std::uint32_t t, std::uint32_t& end, std::string& noun) const {
    if (t < end_ && (is(t, "the") || is(t, "a") || is(t, "an"))) ++t;
    int demonym = -1;
    // "X, Y's capital": the possessive place stands as the demonym would.
    if (const int ym = mention_at(t); ym >= 0 && mention(ym).first == t && mention(ym).kind == MentionKind::Name &&
                                      entity_of(ym) >= 0 && type_of(entity_of(ym)) == NodeType::Place) {
        std::uint32_t after = mention(ym).last;
        if (after < end_ && (is(after, "'s") || is(after, "\u2019s"))) ++after;
        else if (!mention(ym).possessive) return -1;
        demonym = entity_of(ym);
        t = after;
    }
    for (int skipped = 0; t < end_ && skipped < 3 && !kPlaceNouns.contains(doc_.token_text(t)); ++skipped, ++t) {
        const int m = mention_at(t);
        if (m >= 0 && mention(m).kind == MentionKind::Demonym && mention(m).last == t + 1) {
            demonym = entity_of(m);
            continue;
        }
        if (m >= 0 || !tok(t).is(shape::kLower) || tok(t).has(lx::kStop | lx::kVerb)) return -1;
    }
    if (t >= end_ || !tok(t).is(shape::kLower) || !kPlaceNouns.contains(doc_.token_text(t))) return -1;
    // The noun ends the phrase: "Peru's state minerals firm" is no state.
    if (t + 1 < end_ && tok(t + 1).is(shape::kLower) && !is(t + 1, "of") && !is(t + 1, "in") && !is(t + 1, "on") &&
        !is(t + 1, "and"))
        return -1;
    noun = word(t);
    if (t + 2 < end_ && (is(t + 1, "of") || is(t + 1, "in"))) {
        std::uint32_t k = is(t + 2, "the") ? t + 3 : t + 2;
        const int ym = mention_at(k);
        if (ym >= 0 && mention(ym).first == k && entity_of(ym) >= 0 && type_of(entity_of(ym)) == NodeType::Place &&
            mention(ym).kind != MentionKind::Demonym) {
            end = mention(ym).last;
            return entity_of(ym);
        }
        return -1;
    }
    end = t + 1;
    return demonym >= 0 && type_of(demonym) == NodeType::Place ? demonym : -1;
}

// "in the Afghan capital, Kabul": the demonym's country holds the place named after the comma.
void RelationFinder::described_places() {
    if (!sentence_names(NodeType::Place)) return;
    for (int xm = first_mention_; xm < end_mention_; ++xm) {
        const Mention& x = mention(xm);
        if (x.kind != MentionKind::Name || x.entity < 0 || type_of(x.entity) != NodeType::Place) continue;
        if (x.first < begin_ + 3 || !is(x.first - 1, ",") || !kPlaceNouns.contains(doc_.token_text(x.first - 2)))
            continue;
        const int dm = mention_at(x.first - 3);
        if (dm < 0 || mention(dm).kind != MentionKind::Demonym || mention(dm).last != x.first - 2) continue;
        const int y = entity_of(dm);
        if (y >= 0 && y != x.entity && type_of(y) == NodeType::Place)
            emit(x.entity, Relation::located_in, y, word(x.first - 2), mention(dm).first, x.last, 0.6);
    }
}

// "Ana (Ines Moravec)": in reviews and casting news a name in brackets after a person's name
// is who plays that person.
void RelationFinder::parenthetical_players() {
    if (!sentence_names(NodeType::Person)) return;
    for (int xm = first_mention_; xm < end_mention_; ++xm) {
        const Mention& x = mention(xm);
        if (x.kind != MentionKind::Name || x.entity < 0 || type_of(x.entity) != NodeType::Person) continue;
        const std::uint32_t open = x.last;
        if (open + 2 >= end_ || !is(open, "(")) continue;
        int ym = mention_at(open + 1);
        if (ym < 0 || mention(ym).first != open + 1 || mention(ym).kind != MentionKind::Name) continue;
        if (mention(ym).last >= end_ || !is(mention(ym).last, ")")) continue;
        int y = entity_of(ym);
        if (y >= 0 && y != x.entity && type_of(y) == NodeType::Person)
            emit(x.entity, Relation::related, y, "played by", x.first, mention(ym).last + 1, 0.6);
    }
}

// A demonym written before a person's name, directly or before a noun that describes the
// person ("the gruff Danish sailor X", "German X"), tells the person's country;
// the gold conventions state that as `related`. A title there ("Kenyan ambassador X") is a post
// (titles.cpp) and is left to it.
void RelationFinder::nationality_before_names() {
    if (!sentence_names(NodeType::Person) || !sentence_names(NodeType::Place)) return;
    for (int pm = first_mention_; pm < end_mention_; ++pm) {
        const Mention& p = mention(pm);
        if (p.kind != MentionKind::Name || p.entity < 0 || type_of(p.entity) != NodeType::Person) continue;
        std::uint32_t t = p.title_first >= 0 ? static_cast<std::uint32_t>(p.title_first) : p.first;
        if (p.title_first >= 0) continue;  // a title's demonym is its employer
        // The words skipped describe the person: "The Lundian champion dropped X" puts a verb
        // between, and the demonym is the champion's.
        auto describes = [&](std::uint32_t w) {
            return doc_.arcs.size() != doc_.tokens.size() || doc_.arcs[w].upos == "NOUN" || doc_.arcs[w].upos == "ADJ";
        };
        for (int skipped = 0; t > begin_ && skipped < 2 && tok(t - 1).is(shape::kLower) &&
                              !tok(t - 1).has(lx::kStop | lx::kTitle | lx::kTitleMod) && mention_at(t - 1) < 0 &&
                              describes(t - 1);
             ++skipped)
            --t;
        if (t == begin_) continue;
        const int dm = mention_at(t - 1);
        if (dm < 0 || mention(dm).kind != MentionKind::Demonym || entity_of(dm) < 0 ||
            type_of(entity_of(dm)) != NodeType::Place)
            continue;
        emit(p.entity, Relation::related, entity_of(dm), word(mention(dm).first), mention(dm).first, p.last, 0.55);
    }
}

}  // namespace kg::extract::relation_rules
