// Relations read from the dependency parse (when the NLP core ran). Each predicate — a verb,
// or a noun that a copula, an apposition or a title written before a name ties to a name —
// gathers the entity mentions among its arguments; the subject side pairs with the object
// side. Coordination shares a role ("X and Y met Z"), relative clauses and reduced relatives
// take their noun as subject ("X, who met Y", "X, based in Y"), and clauses without a
// subject of their own borrow their governor's ("X agreed to meet Y", "failing to sign Y, X
// ..."). The verb or noun keeps the label; the verb and noun lexicons give the relation type
// where they know the word, otherwise the statement is `related`.
//
// The rules of the other files run first: a pair they already joined in the sentence is left
// to them (their patterns know titles, owners and appointments in more detail).
#include <algorithm>

#include "extract/relations/deprels.hpp"
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {
namespace {

// Relations a noun states of whoever takes part in the event it names ("talks", "lawsuit",
// "investigation"), unlike nouns of a tie ("wife", "branch") that relate the noun's own referent.
bool is_event_relation(int r) {
    if (r < 0) return false;
    auto rel = static_cast<Relation>(r);
    return rel == Relation::meets || rel == Relation::opposes || rel == Relation::investigates ||
           rel == Relation::supports || rel == Relation::accuses || rel == Relation::communicates;
}

// Prepositions after which a place is where the subject is, was or goes.
bool is_place_preposition(std::string_view p) {
    return p == "in" || p == "at" || p == "to" || p == "into" || p == "near" || p == "inside" || p == "outside" ||
           p == "throughout" || p == "across" || p == "within";
}

constexpr std::size_t kMaxConjuncts = 16;

bool is_relative_pronoun(std::string_view w) {
    return w == "who" || w == "which" || w == "that" || w == "whom" || w == "Who" || w == "Which" || w == "That";
}

}  // namespace

int RelationFinder::verb_prep_relation_of(std::uint32_t i, std::string_view prep) const {
    // Such verbs are common words, which a lower-case token does not look up when it is read
    // (extract/tokens.cpp): look it up here, for the few verbs with an oblique name.
    const Token& tk = tok(i);
    const LexRecord* lex = tk.lex ? tk.lex : lex_.find(word(i));
    if (!lex || lex->verb_prep_relation < 0) return -1;
    std::string_view preps = lex->verb_preps;
    while (!preps.empty()) {
        const std::size_t space = preps.find(' ');
        if (preps.substr(0, space) == prep) return lex->verb_prep_relation;
        if (space == std::string_view::npos) break;
        preps.remove_prefix(space + 1);
    }
    return -1;
}

// The post in an "as" phrase of the verb or of its argument's noun ("worked there as a
// neo-natal nurse": "nurse"; "served on the board as chairman"); empty when there is none.
std::string RelationFinder::title_after_as(std::uint32_t v, std::int32_t noun) const {
    for (std::uint32_t head : {v, noun >= 0 ? static_cast<std::uint32_t>(noun) : v})
        for (std::uint32_t c : children_of(head)) {
            std::string_view rel = doc_.arcs[c].deprel;
            if ((rel == "obl" || rel == "nmod" || rel == "advcl") && doc_.arcs[c].upos == "NOUN" &&
                case_marker(c) == "as" && mention_at(c) < 0)
                return word(c);
        }
    return {};
}

bool RelationFinder::light_verb(std::uint32_t v) const {
    const Token& tk = tok(v);
    const LexRecord* lex = tk.lex ? tk.lex : lex_.find(word(v));
    return lex && lex->verb_relation == kLightVerb;
}

void RelationFinder::index_children() {
    const std::uint32_t n = end_ - begin_;
    child_start_.assign(n + 2, 0);
    children_.assign(n, 0);
    for (std::uint32_t t = begin_; t < end_; ++t) {
        std::int32_t h = doc_.arcs[t].head;
        if (h >= static_cast<std::int32_t>(begin_) && h < static_cast<std::int32_t>(end_))
            ++child_start_[h - begin_ + 2];
    }
    for (std::uint32_t i = 2; i < n + 2; ++i) child_start_[i] += child_start_[i - 1];
    for (std::uint32_t t = begin_; t < end_; ++t) {
        std::int32_t h = doc_.arcs[t].head;
        if (h >= static_cast<std::int32_t>(begin_) && h < static_cast<std::int32_t>(end_))
            children_[child_start_[h - begin_ + 1]++] = t;
    }
}

std::span<const std::uint32_t> RelationFinder::children_of(std::uint32_t t) const {
    const std::uint32_t i = t - begin_;
    return {children_.data() + child_start_[i], children_.data() + child_start_[i + 1]};
}

// The mention whose head word is token t: t lies in the mention and its head lies outside.
int RelationFinder::mention_headed_by(std::uint32_t t) const {
    int m = mention_at(t);
    if (m < 0 || entity_of(m) < 0) return -1;
    const Mention& x = mention(m);
    std::int32_t h = doc_.arcs[t].head;
    if (h >= static_cast<std::int32_t>(x.first) && h < static_cast<std::int32_t>(x.last)) return -1;
    return m;
}

// The preposition or possessive marker of a nominal ("to" of "to the Mets"), lower case.
std::string RelationFinder::case_marker(std::uint32_t t) const {
    for (std::uint32_t c : children_of(t))
        if (doc_.arcs[c].deprel == "case") return word(c);
    return {};
}

// The mentions token t heads, with the ones coordinated with it ("X and Y").
void RelationFinder::conjoined_mentions(std::uint32_t t, std::vector<int>& out, int depth) const {
    // "X chief executive Y" read as a list without "and" or a comma: Y is the one meant, X
    // only says whose executive.
    for (std::uint32_t c : children_of(t))
        if (doc_.arcs[c].deprel == "conj" && !coordinated(c) && mention_headed_by(c) >= 0 && depth <= 8) {
            conjoined_mentions(c, out, depth + 1);
            return;
        }
    int m = mention_headed_by(t);
    // A name the parser split ("Halvard" and "Industries" both objects) is one argument.
    if (m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    // Lists of dozens of names ("X, Y, Z, ... and W") would pair every one with every other.
    if (depth > 8 || out.size() >= kMaxConjuncts) return;
    for (std::uint32_t c : children_of(t))
        if (doc_.arcs[c].deprel == "conj" && coordinated(c)) conjoined_mentions(c, out, depth + 1);
}

// A conjunct has its coordinator or comma before it ("and Y", ", Y"). Two names side by side
// with neither ("X chief executive Y") are no list, whatever the parse says.
bool RelationFinder::coordinated(std::uint32_t conjunct) const {
    for (std::uint32_t c : children_of(conjunct)) {
        if (c >= conjunct) break;
        std::string_view rel = doc_.arcs[c].deprel;
        if (rel == "cc" || rel == "punct") return true;
    }
    // The parser may hang the comma elsewhere: the word before the conjunct tells.
    const int m = mention_headed_by(conjunct);
    const std::uint32_t first = m >= 0 ? mention(m).first : conjunct;
    if (first <= begin_) return false;
    const std::string before = word(first - 1);
    return before == "," || before == ";" || before == "and" || before == "or" || before == "&" ||
           before == "nor" || before == "but";
}

// The arguments of predicate p: every child (and its conjuncts) that heads a mention, with
// its relation and preposition; `via` is the noun between for arguments one step down ("made
// an offer to X": X via "offer").
void RelationFinder::predicate_arguments(std::uint32_t p, std::vector<Argument>& out) const {
    out.clear();
    std::vector<int> ms;
    for (std::uint32_t c : children_of(p)) {
        std::string_view rel = doc_.arcs[c].deprel;
        if (rel == "conj" || rel == "punct" || rel == "cc") continue;
        ms.clear();
        conjoined_mentions(c, ms, 0);
        std::string prep = ms.empty() ? std::string() : case_marker(c);
        for (int m : ms) {
            // A name that modifies another ("U.S." of "U.S. Treasury Secretary X") is not the
            // argument; a pronoun is one only as subject, object or oblique ("his stay" is not).
            if (mention_is_modifier(m)) continue;
            if (mention(m).kind == MentionKind::Pronoun && !(is_subject(rel) || is_passive_subject(rel) ||
                                                             is_object(rel) || is_oblique(rel)))
                continue;
            out.push_back({m, rel, prep, -1});
        }
        // One step down through a noun that is no name: "made an offer to X", "the agent for X".
        if (!ms.empty() || mention_at(c) >= 0) continue;
        if (!is_object(rel) && !is_oblique(rel)) continue;
        for (std::uint32_t g : children_of(c)) {
            std::string_view grel = doc_.arcs[g].deprel;
            // "playing the sailor Carl Berg": a name right after the noun is the noun (one
            // behind a comma is as often a misparse of another clause's subject).
            if (grel == "appos") {
                ms.clear();
                conjoined_mentions(g, ms, 0);
                const std::string cp = ms.empty() ? std::string() : case_marker(c);
                for (int m : ms)
                    if (mention(m).kind == MentionKind::Name && mention(m).first == c + 1 && !mention_is_modifier(m))
                        out.push_back({m, rel, cp, -1});
                continue;
            }
            if (!is_nominal_modifier(grel)) continue;
            // "minimize Y's role" says little of Y unless the verb is one of the lexicon's
            // ("hailed Y's call").
            if (grel == "nmod:poss" && verb_relation_of(p) < 0 && verb_prep_relation_of(p, case_marker(c)) < 0) continue;
            ms.clear();
            conjoined_mentions(g, ms, 0);
            std::string gp = ms.empty() ? std::string() : case_marker(g);
            for (int m : ms)
                if (mention(m).kind != MentionKind::Pronoun) out.push_back({m, "nmod", gp, static_cast<std::int32_t>(c)});
        }
    }
}

bool RelationFinder::has_child(std::uint32_t t, std::string_view deprel) const {
    for (std::uint32_t c : children_of(t))
        if (doc_.arcs[c].deprel == deprel) return true;
    return false;
}

// "to court X": the verb has the infinitive marker "to".
bool RelationFinder::infinitive(std::uint32_t v) const {
    for (std::uint32_t c : children_of(v))
        if (doc_.arcs[c].deprel == "mark" && is(c, "to")) return true;
    return false;
}

// The subjects of a verb without one of its own: a relative clause's noun ("X, who met Y"),
// a reduced relative's ("X, based in Y"), or the governing clause's ("X agreed to meet Y").
void RelationFinder::borrowed_subjects(std::uint32_t v, std::vector<int>& out, int depth) const {
    const TokenArc& a = doc_.arcs[v];
    if (a.head < 0 || depth > 3) return;
    const auto h = static_cast<std::uint32_t>(a.head);
    if (a.deprel == "acl:relcl" || a.deprel == "acl") {
        conjoined_mentions(h, out, 0);
        // "X, the challenger nominated by Y": the noun is set beside a name, which it describes.
        if (out.empty() && doc_.arcs[h].deprel == "appos" && doc_.arcs[h].head >= 0)
            conjoined_mentions(static_cast<std::uint32_t>(doc_.arcs[h].head), out, 0);
        return;
    }
    if (a.deprel != "xcomp" && a.deprel != "advcl" && a.deprel != "conj") return;
    // A verb the parser coordinated without a conjunction ("X said the decree, signed ...,
    // relieved Y") is more often a misparse than a shared subject.
    if (a.deprel == "conj" && !has_child(v, "cc")) return;
    // "called on X to act", "urged X to act": after a verb of telling or asking an object
    // controls the infinitive; elsewhere ("stopped X to keep the title") the subject does.
    // (The parser labels such an infinitive xcomp or advcl.)
    if ((a.deprel == "xcomp" || (a.deprel == "advcl" && infinitive(v))) &&
        verb_relation_of(h) == static_cast<int>(Relation::communicates))
        for (std::uint32_t c : children_of(h))
            if (is_object(doc_.arcs[c].deprel) || (doc_.arcs[c].deprel == "obl" && c < v)) {
                conjoined_mentions(c, out, 0);
                return;
            }
    bool own_subject = false;
    for (std::uint32_t c : children_of(h))
        if (is_subject(doc_.arcs[c].deprel) || is_passive_subject(doc_.arcs[c].deprel)) {
            own_subject = true;
            conjoined_mentions(c, out, 0);
        }
    std::erase_if(out, [&](int m) { return mention_is_modifier(m); });
    drop_subjects_after(h, out);
    if (!own_subject && doc_.arcs[h].upos == "VERB") borrowed_subjects(h, out, depth + 1);
}

// Two subjects of one verb, one before it and one after, is a misparse of an object ("X
// stopped Y in the sixth round"): the one before is the subject.
void RelationFinder::drop_subjects_after(std::uint32_t verb, std::vector<int>& subjects) const {
    if (std::any_of(subjects.begin(), subjects.end(), [&](int m) { return mention(m).last <= verb; }))
        std::erase_if(subjects, [&](int m) { return mention(m).first > verb; });
}

// "X, who ...": the name that ends just before the relative pronoun (a comma between).
int RelationFinder::antecedent_of(std::uint32_t pronoun) const {
    std::uint32_t t = pronoun;
    if (t > begin_ && is(t - 1, ",")) --t;
    if (t <= begin_) return -1;
    int m = mention_at(t - 1);
    if (m < 0 || entity_of(m) < 0 || mention(m).last != t || mention(m).kind == MentionKind::Pronoun) return -1;
    return m;
}

// Hedged and negated as the tree scopes them: a modal, "not" or "reportedly" on the
// predicate, or a clause above it that hedges or denies ("expected to meet", "denied that X
// met Y"). A hedge in another clause of the sentence does not reach it.
int RelationFinder::parse_flags(std::uint32_t predicate) const {
    int flags = 0;
    std::uint32_t p = predicate;
    for (int level = 0; level < 4; ++level) {
        if (doc_.arcs[p].negated) flags |= kNegated;
        for (std::uint32_t c : children_of(p)) {
            std::string_view rel = doc_.arcs[c].deprel;
            if (rel != "aux" && rel != "advmod" && rel != "aux:pass" && rel != "cop") continue;
            if (tok(c).has(lx::kNegation) || doc_.arcs[c].negated) flags |= kNegated;
            if (tok(c).has(lx::kHedge)) flags |= kHedged;
        }
        if (level > 0) {
            if (tok(p).has(lx::kNegation)) flags |= kNegated;
            if (tok(p).has(lx::kHedge)) flags |= kHedged;
        }
        const TokenArc& a = doc_.arcs[p];
        if (a.head < 0) break;
        // Only clauses embedded under their governor inherit its hedge or denial.
        if (a.deprel != "xcomp" && a.deprel != "ccomp" && a.deprel != "csubj" && a.deprel != "acl") break;
        p = static_cast<std::uint32_t>(a.head);
    }
    return flags;
}

void RelationFinder::emit_parsed(int sm, Relation rel, int om, std::string label, std::uint32_t predicate,
                                 double confidence) {
    int s = entity_of(sm), o = entity_of(om);
    if (s < 0 || o < 0 || s == o) return;
    if (pairs_.count({sentence_, std::min(s, o), std::max(s, o)}) && !parsed_pairs_.count({std::min(s, o), std::max(s, o)})) {
        // The rules joined them already; a post the parse reads ("joined X as chief
        // economist") only makes their membership precise.
        if (rel == Relation::role)
            for (RelationCandidate& c : out_)
                if (c.sentence == sentence_ && c.subject == s && c.object == o && c.relation == Relation::member_of) {
                    c.relation = Relation::role;
                    c.label = std::move(label);
                    break;
                }
        return;
    }
    // A pair the parse has typed in this sentence ("X retained his WBQ title": role) needs
    // no plain link besides.
    if (rel == Relation::related &&
        std::any_of(out_.begin(), out_.end(), [&](const RelationCandidate& c) {
            return c.sentence == sentence_ && c.relation != Relation::related &&
                   std::min(c.subject, c.object) == std::min(s, o) && std::max(c.subject, c.object) == std::max(s, o);
        }))
        return;
    parsed_pairs_.emplace(std::min(s, o), std::max(s, o));
    const Mention& a = mention(sm);
    const Mention& b = mention(om);
    std::uint32_t first = std::min({a.first, b.first, predicate});
    std::uint32_t last = std::max({a.last - 1, b.last - 1, predicate});
    const std::size_t before = out_.size();
    emit(s, rel, o, std::move(label), first, last, confidence);
    if (out_.size() > before) out_.back().scoped_flags = parse_flags(predicate);
}

// A place after "in", "at", "to": where the subject is or goes. Otherwise the verb is the
// relation, typed by the lexicon where it knows the verb.
void RelationFinder::verb_pair(int sm, std::uint32_t v, const Argument& arg, int lexicon_relation) {
    std::string label = word(v);
    if (arg.via >= 0) label += " " + word(static_cast<std::uint32_t>(arg.via));
    if (!arg.prep.empty() && arg.prep != "'s") label += " " + arg.prep;
    int s = entity_of(sm), o = entity_of(arg.mention);
    if (s < 0 || o < 0) return;
    bool oblique = is_oblique(arg.deprel) || arg.via >= 0;
    // "flew to X" goes there; "sent experts to X" does not.
    bool goes = arg.prep != "to" && arg.prep != "into" ? true : !has_child(v, "obj");
    if (oblique && type_of(o) == NodeType::Place && is_place_preposition(arg.prep) && goes &&
        type_of(s) != NodeType::Place) {
        emit_parsed(sm, Relation::located_in, arg.mention, label, v, 0.6);
        return;
    }
    // "visited X": a meeting with a person or a body, a stay in a place.
    if (lexicon_relation == static_cast<int>(Relation::meets) && !oblique && type_of(o) == NodeType::Place &&
        type_of(s) != NodeType::Place) {
        emit_parsed(sm, Relation::located_in, arg.mention, label, v, 0.6);
        return;
    }
    // "works for X", "served on X's board": the verb's relation with that preposition.
    // "served on the board of X": the preposition is the noun's between.
    const std::string verb_prep = arg.via >= 0 ? case_marker(static_cast<std::uint32_t>(arg.via)) : arg.prep;
    if (oblique && !verb_prep.empty()) {
        const int with_prep = verb_prep_relation_of(v, verb_prep);
        if (with_prep >= 0) {
            Relation rel = typed_verb_relation(static_cast<Relation>(with_prep), s, o);
            // "worked at X as a nurse": a titled post there.
            const std::string title = rel == Relation::member_of ? title_after_as(v, arg.via) : std::string();
            if (!title.empty()) emit_parsed(sm, Relation::role, arg.mention, title, v, 0.65);
            else emit_parsed(sm, rel, arg.mention, label, v, 0.65);
            return;
        }
    }
    // "held talks with X", "filed a lawsuit against X", "a stoppage of X": a verb of no
    // relation of its own takes the relation of the event noun between.
    if (lexicon_relation < 0 && arg.via >= 0) {
        const int noun = noun_relation_of(static_cast<std::uint32_t>(arg.via));
        if (is_event_relation(noun)) {
            // "got loans from X": X backs the subject.
            if (static_cast<Relation>(noun) == Relation::supports && arg.prep == "from")
                emit_parsed(arg.mention, Relation::supports, sm, label, v, 0.6);
            else
                emit_parsed(sm, typed_verb_relation(static_cast<Relation>(noun), s, o), arg.mention, label, v, 0.6);
            return;
        }
    }
    if (lexicon_relation >= 0 && (!oblique || arg.prep == "with" || arg.prep == "to" || arg.prep == "against")) {
        Relation rel = typed_verb_relation(static_cast<Relation>(lexicon_relation), s, o);
        // "joined X as chief economist": the post there.
        const std::string title = rel == Relation::member_of ? title_after_as(v, arg.via) : std::string();
        if (!title.empty()) emit_parsed(sm, Relation::role, arg.mention, title, v, 0.7);
        else emit_parsed(sm, rel, arg.mention, label, v, 0.7);
        return;
    }
    // "X played against Y", "X defends his title against Y".
    if (verb_prep == "against" && type_of(o) != NodeType::Place && type_of(s) != NodeType::Place) {
        emit_parsed(sm, Relation::opposes, arg.mention, label, v, 0.55);
        return;
    }
    if (light_verb(v)) return;
    emit_parsed(sm, Relation::related, arg.mention, label, v, 0.5);
}

void RelationFinder::verb_frame(std::uint32_t v) {
    // A word tagged as a verb but built like a noun ("the missile attack on X") is a noun.
    for (std::uint32_t c : children_of(v)) {
        std::string_view rel = doc_.arcs[c].deprel;
        if (rel == "det" || rel == "nmod:poss" || rel == "amod" || rel == "compound") return;
    }
    predicate_arguments(v, args_);
    std::vector<int> subjects, agents, patients;
    bool passive = has_child(v, "aux:pass");
    // Two subjects, one before the verb and one after: the one after is the object the
    // parser missed ("X stopped Y in the sixth round").
    const bool subject_before = std::any_of(args_.begin(), args_.end(), [&](const Argument& a) {
        return is_subject(a.deprel) && a.via < 0 && mention(a.mention).last <= v;
    });
    for (Argument& a : args_)
        if (subject_before && is_subject(a.deprel) && a.via < 0 && mention(a.mention).first > v) a.deprel = "obj";
    for (const Argument& a : args_) {
        if (is_subject(a.deprel) && a.via < 0) subjects.push_back(a.mention);
        else if (is_passive_subject(a.deprel)) patients.push_back(a.mention);
        else if (a.deprel == "obl:agent" || (a.deprel == "obl" && a.prep == "by" && (passive || !patients.empty())))
            agents.push_back(a.mention);
    }
    if (subjects.empty() && patients.empty()) {
        const bool own_subject = has_child(v, "nsubj") || has_child(v, "nsubj:pass");
        // "X, who met Y": the relative pronoun is the subject and the noun stands for it.
        bool relative_pronoun = false;
        for (std::uint32_t c : children_of(v))
            if (is_subject(doc_.arcs[c].deprel) && is_relative_pronoun(doc_.token_text(c))) {
                relative_pronoun = true;
                // The parser may hang the clause elsewhere ("..., who founded X" as
                // parataxis): the noun is the name just before the pronoun.
                int m = antecedent_of(c);
                if (m >= 0 && doc_.arcs[v].deprel != "acl:relcl") subjects.push_back(m);
            }
        if (!own_subject || relative_pronoun) {
            std::vector<int> borrowed;
            borrowed_subjects(v, borrowed, 0);
            // A participle with an agent ("X, appointed by Y") describes its noun as the patient.
            bool has_agent = !agents.empty();
            for (int m : borrowed) (has_agent || passive ? patients : subjects).push_back(m);
        }
    }
    if (subjects.empty() && patients.empty()) return;
    const int lexicon_relation = verb_relation_of(v);
    const bool is_verb_of_relation = lexicon_relation >= 0;
    for (const Argument& a : args_) {
        if (a.deprel == "obl:agent" || (a.prep == "by" && !agents.empty())) continue;
        bool object_side = is_object(a.deprel) || (is_oblique(a.deprel) && a.via < 0) || a.via >= 0;
        if (!object_side) continue;
        for (int s : subjects) verb_pair(s, v, a, lexicon_relation);
        // "X was born in Y", "X was traded to Y": the patient with the verb's other arguments.
        if (is_oblique(a.deprel) || a.via >= 0)
            for (int p : patients) verb_pair(p, v, a, -1);
    }
    for (int ag : agents)
        for (int p : patients) {
            Argument as_object{p, "obj", {}, -1};
            verb_pair(ag, v, as_object, is_verb_of_relation ? lexicon_relation : -1);
        }
}

void RelationFinder::dependency_relations() {
    if (doc_.arcs.size() != doc_.tokens.size() || !sentence_named_) return;
    if (end_mention_ - first_mention_ < 2) return;
    index_children();
    parsed_pairs_.clear();
    // Titles first: "X retained his WBQ title" is a post held, whatever the verb says.
    for (std::uint32_t t = begin_; t < end_; ++t)
        if (mention_at(t) < 0 && doc_.arcs[t].upos == "NOUN") held_title_frame(t);
    for (std::uint32_t t = begin_; t < end_; ++t) {
        if (mention_at(t) >= 0) continue;  // predicates lie outside names
        std::string_view upos = doc_.arcs[t].upos;
        if (upos == "VERB") verb_frame(t);
        else if (upos == "NOUN" || upos == "PROPN") {
            noun_frame(t);
            facility_frame(t);
        }
    }
    for (int m = first_mention_; m < end_mention_; ++m) modifier_frame(m);
}

}  // namespace kg::extract::relation_rules
