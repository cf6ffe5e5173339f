// Relation patterns: titles. A title written with a name (stacked before it, appositive,
// in a dash parenthetical, after "as" or a copula, given with an appointment) gives a role at
// its owner, the employer the title implies ("Senator" -> Senate), or the reporting body.
#include "extract/relations/finder.hpp"
#include "extract/outlets.hpp"
#include "extract/relations/word_set.hpp"

namespace kg::extract::relation_rules {
namespace {

// Posts in a company or a team, not public offices ("president", "minister" are left out:
// "President X" is a head of state as often as a company's; "director" is a film's as often).
constexpr WordSet<15> kOrganisationalTitles({"owner", "manager", "coach", "chairman", "chairwoman", "chairperson",
                                             "ceo", "cfo", "coo", "executive", "founder", "co-founder", "treasurer",
                                             "publisher", "vice-chairman"});

}  // namespace


// An organisation the title implies: "Senator" -> Senate; "Deputy Foreign Minister" ->
// the "... Foreign Ministry" of the article.
int RelationFinder::implied_employer(const std::string& title) {
    std::string head = title.substr(title.rfind(' ') == std::string::npos ? 0 : title.rfind(' ') + 1);
    if (const LexRecord* r = lex_.find(head); r && !r->institution.empty())
        return find_or_add_entity(NodeType::Organization, r->institution);
    return field_body(title);
}

// A city's name ("Bombay"; not a country, an abbreviation or a demonym: "France", "U.S.").
bool RelationFinder::is_city_mention(int m) const {
    const Mention& mm = mention(m);
    if (mm.last - mm.first != 1) return false;
    std::uint32_t f = tok(mm.first).flags();
    return (f & lx::kCity) && !(f & (lx::kCountry | lx::kPlaceAbbrev | lx::kDemonym));  // many cities are also regions
}

// "Finance Minister" -> the article's "... Finance Ministry"; "Treasury Secretary" -> its
// "Treasury Department"; -1 if the article names no such body.
int RelationFinder::field_body(const std::string& title) const {
    std::string head = title.substr(title.rfind(' ') == std::string::npos ? 0 : title.rfind(' ') + 1);
    if (head == "minister" || head == "secretary") {
        std::string field = title.substr(0, title.size() - head.size());
        for (std::string_view drop : {"deputy ", "vice ", "first ", "acting ", "former ", "assistant "})
            if (field.rfind(drop, 0) == 0) field.erase(0, drop.size());
        if (field.empty()) return -1;
        std::string want = name_key(field + (head == "minister" ? "ministry" : "department"));
        for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
            const Entity& ent = doc_.entities[e];
            if (ent.type != NodeType::Organization) continue;
            const std::string& k = ent.key;
            if (k == want || (k.size() > want.size() && k.compare(k.size() - want.size(), want.size(), want) == 0 &&
                              k[k.size() - want.size() - 1] == ' '))
                return static_cast<int>(e);
        }
    }
    return -1;
}

// A person named as a title's owner ("Lund's adviser") stands for the organisation
// named after them in the article ("the Lund administration"), if any.
int RelationFinder::employer_for(int owner_entity) const {
    if (owner_entity < 0 || type_of(owner_entity) != NodeType::Person) return owner_entity;
    std::string surname(last_word(doc_.entities[owner_entity].key));
    for (std::string_view what : {" administration", " government", " campaign"}) {
        for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
            const Entity& ent = doc_.entities[e];
            if (ent.type == NodeType::Organization && ent.key.size() == surname.size() + what.size() &&
                ent.key.compare(0, surname.size(), surname) == 0 && ent.key.compare(surname.size(), what.size(), what) == 0)
                return static_cast<int>(e);
        }
    }
    return -1;
}

// The organisation an article is about: named at least three times, and twice as often as
// any other. -1 if none.
int RelationFinder::focal_organisation() {
    if (focal_organisation_ != -2) return focal_organisation_;
    std::vector<int> count(doc_.entities.size(), 0);
    for (const Mention& m : doc_.mentions)
        if (m.kind == MentionKind::Name && m.entity >= 0 && type_of(m.entity) == NodeType::Organization &&
            !(outlets_ && outlets_->outlet(m.entity)))  // a paper that reports is no subject
            ++count[static_cast<std::size_t>(m.entity)];
    int best = -1, second = 0;
    for (std::size_t e = 0; e < count.size(); ++e) {
        if (best < 0 || count[e] > count[static_cast<std::size_t>(best)]) {
            if (best >= 0) second = std::max(second, count[static_cast<std::size_t>(best)]);
            best = static_cast<int>(e);
        } else {
            second = std::max(second, count[e]);
        }
    }
    focal_organisation_ = best >= 0 && count[static_cast<std::size_t>(best)] >= 3 &&
                                  count[static_cast<std::size_t>(best)] >= 2 * second
                              ? best
                              : -1;
    return focal_organisation_;
}

// "a company spokesman", "a navy spokesman": the lower-case noun before a title names the
// body the article named with that head word ("the Lund navy"), or, for a word of any
// organisation ("company", "bank"), the latest one named nearby. -1 if none.
int RelationFinder::body_named_by(std::uint32_t k) const {
    const Token& t = tok(k);
    if (!t.is(shape::kLower) || t.has(lx::kStop | lx::kTitle | lx::kTitleMod) || mention_at(k) >= 0) return -1;
    const std::string w = word(k);
    int nearby = -1;
    for (int m = end_mention_; m-- > 0;) {
        const Mention& mm = mention(m);
        // A bounded look back (as coref.cpp's for "the church") keeps a long article linear.
        if (sentence_ - mm.sentence > 40) break;
        if (mm.first >= k || mm.entity < 0 || type_of(mm.entity) != NodeType::Organization ||
            mm.kind == MentionKind::Pronoun)
            continue;
        const std::string& name = doc_.entities[mm.entity].name;
        const std::size_t sp = name.rfind(' ');
        if (sp != std::string::npos && lower(std::string_view(name).substr(sp + 1)) == w) return mm.entity;
        if (nearby < 0 && sentence_ - mm.sentence <= 3) nearby = mm.entity;
    }
    return t.has(lx::kOrgNoun) ? nearby : -1;
}

// "ambassador to the US", "envoy to the WTO": where the holder of the title is posted.
void RelationFinder::title_destination(int person, std::uint32_t title_end, const std::string& label) {
    std::uint32_t t = title_end;
    if (t >= end_ || !is(t, "to")) return;
    ++t;
    if (t < end_ && is(t, "the")) ++t;
    int m = mention_at(t);
    if (m < 0) return;
    int e = entity_of(m);
    if (e < 0) return;
    if (type_of(e) == NodeType::Place)
        emit(person, Relation::located_in, e, label + " to", title_end, mention(m).last, 0.75);
    else if (type_of(e) == NodeType::Organization)
        emit(person, Relation::related, e, label + " to", title_end, mention(m).last, 0.7);
}

void RelationFinder::role_from_title(int person, const std::string& title, int owner_mention, std::uint32_t tf,
                                     std::uint32_t tl) {
    if (person < 0 || title.empty()) return;
    int owner = owner_mention >= 0 ? employer_for(entity_of(owner_mention)) : -1;
    // "U.S. Treasury Secretary": the body the article names for that field, part of the country
    // ("Peru's Oil Minister" and "the Peruvian Oil Minister" stay the country's).
    if (owner >= 0 && type_of(owner) == NodeType::Place && !mention(owner_mention).possessive &&
        mention(owner_mention).kind == MentionKind::Name) {
        if (int body = field_body(title); body >= 0 && body != owner) {
            emit(body, Relation::part_of, owner, "", tf, tl, 0.7);
            owner = body;
        }
    }
    // "a Bombay broker", "London lawyer X": a city before a title is where, not the employer;
    // "Lund's police chief" holds the town's post.
    if (owner >= 0 && owner_mention >= 0 && type_of(owner) == NodeType::Place && is_city_mention(owner_mention) &&
        !mention(owner_mention).possessive) {
        emit(person, Relation::located_in, owner, last_title_word(title) + " in", mention(owner_mention).first, tl, 0.6);
        return;
    }
    if (owner < 0 && tf > begin_) owner = body_named_by(tf - 1);
    if (owner < 0) owner = implied_employer(title);
    // "Keel's lawyer", "a spokesman for Ann Vale": a title held for a person (no organisation
    // of theirs named in the article).
    if (owner < 0 && owner_mention >= 0 && entity_of(owner_mention) >= 0 &&
        type_of(entity_of(owner_mention)) == NodeType::Person)
        owner = entity_of(owner_mention);
    // A capitalised title before a name ("President Ana Silva") is a public office: not held
    // at whichever body reports the sentence.
    if (owner < 0 && owner_mention < 0 && !(tok(tf).is(shape::kCap) && tf < end_ && mention_at(tl) >= 0))
        owner = reporting_organisation(tf);
    // "Owner X", "general manager X" with no body written: in an article about one team or
    // company, its post.
    const bool owner_unnamed = tl < end_ && (is(tl, "of") || is(tl, "at") || is(tl, "for"));  // "owner of the X 5"
    if (owner < 0 && owner_mention < 0 && !owner_unnamed && kOrganisationalTitles.contains(last_title_word(title))) {
        owner = focal_organisation();
        if (owner >= 0) {
            if (owner != person) emit(person, Relation::role, owner, title, tf, tl, 0.5);
            title_destination(person, tl, last_title_word(title));
            return;
        }
    }
    // "a member of the Management Committee": belonging, not a titled role. A title held for
    // a person ("Keel's lawyer") is a tie between two people, not a post in a body.
    Relation rel = last_title_word(title) == "member" ? Relation::member_of : Relation::role;
    if (owner >= 0 && type_of(owner) == NodeType::Person) rel = Relation::related;
    if (owner >= 0 && owner != person)
        emit(person, rel, owner, title, owner_mention >= 0 ? mention(owner_mention).first : tf, tl, 0.9);
    title_destination(person, tl, last_title_word(title));
}

// "IBM said Paul J. Rizzo will retire as vice chairman": a title with no employer written
// belongs to the organisation the sentence reports from (its subject, before the title).
int RelationFinder::reporting_organisation(std::uint32_t before) const {
    for (std::uint32_t t = begin_; t < before && t < end_; ++t) {
        int m = mention_at(t);
        if (m < 0) continue;
        const Mention& mm = mention(m);
        t = mm.last - 1;
        if (mm.entity < 0 || type_of(mm.entity) != NodeType::Organization || mention_is_modifier(m) ||
            in_prepositional_phrase(m))
            continue;
        for (std::uint32_t k = mm.last; k < before && k < mm.last + 3; ++k) {
            std::string w = word(k);
            if (w == "said" || w == "says" || w == "announced" || w == "reported")
                return reports_on_own_staff(mm.entity) ? mm.entity : -1;
        }
    }
    return -1;
}

// A party, a ministry or a news agency that reports a title speaks of others' offices ("the
// Socialist Party said it will not serve under X, who has been prime minister"); a company
// speaks of its own staff.
bool RelationFinder::reports_on_own_staff(int org) const {
    std::string_view last = last_word(doc_.entities[org].key);
    for (std::string_view w : {"party", "ministry", "government", "parliament", "senate", "congress", "agency",
                               "council", "committee", "commission", "department", "court", "administration",
                               "office", "house", "news", "newspaper", "times", "post", "journal", "tribune",
                               "herald", "television", "radio", "democrats", "republicans", "socialists",
                               "communists", "liberals", "conservatives"})
        if (last == w) return false;
    return true;
}

std::string RelationFinder::last_title_word(const std::string& title) {
    auto sp = title.rfind(' ');
    return sp == std::string::npos ? title : title.substr(sp + 1);
}

// Pattern: titles written with a name ("Polish Foreign Ministry spokeswoman Anna
// Rossi", "then-Senator Carl Berg", "another veteran Chilean diplomat, R. V.").
void RelationFinder::title_relations() {
    for (int m = first_mention_; m < end_mention_; ++m) {
        const Mention& p = mention(m);
        if (p.sentence != sentence_ || p.type != NodeType::Person || p.title_first < 0 || p.entity < 0) continue;
        role_from_title(p.entity, p.title, p.title_owner, static_cast<std::uint32_t>(p.title_first),
                        static_cast<std::uint32_t>(p.title_last));
        dash_parenthetical(p);
    }
}

// "Carl Berg -- now Lund's Attorney General --": a title in a dash parenthetical.
void RelationFinder::dash_parenthetical(const Mention& p) {
    std::uint32_t t = p.last;
    if (t >= end_ || !tok(t).is(shape::kDash)) return;
    ++t;
    while (t < end_ && (is(t, "now") || is(t, "then") || is(t, "formerly") || is(t, "later"))) ++t;
    int owner = -1;
    int m = mention_at(t);
    if (m >= 0 && mention(m).possessive) {
        owner = m;
        t = mention(m).last + 1;
    }
    std::uint32_t tb = t;
    while (t < end_ && tok(t).has(lx::kTitle | lx::kTitleMod) && !tok(t).is(shape::kDash)) ++t;
    if (t == tb || !tok(t - 1).has(lx::kTitle)) return;
    std::string label;
    for (std::uint32_t k = tb; k < t; ++k) label += (k > tb ? " " : "") + word(k);
    role_from_title(p.entity, label, owner, tb, t);
}

// "as", or a verb that links a subject to a title ("is", "became"). Switched on length:
// this runs for every word.
void RelationFinder::classify_copula(std::string_view k, bool& as, bool& copula) {
    switch (k.size()) {
        case 2: as = k == "as"; copula = k == "is" || k == "be"; break;
        case 3: copula = k == "was" || k == "are"; break;
        case 4: copula = k == "were" || k == "been"; break;
        case 6: copula = k == "became"; break;
        case 7: copula = k == "becomes" || k == "remains"; break;
        case 8: copula = k == "remained"; break;
        default: break;
    }
}

// Could token i be "as" or a copula (classify_copula)? Asked of the token's text, so that most
// tokens never read their lexicon record: its key is the text in lower case, or without a
// final full stop, so it has 2 to 8 letters when the text has 2 to 9, starting with the same.
bool RelationFinder::may_be_copula(std::uint32_t i) const {
    const Token& tk = tok(i);
    std::uint32_t n = tk.end - tk.begin;
    if (n < 2 || n > 9) return false;
    char c = doc_.text[tk.begin];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return c == 'a' || c == 'i' || c == 'b' || c == 'w' || c == 'r';
}

// Pattern: "served as France's ambassador to the WTO and as Deputy Foreign Minister",
// "is currently the Deputy Foreign Minister", "his role as Chilean ambassador".
void RelationFinder::as_title_relations() {
    if (!sentence_has(lx::kTitle) || !sentence_named_) return;  // no title, or nobody to hold it
    for (std::uint32_t i = begin_; i < end_; ++i) {
        if (!tok(i).lex || !may_be_copula(i)) continue;
        bool as = false, copula = false;
        classify_copula(tok(i).lex->key, as, copula);
        if (!as && !copula) continue;
        std::uint32_t t = i + 1;
        while (t < end_ && (is(t, "currently") || is(t, "now") || is(t, "also") || is(t, "both") ||
                            is(t, "still") || is(t, "previously") || is(t, "formerly")))
            ++t;
        if (t < end_ && (is(t, "the") || is(t, "a") || is(t, "an"))) ++t;
        // "resigned as company president": the title of the organisation the sentence is about.
        if (t + 1 < end_ && tok(t).is(shape::kLower) && tok(t).has(lx::kOrgNoun) && tok(t + 1).has(lx::kTitle | lx::kTitleMod))
            ++t;
        bool is_new = false;
        while (t < end_ && (is(t, "new") || is(t, "former") || is(t, "acting") || is(t, "interim"))) {
            is_new = is_new || is(t, "new");
            ++t;
        }
        int owner = -1;
        if (int m = mention_at(t); m >= 0 && mention(m).possessive) {
            owner = m;
            t = mention(m).last + 1;
        }
        std::uint32_t tb = t;
        std::string label;
        while (t < end_) {
            int m = mention_at(t);
            if (m >= 0 && mention(m).kind == MentionKind::Demonym) {
                if (owner < 0) owner = m;
                ++t;
                continue;
            }
            if (is(t, "and") && !label.empty() && t + 1 < end_ && tok(t + 1).has(lx::kTitle | lx::kTitleMod) &&
                !tok(t + 1).has(lx::kStop)) {
                label += " and";  // "president and chief executive officer"
                ++t;
                continue;
            }
            if (!tok(t).has(lx::kTitle | lx::kTitleMod) || tok(t).has(lx::kStop)) break;
            label += (label.empty() ? "" : " ") + word(t);
            ++t;
        }
        if (t == tb || label.empty() || !tok(t - 1).has(lx::kTitle)) continue;
        // "Deputy Minister of Defense": the rest of a capitalised title.
        if (t + 1 < end_ && is(t, "of") && tok(t + 1).is(shape::kCap) && mention_at(t + 1) < 0) {
            label += " of " + word(t + 1);
            t += 2;
        }
        if (int m = mention_at(tb); m >= 0 && mention(m).type == NodeType::Person && mention(m).kind == MentionKind::Name)
            continue;  // "as President Ana Silva": a name, not a role of the subject
        int subject = copula ? subject_before(i) : subject_before(i);
        if (subject < 0 || type_of(subject) != NodeType::Person) continue;
        // "of/at/for ORG" after the title.
        if (owner < 0) owner = owner_after_title(t);
        role_from_title(subject, label, owner, i, t);
        if (is_new) new_holder(subject, label, i, t);
        // "remains chairman of Acme, and a member of the Lund Committee".
        more_titles(subject, owner >= 0 && mention(owner).first >= t ? mention(owner).last : t);
    }
}

// "of the Iraqi National Oil Company", "of <Union Central Life>", "of its units": the
// organisation or place a title is held at.
int RelationFinder::owner_after_title(std::uint32_t t) const { return title_owner_at(t, nullptr); }

// "appointing X as the new Oil Minister": X succeeds whoever held that title before in the
// article.
void RelationFinder::new_holder(int person, const std::string& label, std::uint32_t first, std::uint32_t last) {
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
        if (static_cast<int>(e) == person || doc_.entities[e].type != NodeType::Person) continue;
        for (const std::string& t : doc_.entities[e].titles)
            if (t == label) emit(person, Relation::succeeds, static_cast<int>(e), "new " + label, first, last, 0.6);
    }
}

// Pattern: "named Charles Hinckley chairman and chief executive officer (of X)": the title
// given with the appointment, at X or at the appointing organisation.
void RelationFinder::appointed_title(const std::vector<int>& appointers, int person_mention) {
    const Mention& p = mention(person_mention);
    if (p.type != NodeType::Person || p.entity < 0) return;
    std::uint32_t t = p.last;
    if (t < end_ && (is(t, "as") || is(t, "to"))) ++t;
    if (t < end_ && (is(t, "a") || is(t, "an") || is(t, "the") || is(t, "its"))) ++t;
    std::string label;
    std::uint32_t tb = t;
    while (t < end_) {
        if (is(t, "and") && !label.empty() && t + 1 < end_ && tok(t + 1).has(lx::kTitle | lx::kTitleMod)) {
            label += " and";
            ++t;
            continue;
        }
        if (!tok(t).has(lx::kTitle | lx::kTitleMod) || tok(t).has(lx::kStop) || mention_at(t) >= 0) break;
        label += (label.empty() ? "" : " ") + word(t);
        ++t;
    }
    if (t == tb || !tok(t - 1).has(lx::kTitle)) return;
    int owner = owner_after_title(t);
    if (owner >= 0) {
        role_from_title(p.entity, label, owner, tb, t);
        for (int o : coordinated_organisations(owner)) role_from_title(p.entity, label, o, tb, mention(o).last);
        return;
    }
    for (int a : appointers)
        if (a >= 0 && type_of(a) == NodeType::Organization)
            emit(p.entity, Relation::role, a, label, tb, t, 0.7);
}

}  // namespace kg::extract::relation_rules
