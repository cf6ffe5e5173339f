// Relations read from the parse around nouns and names (the verbs are dependency.cpp's): a
// noun a copula, an apposition or a title ties to a name ("X, the agent for Y"), a site an
// organisation has in a place ("a Vela Bank branch in Lund"), a post held in a body ("X
// retained his WBQ title"), and names joined directly ("the church in X", "X, 50, of Lund").
#include <algorithm>
#include <string>
#include <vector>

#include "extract/relations/deprels.hpp"
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

// "X is the agent for Y", "X, spokesman for Y", "Y's agent, X", "Y spokesman X": a noun tied
// to a name, with other names as its modifiers.
void RelationFinder::noun_frame(std::uint32_t n) {
    const TokenArc& arc = doc_.arcs[n];
    const bool title = tok(n).has(lx::kTitle);
    std::vector<int> subjects;
    const bool copula = has_child(n, "cop");
    const std::uint32_t h = arc.head >= 0 ? static_cast<std::uint32_t>(arc.head) : n;
    if (arc.deprel == "appos" && arc.head >= 0) conjoined_mentions(h, subjects, 0);
    // A title written before a name ("Y spokesman X") is a compound of the name.
    const bool title_before_name = title && arc.deprel == "compound" && arc.head >= 0 && h > n;
    if (title_before_name) {
        int m = mention_headed_by(h);
        if (m >= 0 && type_of(entity_of(m)) == NodeType::Person) subjects.push_back(m);
    }
    for (std::uint32_t c : children_of(n)) {
        std::string_view rel = doc_.arcs[c].deprel;
        if ((copula && is_subject(rel)) || rel == "appos") conjoined_mentions(c, subjects, 0);
    }
    if (subjects.empty()) return;
    std::vector<Argument> owners;
    std::vector<int> ms;
    for (std::uint32_t c : children_of(n)) {
        std::string_view rel = doc_.arcs[c].deprel;
        if (!is_nominal_modifier(rel) && !(title && rel == "compound")) continue;
        ms.clear();
        conjoined_mentions(c, ms, 0);
        std::string prep = case_marker(c);
        for (int m : ms) owners.push_back({m, rel, prep, -1});
    }
    // "Y spokesman X" may hang Y on the name rather than on the title.
    if (title_before_name)
        for (std::uint32_t c : children_of(h)) {
            if (c >= n || doc_.arcs[c].deprel != "compound") continue;
            ms.clear();
            conjoined_mentions(c, ms, 0);
            for (int m : ms) owners.push_back({m, "compound", {}, -1});
        }
    // "X, a Kastel construction firm", "X, a Kastel lawyer": a place written before the noun
    // is where the named one is.
    if (!title_before_name)
        for (std::uint32_t c : children_of(n)) {
            if (doc_.arcs[c].deprel != "compound") continue;
            ms.clear();
            conjoined_mentions(c, ms, 0);
            for (int pm : ms)
                if (type_of(entity_of(pm)) == NodeType::Place)
                    for (int sm : subjects)
                        if (type_of(entity_of(sm)) != NodeType::Place)
                            emit_parsed(sm, Relation::located_in, pm, word(n), n, 0.55);
        }
    if (owners.empty()) return;
    std::string noun = word(n);
    const int noun_relation = noun_relation_of(n);
    for (int sm : subjects)
        for (const Argument& o : owners) {
            int s = entity_of(sm), e = entity_of(o.mention);
            if (s < 0 || e < 0) continue;
            std::string label = noun;
            if (!o.prep.empty() && o.prep != "'s" && !title) label += " " + o.prep;
            if (title && type_of(s) == NodeType::Person && type_of(e) != NodeType::Person)
                emit_parsed(sm, Relation::role, o.mention, label, n, 0.65);
            else if (noun_relation >= 0 &&
                     (noun_relation != static_cast<int>(Relation::located_in) || type_of(e) == NodeType::Place))
                emit_parsed(sm, static_cast<Relation>(noun_relation), o.mention, label, n, 0.6);
            else if (!title_before_name)
                emit_parsed(sm, Relation::related, o.mention, label, n, 0.45);
        }
}

// A place noun ("branch", "plant", "headquarters": located_in in lexicon/nouns.txt) that an
// organisation modifies and a place follows: "a Vela Bank branch in Kastel", "Acme's plant
// near Kastel" state where the organisation is.
void RelationFinder::facility_frame(std::uint32_t n) {
    if (noun_relation_of(n) != static_cast<int>(Relation::located_in)) return;
    std::vector<int> owners, places, ms;
    for (std::uint32_t c : children_of(n)) {
        std::string_view rel = doc_.arcs[c].deprel;
        ms.clear();
        if (rel == "compound" || rel == "nmod:poss") {
            conjoined_mentions(c, ms, 0);
            for (int m : ms)
                if (entity_of(m) >= 0 && type_of(entity_of(m)) == NodeType::Organization) owners.push_back(m);
        } else if (rel == "nmod") {
            const std::string prep = case_marker(c);
            if (prep != "in" && prep != "at" && prep != "near") continue;
            conjoined_mentions(c, ms, 0);
            for (int m : ms)
                if (entity_of(m) >= 0 && type_of(entity_of(m)) == NodeType::Place) places.push_back(m);
        }
    }
    for (int o : owners)
        for (int p : places) emit_parsed(o, Relation::located_in, p, word(n), n, 0.55);
}

// The subjects of the clause a word lies in: up from the word to the first verb, then that
// verb's subjects, or the ones it borrows ("stopped Y to keep his titles").
void RelationFinder::clause_subjects(std::uint32_t t, std::vector<int>& out) const {
    for (int step = 0; step < 4 && doc_.arcs[t].head >= 0; ++step) {
        t = static_cast<std::uint32_t>(doc_.arcs[t].head);
        if (doc_.arcs[t].upos != "VERB") continue;
        for (std::uint32_t c : children_of(t))
            if (is_subject(doc_.arcs[c].deprel)) conjoined_mentions(c, out, 0);
        drop_subjects_after(t, out);
        if (out.empty()) borrowed_subjects(t, out, 0);
        return;
    }
}

// The organisations written just before a noun, as a list or alone: "his WBX, IBZ and WBQ
// heavyweight titles" (up to two lower-case modifiers between). Read from the words, since
// the parser often makes the first name the head of such a list.
void RelationFinder::bodies_before(std::uint32_t n, std::vector<int>& out) const {
    std::uint32_t t = n;
    for (int skipped = 0; t > begin_ && skipped < 3; ++skipped) {
        const std::uint32_t prev = t - 1;
        if (mention_at(prev) >= 0) break;
        if (!tok(prev).is(shape::kLower) || tok(prev).has(lx::kStop) || skipped == 2) return;
        t = prev;
    }
    while (t > begin_) {
        const int m = mention_at(t - 1);
        if (m < 0 || entity_of(m) < 0 || type_of(entity_of(m)) != NodeType::Organization || mention(m).last != t)
            return;
        out.push_back(m);
        t = mention(m).first;
        if (t >= begin_ + 2 && (is(t - 1, ",") || is(t - 1, "and"))) --t;
        else return;
        if (is(t - 1, ",") && t >= begin_ + 2) --t;  // "A, B, and C"
    }
}

// A post held in a body, written with the body as its modifier (nouns of `role` in
// lexicon/nouns.txt: "title", "belt", "seat"): "X retained his WBQ and IBZ titles", "X
// will defend the WBQ belt". The holder is a named possessor, else the clause's subject.
void RelationFinder::held_title_frame(std::uint32_t n) {
    if (noun_relation_of(n) != static_cast<int>(Relation::role)) return;
    std::vector<int> bodies, holders, ms, pronoun_owner;
    bodies_before(n, bodies);
    // Where the phrase stands in its clause: the noun, or the first name the parser made
    // the phrase's head.
    std::uint32_t anchor = n;
    if (!bodies.empty()) {
        const Mention& first = mention(bodies.back());
        for (std::uint32_t t = first.first; t < first.last; ++t)
            if (mention_headed_by(t) == bodies.back() && doc_.arcs[t].head != static_cast<std::int32_t>(n) &&
                (doc_.arcs[t].head < static_cast<std::int32_t>(first.first) ||
                 doc_.arcs[t].head >= static_cast<std::int32_t>(n)))
                anchor = t;
    }
    bool other_owner = false;
    auto read_modifiers = [&](std::uint32_t t) {
        for (std::uint32_t c : children_of(t)) {
            std::string_view rel = doc_.arcs[c].deprel;
            ms.clear();
            conjoined_mentions(c, ms, 0);
            if (rel == "nmod" && case_marker(c) == "of") {  // "the title of the WBQ"
                for (int m : ms)
                    if (entity_of(m) >= 0 && type_of(entity_of(m)) == NodeType::Organization) bodies.push_back(m);
            } else if (rel == "nmod:poss") {
                // "his title" is the clause subject's (below), whoever the nearest name is;
                // "the league's title" names no holder.
                if (doc_.arcs[c].upos == "PRON") {
                    pronoun_owner = ms;
                    continue;
                }
                for (int m : ms)
                    if (entity_of(m) >= 0 && type_of(entity_of(m)) == NodeType::Person) holders.push_back(m);
                if (holders.empty()) other_owner = true;
            }
        }
    };
    read_modifiers(n);
    if (anchor != n) read_modifiers(anchor);
    if (bodies.empty() || other_owner) return;
    if (holders.empty()) {
        std::string_view rel = doc_.arcs[anchor].deprel;
        if (!is_object(rel) && rel != "nmod" && !is_oblique(rel)) return;
        clause_subjects(anchor, holders);
        std::erase_if(holders, [&](int m) {
            return entity_of(m) < 0 || type_of(entity_of(m)) != NodeType::Person || mention_is_modifier(m);
        });
        if (holders.empty())
            for (int m : pronoun_owner)
                if (entity_of(m) >= 0 && type_of(entity_of(m)) == NodeType::Person) holders.push_back(m);
    }
    for (int h : holders)
        for (int b : bodies) emit_parsed(h, Relation::role, b, word(n), n, 0.6);
}

// Two names joined directly: "the church in X" (located in X), "X, Y" with Y a place.
void RelationFinder::modifier_frame(int am) {
    const Mention& a = mention(am);
    int ae = entity_of(am);
    if (ae < 0) return;
    if (type_of(ae) == NodeType::Person) age_then_place(am);
    for (std::uint32_t t = a.first; t < a.last; ++t) {
        if (mention_headed_by(t) != am) continue;
        for (std::uint32_t c : children_of(t)) {
            if (c >= a.first && c < a.last) continue;
            std::string_view rel = doc_.arcs[c].deprel;
            std::vector<int> ms;
            conjoined_mentions(c, ms, 0);
            for (int bm : ms) {
                int be = entity_of(bm);
                // "X at the Institute of Y": a person at a body works there.
                if (be >= 0 && rel == "nmod" && type_of(ae) == NodeType::Person &&
                    type_of(be) == NodeType::Organization && case_marker(c) == "at")
                    emit_parsed(am, Relation::member_of, bm, "at", t, 0.5);
                if (be < 0 || type_of(be) != NodeType::Place) continue;
                std::string prep = case_marker(c);
                if (rel == "nmod" && (prep == "in" || prep == "at" || prep == "near"))
                    emit_parsed(am, Relation::located_in, bm, prep, t, 0.6);
                else if (rel == "nmod" && prep == "of" && type_of(ae) == NodeType::Person)
                    emit_parsed(am, Relation::located_in, bm, prep, t, 0.55);  // "X of Kastel": home town
                else if (rel == "appos" && type_of(ae) != NodeType::Person && c == a.last + 1 && is(a.last, ","))
                    emit_parsed(am, Relation::located_in, bm, "in", t, 0.55);
            }
        }
    }
}

// "X, 50, of Kastel": the parser hangs the place on the age set off after the name.
void RelationFinder::age_then_place(int am) {
    const Mention& a = mention(am);
    if (a.last + 4 >= end_ || !is(a.last, ",") || doc_.arcs[a.last + 1].upos != "NUM" || !is(a.last + 2, ",") ||
        !is(a.last + 3, "of"))
        return;
    const int pm = mention_at(a.last + 4);
    if (pm >= 0 && entity_of(pm) >= 0 && type_of(entity_of(pm)) == NodeType::Place)
        emit_parsed(am, Relation::located_in, pm, "of", a.last + 3, 0.55);
}

}  // namespace kg::extract::relation_rules
