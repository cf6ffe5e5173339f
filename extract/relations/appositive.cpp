// Relation patterns: titles and organisations in appositions, as business news writes them.
//   "Ann Lee, 54, president of Acme and a director of Bolt Inc, said"   (coordinated titles)
//   "Acme's chairman, Ann Lee," / "its chairman, Ann Lee,"              (title before the name)
//   "Bolt Inc, a unit of Acme Corp,"                                    (part_of)
//   "its Bolt and Volt units", "Acme's Bolt subsidiary"                 (part_of)
//   "Ann Lee was named president of Acme" / "... has been elected chairman" (a passive appointment)
#include "extract/relations/finder.hpp"
#include "extract/relations/word_set.hpp"

namespace kg::extract::relation_rules {

namespace {

// "units", "subsidiary": a part of the organisation named with it.
constexpr WordSet<9> kPartNouns({"unit", "units", "subsidiary", "subsidiaries", "division", "divisions",
                                 "affiliate", "affiliates", "arm"});

bool is_part_noun_text(std::string_view text) { return kPartNouns.contains(text); }

}  // namespace

// A title written in lower case from `t`: title words with "and" between them ("president
// and chief executive officer"); returns the token after it (== t if none).
std::uint32_t RelationFinder::title_phrase(std::uint32_t t, std::string& label) const {
    label.clear();
    std::uint32_t end = t, k = t;
    while (k < end_) {
        if (is(k, "and") && !label.empty() && k + 1 < end_ && tok(k + 1).has(lx::kTitle | lx::kTitleMod) &&
            !tok(k + 1).has(lx::kStop) && mention_at(k + 1) < 0) {
            label += " and";
            ++k;
            continue;
        }
        if (!tok(k).has(lx::kTitle | lx::kTitleMod) || tok(k).has(lx::kStop) || mention_at(k) >= 0) break;
        if (!is(k, "former")) label += (label.empty() || label.back() == ' ' ? "" : " ") + word(k);
        ++k;
        if (tok(k - 1).has(lx::kTitle)) end = k;
    }
    // Drop a trailing "and ..." that ended without a title head.
    if (end < k) {
        std::string trimmed;
        std::uint32_t n = 0;
        for (std::uint32_t q = t; q < end; ++q)
            if (!is(q, "former")) trimmed += (n++ ? " " : "") + word(q);
        label = trimmed;
    }
    return end;
}

// "of/at/for (the) ORG", "of its ORG unit", "of its units": the organisation a title is
// held at; -1 if none. `*after` is the token after it.
int RelationFinder::title_owner_at(std::uint32_t t, std::uint32_t* after) const {
    if (t + 1 >= end_ || (!is(t, "of") && !is(t, "at") && !is(t, "for"))) return -1;
    std::uint32_t o = t + 1;
    while (o < end_ && (is(o, "the") || is(o, "<"))) ++o;
    // "of the worldwide Association of ...", "of Lisbon-based Bolt Inc": an adjective or two
    // before the name.
    for (std::uint32_t k = o; k < end_ && k < o + 2 && mention_at(o) < 0; ++k) {
        std::string_view w = doc_.token_text(k);
        bool based = w.size() > 6 && w.substr(w.size() - 6) == "-based";
        if (!based && (!tok(k).is(shape::kLower) || tok(k).has(lx::kStop | lx::kVerb | lx::kTitle))) break;
        if (k + 1 < end_ && mention_at(k + 1) >= 0) o = k + 1;
    }
    int m = mention_at(o);
    if (m < 0 || entity_of(m) < 0) return -1;
    if (mention(m).kind == MentionKind::Pronoun && mention(m).possessive) {
        // "of its Bolt Inc unit": the unit.
        int u = mention_at(mention(m).last);
        if (u >= 0 && entity_of(u) >= 0 && type_of(entity_of(u)) == NodeType::Organization) m = u;
    }
    // A person only after "for" ("a lawyer for Tom Keel"; "the son of X" is no title's owner).
    if (type_of(entity_of(m)) == NodeType::Person && !is(t, "for")) return -1;
    // "a spokesman for the Keel estate": the person's name modifies the noun after it.
    if (type_of(entity_of(m)) == NodeType::Person && mention(m).last < end_ && tok(mention(m).last).is(shape::kLower) &&
        !tok(mention(m).last).has(lx::kStop))
        return -1;
    if (after) *after = mention(m).last;
    return m;
}

void RelationFinder::appositive_relations() {
    for (int m = first_mention_; m < end_mention_; ++m) {
        const Mention& x = mention(m);
        if (x.entity < 0 || x.kind != MentionKind::Name) continue;
        NodeType type = type_of(x.entity);
        if (type == NodeType::Person) {
            titles_after_name(m);
            title_before_name(m);
            person_of_organisation(m);
        } else if (type == NodeType::Organization) {
            organisation_appositive(m);
        }
    }
    part_nouns();
    based_organisations();
}

// "Ann Lee, 54, president of Acme and a director of Bolt Inc,": each title with its owner.
void RelationFinder::titles_after_name(int pm) {
    const Mention& p = mention(pm);
    std::uint32_t t = p.last;
    if (t + 1 >= end_ || !is(t, ",")) return;
    ++t;
    if (t + 1 < end_ && tok(t).is(shape::kDigit) && is(t + 1, ",")) t += 2;  // an age
    title_segments(p.entity, t, true);
}

// "and a member of the Lund Committee" after a title already read: further titles.
void RelationFinder::more_titles(int person, std::uint32_t t) {
    // "publisher of a chain of newspapers, chairman of ...": past a field with no name.
    if (t < end_ && (is(t, "of") || is(t, "in") || is(t, "for"))) {
        std::uint32_t k = t;
        while (k < end_ && k < t + 12 && !is(k, ",") && !is(k, "and") && !tok(k).has(lx::kVerb) &&
               !clause_break_at(k) &&
               (mention_at(k) < 0 || (entity_of(mention_at(k)) >= 0 && type_of(entity_of(mention_at(k))) == NodeType::Place)))
            ++k;
        if (k < end_ && (is(k, ",") || is(k, "and"))) t = k;
    }
    if (t + 1 < end_ && is(t, ",") && is(t + 1, "and")) ++t;
    if (t + 1 >= end_ || !(is(t, "and") || is(t, ","))) return;
    title_segments(person, t + 1, false);
}

// Titles, each with its owner, joined by "and": "president of Acme and a director of Bolt".
void RelationFinder::title_segments(int person, std::uint32_t t, bool appositive) {
    for (int guard = 0; guard < 4 && t < end_; ++guard) {
        while (t < end_ && (is(t, "a") || is(t, "an") || is(t, "the") || is(t, "also") || is(t, "now"))) ++t;
        int owner = -1;
        if (int om = mention_at(t); om >= 0 && mention(om).possessive && entity_of(om) >= 0) {
            owner = om;  // "Ann Lee, Acme's chairman," / "Ann Lee, Keel's lawyer,"
            t = mention(om).last + 1;
        }
        std::string label;
        std::uint32_t te = title_phrase(t, label);
        // "X, a company spokesman,": the noun before the title names the body (role_from_title).
        if (te == t && owner < 0 && t + 1 < end_ && body_named_by(t) >= 0) {
            std::string after_body;
            if (std::uint32_t te2 = title_phrase(t + 1, after_body); te2 > t + 1) {
                ++t;
                te = te2;
                label = std::move(after_body);
                role_from_title(person, label, -1, t, te);
                t = te;
                continue;
            }
        }
        if (guard == 0 && appositive && te == t && owner < 0) {
            if (!family_appositive(person, t)) place_appositive(person, t);
            return;
        }
        if (te == t || label.empty()) return;
        std::uint32_t after = te;
        if (int o = title_owner_at(te, &after); o >= 0) owner = o;
        if (owner >= 0) {
            role_from_title(person, label, owner, t, after);
            for (int o : coordinated_organisations(owner)) {
                role_from_title(person, label, o, t, mention(o).last);
                after = std::max(after, mention(o).last);
            }
        }
        t = after;
        if (t + 1 < end_ && is(t, ",") && is(t + 1, "and")) ++t;
        // "chairman of X, chairman of Y and ...": a comma goes on only to another title.
        if (t + 1 < end_ && is(t, ",") && owner >= 0) {
            std::uint32_t n = t + 1;
            while (n < end_ && (is(n, "a") || is(n, "an") || is(n, "the"))) ++n;
            if (n < end_ && tok(n).has(lx::kTitle | lx::kTitleMod) && !tok(n).has(lx::kStop) && mention_at(n) < 0) {
                t = t + 1;
                continue;
            }
        }
        if (t + 1 >= end_ || !is(t, "and")) return;
        ++t;
    }
}

// "of its Bolt Inc and Volt Co units", "of Bolt Inc, Volt Co and Watt Ltd": the organisations
// listed after the first one, when the list is of organisations only.
std::vector<int> RelationFinder::coordinated_organisations(int first) const {
    std::vector<int> out;
    std::uint32_t t = mention(first).last;
    while (t + 1 < end_ && (is(t, ",") || is(t, "and"))) {
        std::uint32_t n = t + 1;
        if (is(t, ",") && is(n, "and")) ++n;
        if (n < end_ && is(n, "the")) ++n;
        int m = mention_at(n);
        if (m < 0 || mention(m).first != n || entity_of(m) < 0 || type_of(entity_of(m)) != NodeType::Organization ||
            mention(m).possessive)
            break;
        out.push_back(m);
        t = mention(m).last;
        if (is(n - 1, "and") || is(n - 2, "and")) break;  // the last of the list
    }
    return out;
}

// "Lena Dorr, the daughter of Tom Keel,": a family relation.
bool RelationFinder::family_appositive(int person, std::uint32_t t) {
    if (t + 2 >= end_ || noun_relation_of(t) != static_cast<int>(Relation::family) ||
        !is(t + 1, "of"))
        return false;
    int om = object_at(t + 2);
    if (om < 0 || entity_of(om) < 0 || type_of(entity_of(om)) != NodeType::Person) return false;
    emit(person, Relation::family, entity_of(om), word(t) + " of", t, mention(om).last, 0.75);
    return true;
}

// "Ann Lee, a Lisbon businessman," / "a Mexican publisher": where the person is from.
void RelationFinder::place_appositive(int person, std::uint32_t t) {
    if (t == 0 || !(is(t - 1, "a") || is(t - 1, "an"))) return;
    int pm = mention_at(t);
    if (pm < 0 || entity_of(pm) < 0 || type_of(entity_of(pm)) != NodeType::Place) return;
    std::uint32_t n = mention(pm).last;
    if (n >= end_ || !tok(n).is(shape::kLower) || tok(n).has(lx::kStop | lx::kVerb)) return;
    std::uint32_t h = n;
    while (h + 1 < end_ && tok(h + 1).is(shape::kLower) && !tok(h + 1).has(lx::kStop | lx::kVerb) && h < n + 2) ++h;
    if (h + 1 < end_ && !is(h + 1, ",") && !is(h + 1, ".") && !is(h + 1, "who")) return;
    emit(person, Relation::located_in, entity_of(pm), word(h), t, h + 1, 0.6);
}

// "Ann Lee of Acme Corp said": she works for it (no title given).
void RelationFinder::person_of_organisation(int pm) {
    const Mention& p = mention(pm);
    if (p.title_first >= 0 || p.possessive || p.last + 1 >= end_ || !is(p.last, "of")) return;
    std::uint32_t o = p.last + 1;
    if (is(o, "the")) ++o;
    int om = mention_at(o);
    if (om < 0 || entity_of(om) < 0 || type_of(entity_of(om)) != NodeType::Organization || mention(om).first != o)
        return;
    if (mention(om).possessive) return;
    emit(p.entity, Relation::member_of, entity_of(om), "of", p.first, mention(om).last, 0.65);
}

// "Acme's chairman, Ann Lee," and "its chairman, Ann Lee,": the title and its owner before.
void RelationFinder::title_before_name(int pm) {
    const Mention& p = mention(pm);
    if (p.first < begin_ + 3 || !is(p.first - 1, ",")) return;
    std::uint32_t te = p.first - 1, tb = te;
    while (tb > begin_ && tok(tb - 1).is(shape::kLower) && tok(tb - 1).has(lx::kTitle | lx::kTitleMod) &&
           !tok(tb - 1).has(lx::kStop) && mention_at(tb - 1) < 0)
        --tb;
    if (tb == te || !tok(te - 1).has(lx::kTitle) || tb == begin_) return;
    std::uint32_t ob = tb - 1;
    if (tok(ob).is(shape::kPossessive) && mention_at(ob) < 0 && ob > begin_) --ob;  // a separate "'s"
    int om = mention_at(ob);
    if (om < 0 || entity_of(om) < 0 || entity_of(om) == p.entity) return;
    const Mention& o = mention(om);
    if (!o.possessive) return;
    std::string label;
    for (std::uint32_t k = tb; k < te; ++k) label += (k > tb ? " " : "") + word(k);
    role_from_title(p.entity, label, om, o.first, p.last);
}

// "Bolt Inc, a unit of Acme Corp,": the organisation is part of the other.
void RelationFinder::organisation_appositive(int xm) {
    const Mention& x = mention(xm);
    std::uint32_t t = x.last;
    if (t + 2 >= end_) return;
    // "Bolt Inc, based in Lisbon,": where it is.
    if (is(t, ",") && t + 3 < end_ && is(t + 1, "based") && is(t + 2, "in")) {
        int pm = mention_at(t + 3);
        if (pm >= 0 && entity_of(pm) >= 0 && type_of(entity_of(pm)) == NodeType::Place)
            emit(x.entity, Relation::located_in, entity_of(pm), "based in", x.first, mention(pm).last, 0.75);
        return;
    }
    // "Bolt Inc, a unit of Acme Corp," and "Bolt Inc is a unit of Acme Corp".
    if (!is(t, ",") && !is(t, "is") && !is(t, "was") && !is(t, "became") && !is(t, "remains")) return;
    ++t;
    if (is(t, "a") || is(t, "an") || is(t, "the")) ++t;
    based_prefix(x.entity, t);  // "Bolt Inc, a Lisbon-based toolmaker,"
    while (t < end_ && t < x.last + 5 && tok(t).is(shape::kLower) && !is_part_noun_text(doc_.token_text(t)) && !tok(t).has(lx::kStop))
        ++t;  // "a wholly owned unit"
    if (t + 1 >= end_ || !is_part_noun_text(doc_.token_text(t)) || !is(t + 1, "of")) return;
    int o = object_at(t + 2);
    if (o < 0 || entity_of(o) < 0 || type_of(entity_of(o)) != NodeType::Organization) return;
    emit(x.entity, Relation::part_of, entity_of(o), word(t) + " of", x.first, mention(o).last, 0.75);
}

// "Lisbon-based": the place before "-based" when the gazetteer knows it; -1 if none.
int RelationFinder::based_place(std::uint32_t t) {
    if (t >= end_) return -1;
    std::string_view w = doc_.token_text(t);
    constexpr std::string_view kBased = "-based";
    if (w.size() <= kBased.size() || w.substr(w.size() - kBased.size()) != kBased) return -1;
    const LexRecord* r = lex_.find(lower(w.substr(0, w.size() - kBased.size())));
    if (!r || !(r->flags & (lx::kCountry | lx::kCity | lx::kRegion | lx::kPlaceAbbrev)) || r->canonical.empty()) return -1;
    return find_or_add_entity(NodeType::Place, r->canonical);
}

// "a Lisbon-based toolmaker" after an organisation: it is located there.
void RelationFinder::based_prefix(int org, std::uint32_t t) {
    if (int place = based_place(t); place >= 0) emit(org, Relation::located_in, place, "based", t, t + 1, 0.7);
}

// "the Lisbon-based Bolt Inc", "Lisbon-based Bolt Inc": the organisation after the prefix.
void RelationFinder::based_organisations() {
    if (!sentence_names(NodeType::Organization)) return;  // no organisation named
    for (std::uint32_t t = begin_; t + 1 < end_; ++t) {
        int om = mention_at(t + 1);
        if (om < 0 || mention(om).first != t + 1 || entity_of(om) < 0 || type_of(entity_of(om)) != NodeType::Organization)
            continue;
        if (int place = based_place(t); place >= 0)
            emit(entity_of(om), Relation::located_in, place, "based", t, mention(om).last, 0.7);
    }
}

// "its Bolt and Volt units", "Acme's Bolt subsidiary": each named unit is part of the owner.
void RelationFinder::part_nouns() {
    if (!sentence_possessive_org_) return;  // no company owns the units
    for (std::uint32_t i = begin_ + 1; i < end_; ++i) {
        if (!is_part_noun_text(doc_.token_text(i))) continue;
        // The units named before the noun, back to the owner.
        std::vector<int> units;
        std::uint32_t k = i;
        int owner = -1;
        for (int guard = 0; guard < 6 && k > begin_; ++guard) {
            int m = mention_at(k - 1);
            if (m < 0) break;
            const Mention& mm = mention(m);
            if (mm.possessive) {
                owner = entity_of(m);
                break;
            }
            if (mm.entity < 0 || type_of(mm.entity) != NodeType::Organization) break;
            units.push_back(mm.entity);
            k = mm.first;
            if (k > begin_ + 1 && is(k - 1, "and")) --k;
            else if (k > begin_ + 1 && is(k - 1, ",")) --k;
        }
        if (owner < 0 || type_of(owner) != NodeType::Organization) continue;
        for (int u : units) emit(u, Relation::part_of, owner, word(i), k, i + 1, 0.75);
    }
}

// "Ann Lee was named president of Acme", "Acme said Ann Lee has been elected chairman":
// the title given with a passive appointment, at the organisation named or reporting.
void RelationFinder::passive_appointment_titles() {
    if (!sentence_has(lx::kVerb)) return;  // no verb of appointing
    for (std::uint32_t v = begin_ + 2; v + 1 < end_; ++v) {
        const Token& t = tok(v);
        if (!t.is(shape::kLower) || verb_relation_of(v) != static_cast<int>(Relation::appoints))
            continue;
        if (!passive_before(v)) continue;
        int sm = subject_mention_before(v);
        if (sm < 0 || type_of(entity_of(sm)) != NodeType::Person) continue;
        std::uint32_t k = v + 1;
        if (is(k, "as") || is(k, "to")) ++k;
        while (k < end_ && (is(k, "a") || is(k, "an") || is(k, "the") || is(k, "its") || is(k, "new"))) ++k;
        std::string label;
        std::uint32_t te = title_phrase(k, label);
        if (te == k || label.empty()) continue;
        std::uint32_t after = te;
        int owner = title_owner_at(te, &after);
        if (owner < 0 && (is(k - 1, "its") || reporting_organisation(mention(sm).first) >= 0)) {
            role_from_title(entity_of(sm), label, -1, k, te);
            continue;
        }
        if (owner >= 0) role_from_title(entity_of(sm), label, owner, k, after);
    }
}

}  // namespace kg::extract::relation_rules
