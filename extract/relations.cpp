#include "extract/relations.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "graph/names.hpp"

namespace kg::extract {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

bool is_preposition(std::string_view w) {
    static constexpr std::string_view kPreps[] = {"in", "at", "to", "of", "with", "for", "from", "by",
                                                  "into", "on", "between", "about", "against", "than",
                                                  "over", "under", "after", "before", "like", "among"};
    for (auto p : kPreps)
        if (w == p) return true;
    return false;
}

bool is_be(std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "being" || w == "am";
}

bool is_clause_break(std::string_view w) {
    return w == ";" || w == ":" || w == "--" || w == "(" || w == ")" || w == "that" || w == "which" ||
           w == "who" || w == "whose" || w == "while" || w == "but" || w == "because" || w == "although";
}

class RelationFinder {
   public:
    RelationFinder(Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex) {}

    std::vector<RelationCandidate> run() {
        find_modifiers();
        for (int s = 0; s < static_cast<int>(doc_.sentences.size()); ++s) {
            sentence_ = s;
            const Sentence& sent = doc_.sentences[s];
            if (sent.all_caps) continue;
            begin_ = sent.first_token;
            end_ = sent.last_token;
            // Mentions are in text order: this sentence's are one contiguous range.
            first_mention_ = end_mention_;
            while (first_mention_ < static_cast<int>(doc_.mentions.size()) && doc_.mentions[first_mention_].sentence < s)
                ++first_mention_;
            end_mention_ = first_mention_;
            while (end_mention_ < static_cast<int>(doc_.mentions.size()) && doc_.mentions[end_mention_].sentence == s)
                ++end_mention_;
            qualified_bodies();
            title_relations();
            as_title_relations();
            possessive_nominals();
            relational_nouns();
            verb_relations();
            located_in_relations();
        }
        return std::move(out_);
    }

   private:
    Document& doc_;
    const Lexicon& lex_;
    std::vector<RelationCandidate> out_;
    std::set<std::tuple<int, int, int, int>> seen_;  // subject, relation, object, sentence
    int sentence_ = 0;
    std::uint32_t begin_ = 0, end_ = 0;
    std::vector<bool> modifier_;
    int first_mention_ = 0, end_mention_ = 0;  // the current sentence's mentions

    const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
    // The token's text in lower case. Most tokens are short, so this stays in the small-string
    // buffer; comparisons against literals use is().
    std::string word(std::uint32_t i) const { return lower(doc_.token_text(i)); }
    // Is token i the lower-case word w (case-insensitively)? No allocation: the patterns ask
    // this for every token.
    bool is(std::uint32_t i, std::string_view w) const {
        const Token& tk = tok(i);
        if (tk.lex && tk.end - tk.begin == tk.lex->key.size()) return tk.lex->key == w;  // already lower case
        std::string_view t = doc_.token_text(i);
        if (t.size() != w.size()) return false;
        for (std::size_t k = 0; k < t.size(); ++k) {
            char c = t[k];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            if (c != w[k]) return false;
        }
        return true;
    }
    int mention_at(std::uint32_t t) const { return t < end_ ? doc_.mention_of_token[t] : -1; }
    const Mention& mention(int m) const { return doc_.mentions[m]; }
    int entity_of(int m) const { return m < 0 ? -1 : doc_.mentions[m].entity; }

    void emit(int subj, Relation rel, int obj, std::string label, std::uint32_t first,
              std::uint32_t last, double confidence) {
        if (subj < 0 || obj < 0 || subj == obj) return;
        if (!seen_.emplace(subj, static_cast<int>(rel), obj, sentence_).second) return;
        RelationCandidate c;
        c.subject = subj;
        c.object = obj;
        c.relation = rel;
        c.label = std::move(label);
        c.sentence = sentence_;
        c.first = std::min(first, last);
        c.last = std::max(first, last);
        c.confidence = confidence;
        out_.push_back(std::move(c));
    }

    NodeType type_of(int e) const { return doc_.entities[e].type; }

    int find_entity(NodeType type, std::string_view name) const {
        std::string key = name_key(name);
        for (std::size_t e = 0; e < doc_.entities.size(); ++e)
            if (doc_.entities[e].type == type && doc_.entities[e].key == key) return static_cast<int>(e);
        return -1;
    }

    int find_or_add_entity(NodeType type, std::string_view name) {
        int e = find_entity(type, name);
        if (e >= 0) return e;
        Entity ent;
        ent.name = std::string(name);
        ent.key = name_key(name);
        ent.type = type;
        ent.named = true;
        ent.aliases.push_back(ent.name);
        doc_.entities.push_back(std::move(ent));
        return static_cast<int>(doc_.entities.size() - 1);
    }

    // An organisation the title implies: "Senator" -> Senate; "Deputy Foreign Minister" ->
    // the "... Foreign Ministry" of the article.
    int implied_employer(const std::string& title) {
        std::string head = title.substr(title.rfind(' ') == std::string::npos ? 0 : title.rfind(' ') + 1);
        if (const LexRecord* r = lex_.find(head); r && !r->institution.empty())
            return find_or_add_entity(NodeType::Organization, r->institution);
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
    int employer_for(int owner_entity) const {
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

    // "ambassador to the US", "envoy to the WTO": where the holder of the title is posted.
    void title_destination(int person, std::uint32_t title_end, const std::string& label) {
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

    void role_from_title(int person, const std::string& title, int owner_mention, std::uint32_t tf,
                         std::uint32_t tl) {
        if (person < 0 || title.empty()) return;
        int owner = owner_mention >= 0 ? employer_for(entity_of(owner_mention)) : -1;
        if (owner < 0) owner = implied_employer(title);
        if (owner < 0 && owner_mention < 0) owner = reporting_organisation(tf);
        // "a member of the Management Committee": belonging, not a titled role.
        Relation rel = last_title_word(title) == "member" ? Relation::member_of : Relation::role;
        if (owner >= 0 && owner != person)
            emit(person, rel, owner, title, owner_mention >= 0 ? mention(owner_mention).first : tf, tl, 0.9);
        title_destination(person, tl, last_title_word(title));
    }

    // "IBM said Paul J. Rizzo will retire as vice chairman": a title with no employer written
    // belongs to the organisation the sentence reports from (its subject, before the title).
    int reporting_organisation(std::uint32_t before) const {
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
                if (w == "said" || w == "says" || w == "announced" || w == "reported") return mm.entity;
            }
        }
        return -1;
    }

    static std::string last_title_word(const std::string& title) {
        auto sp = title.rfind(' ');
        return sp == std::string::npos ? title : title.substr(sp + 1);
    }

    // Pattern: a body qualified by its country ("Polish Foreign Ministry", "UK intelligence",
    // "Danish parliament") is part of it; "the committee of the lower house of the Danish
    // parliament" is part of the parliament.
    void qualified_bodies() {
        for (int m = first_mention_; m < end_mention_; ++m) {
            const Mention& org = mention(m);
            if (org.sentence != sentence_ || org.type != NodeType::Organization || org.entity < 0) continue;
            for (int qi = first_mention_; qi < end_mention_; ++qi) {
                const Mention& q = doc_.mentions[qi];
                if (q.sentence != sentence_ || q.first != org.first || q.last >= org.last || q.entity < 0) continue;
                if (q.type == NodeType::Place) emit(org.entity, Relation::part_of, q.entity, "", org.first, org.last, 0.8);
            }
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

    // Pattern: titles written with a name ("Polish Foreign Ministry spokeswoman Anna
    // Rossi", "then-Senator Carl Berg", "another veteran Chilean diplomat, R. V.").
    void title_relations() {
        for (int m = first_mention_; m < end_mention_; ++m) {
            const Mention& p = mention(m);
            if (p.sentence != sentence_ || p.type != NodeType::Person || p.title_first < 0 || p.entity < 0) continue;
            role_from_title(p.entity, p.title, p.title_owner, static_cast<std::uint32_t>(p.title_first),
                            static_cast<std::uint32_t>(p.title_last));
            dash_parenthetical(p);
        }
    }

    // "Carl Berg -- now Lund's Attorney General --": a title in a dash parenthetical.
    void dash_parenthetical(const Mention& p) {
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
    static void classify_copula(std::string_view k, bool& as, bool& copula) {
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

    // Pattern: "served as France's ambassador to the WTO and as Deputy Foreign Minister",
    // "is currently the Deputy Foreign Minister", "his role as Chilean ambassador".
    void as_title_relations() {
        for (std::uint32_t i = begin_; i < end_; ++i) {
            if (!tok(i).lex) continue;
            bool as = false, copula = false;
            classify_copula(tok(i).lex->key, as, copula);
            if (!as && !copula) continue;
            std::uint32_t t = i + 1;
            while (t < end_ && (is(t, "currently") || is(t, "now") || is(t, "also") ||
                                is(t, "still") || is(t, "previously") || is(t, "formerly")))
                ++t;
            if (t < end_ && (is(t, "the") || is(t, "a") || is(t, "an"))) ++t;
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
        }
    }

    // "of the Iraqi National Oil Company", "of <Union Central Life>", "of its units": the
    // organisation or place a title is held at.
    int owner_after_title(std::uint32_t t) const {
        if (t + 1 >= end_ || (!is(t, "of") && !is(t, "at") && !is(t, "for"))) return -1;
        std::uint32_t o = t + 1;
        while (o < end_ && (is(o, "the") || is(o, "<"))) ++o;
        int m = mention_at(o);
        if (m >= 0 && entity_of(m) >= 0 && type_of(entity_of(m)) != NodeType::Person) return m;
        return -1;
    }

    // "appointing X as the new Oil Minister": X succeeds whoever held that title before in the
    // article.
    void new_holder(int person, const std::string& label, std::uint32_t first, std::uint32_t last) {
        for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
            if (static_cast<int>(e) == person || doc_.entities[e].type != NodeType::Person) continue;
            for (const std::string& t : doc_.entities[e].titles)
                if (t == label) emit(person, Relation::succeeds, static_cast<int>(e), "new " + label, first, last, 0.6);
        }
    }

    bool mention_is_modifier(int m) const { return modifier_[m]; }

    // A possessive name, the owner of a title, or a mention inside a longer one ("Polish" in
    // "Polish Foreign Ministry") modifies another; computed once per article.
    void find_modifiers() {
        modifier_.assign(doc_.mentions.size(), false);
        for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
            const Mention& mm = doc_.mentions[m];
            if (mm.possessive) modifier_[m] = true;
            if (mm.title_owner >= 0) modifier_[mm.title_owner] = true;
            int cover = doc_.mention_of_token[mm.first];
            if (cover >= 0 && cover != static_cast<int>(m)) {
                const Mention& c = doc_.mentions[cover];
                if (c.first <= mm.first && c.last >= mm.last && c.last - c.first > mm.last - mm.first)
                    modifier_[m] = true;
            }
            // A shorter mention starting at the same token as a longer one.
            for (std::size_t o = m + 1; o < doc_.mentions.size() && doc_.mentions[o].first == mm.first; ++o)
                if (doc_.mentions[o].last < mm.last) modifier_[o] = true;
        }
    }

    // The subject of the clause a word at `pos` belongs to: the nearest mention before it that
    // is not the object of a preposition, nor a modifier; -1 if none.
    int subject_mention_before(std::uint32_t pos) const {
        for (std::uint32_t t = pos; t-- > begin_;) {
            int m = mention_at(t);
            if (m < 0) continue;
            const Mention& mm = mention(m);
            t = mm.first;  // the loop continues before the mention
            if (mm.entity < 0 || mention_is_modifier(m)) continue;
            if (doc_.entities[mm.entity].type == NodeType::Event) continue;
            if (mm.kind == MentionKind::Demonym) continue;
            if (in_prepositional_phrase(m)) continue;
            return m;
        }
        return -1;
    }

    // Is the mention the object of a preposition, directly ("in Lisbon", "by the committee")
    // or as a later conjunct ("between X and Y")?
    bool in_prepositional_phrase(int m) const {
        std::uint32_t t = mention(m).first;
        for (int guard = 0; guard < 4; ++guard) {
            if (t > begin_ && is(t - 1, "the")) --t;
            if (t == begin_) return false;
            if (is_preposition(word(t - 1))) return true;
            if (!is(t - 1, "and") || t - 1 == begin_) return false;
            int prev = mention_at(t - 2);
            if (prev < 0) return false;
            t = mention(prev).first;
        }
        return false;
    }

    int subject_before(std::uint32_t pos) const { return entity_of(subject_mention_before(pos)); }

    // "Parliamentary committees and ... Ada Kim continue": the subject and the
    // mentions coordinated with it.
    std::vector<int> subjects_before(std::uint32_t pos) const {
        std::vector<int> out;
        int m = subject_mention_before(pos);
        if (m < 0) return out;
        out.push_back(entity_of(m));
        std::uint32_t t = mention(m).first;
        if (mention(m).title_first >= 0) t = std::min<std::uint32_t>(t, static_cast<std::uint32_t>(mention(m).title_first));
        if (mention(m).title_owner >= 0) t = std::min(t, mention(mention(m).title_owner).first);
        for (int guard = 0; guard < 4 && t > begin_; ++guard) {
            std::string w = word(t - 1);
            if (w != "and") break;
            std::uint32_t k = t - 1;
            while (k > begin_ && mention_at(k - 1) < 0 && tok(k - 1).is(shape::kLower) && !tok(k - 1).has(lx::kStop)) --k;
            if (k == begin_) break;
            int prev = mention_at(k - 1);
            if (prev < 0 || entity_of(prev) < 0) break;
            int e = entity_of(prev);
            if (type_of(e) != NodeType::Place || mention(prev).kind != MentionKind::Demonym)
                out.push_back(e);
            t = mention(prev).first;
        }
        return out;
    }

    // The entity a noun phrase starting at `t` names: possessive names and demonyms before
    // a generic noun are modifiers, the head wins ("Lund's adviser Ian Vale" -> Vale;
    // "Danish officials" -> Denmark).
    int object_at(std::uint32_t t, std::uint32_t* end_out = nullptr) const {
        while (t < end_ && (is(t, "the") || is(t, "a") || is(t, "an"))) ++t;
        int fallback = -1;
        for (std::uint32_t k = t; k < end_ && k < t + 8; ++k) {
            int m = mention_at(k);
            if (m < 0) {
                if (tok(k).has(lx::kTitle | lx::kTitleMod) || tok(k).is(shape::kPrefix)) continue;  // titles
                if (!tok(k).is(shape::kLower) || tok(k).has(lx::kStop) || tok(k).has(lx::kVerb)) break;
                continue;  // adjectives
            }
            const Mention& mm = mention(m);
            if (mm.entity < 0) {
                k = mm.last - 1;
                continue;
            }
            if (end_out) *end_out = mm.last;
            if (!mm.possessive && mention_is_modifier(m)) {  // a title's owner, a qualifier
                k = mm.last - 1;
                continue;
            }
            if (mm.possessive) {
                if (fallback < 0) fallback = m;
                k = mm.last;  // skip "'s"
                continue;
            }
            return m;
        }
        return fallback;
    }

    // Pattern: "X's replacement (as ambassador) (in Berlin), Y" / "... will be Y";
    // "Norway's Foreign Ministry" (part_of); "Peru's efforts to influence the vote".
    void possessive_nominals() {
        for (std::uint32_t i = begin_; i < end_; ++i) {
            int xm = mention_at(i);
            if (xm < 0 || mention(xm).last != i + 1) continue;
            const Mention& x = mention(xm);
            bool pronoun_possessive = x.kind == MentionKind::Pronoun && x.possessive;
            if (!x.possessive && !pronoun_possessive) {
                // "McFarlane successor John Poindexter": a name, then the noun, then a name.
                if (x.entity >= 0 && x.type == NodeType::Person && i + 2 < end_ && tok(i + 1).lex &&
                    tok(i + 1).lex->noun_relation == static_cast<std::int8_t>(Relation::succeeds)) {
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
            const LexRecord* r = tok(t).lex;
            if (!r || r->noun_relation < 0) continue;
            auto rel = static_cast<Relation>(r->noun_relation);
            if (rel == Relation::succeeds) {
                successor_pattern(x, t, noun);
            } else if (rel == Relation::meets && t + 1 < end_ && is(t + 1, "with")) {
                int ym = object_at(t + 2);
                if (ym >= 0) emit(x.entity, Relation::meets, entity_of(ym), noun, x.first, mention(ym).last, 0.75);
            }
        }
    }

    void successor_pattern(const Mention& x, std::uint32_t noun_at, const std::string& noun) {
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

    // Pattern: "meetings between X and Y", "collusion between X and Y", "investigations into
    // X's ... and Y's ...".
    void relational_nouns() {
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

    // A verb form used as a noun: after a determiner, a possessive or a possessive pronoun.
    bool is_noun_position(std::uint32_t v) const {
        std::string p = word(v - 1);
        return tok(v - 1).is(shape::kPossessive) || p == "the" || p == "a" || p == "an" || p == "his" ||
               p == "her" || p == "its" || p == "their" || p == "our" || p == "my" || p == "your" ||
               p == "this" || p == "these" || p == "those";
    }

    bool passive_before(std::uint32_t v) const {
        for (std::uint32_t k = v; k-- > begin_ && v - k <= 3;) {
            std::string w = word(k);
            if (is_be(w)) return true;
            if (w == "not" || w == "also" || w == "reportedly" || w == "allegedly" ||
                (w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0))
                continue;
            return false;
        }
        return false;
    }

    // Pattern: subject - verb - object, passives with "by" agents, coordinated subjects.
    void verb_relations() {
        for (std::uint32_t v = begin_; v < end_; ++v) {
            const Token& t = tok(v);
            if (!t.is(shape::kLower) || !t.lex || t.lex->verb_relation < 0) continue;
            if (mention_at(v) >= 0) continue;
            auto rel = static_cast<Relation>(t.lex->verb_relation);
            std::string label = word(v);
            std::string_view w = label;
            bool ends_ing = w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0;
            bool participle = !ends_ing && w != t.lex->lemma && w.back() != 's';
            if (participle && passive_before(v)) {
                // Agent after "by" in the same clause.
                for (std::uint32_t k = v + 1; k < end_ && k < v + 12; ++k) {
                    if (is_clause_break(word(k)) || is(k, ",")) break;
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
            if (k < end_ && is_preposition(word(k)) && !is(k, "by")) {
                prep = word(k);
                ++k;
            }
            int om = -1;
            for (std::uint32_t q = k; q < end_ && q < v + 10; ++q) {
                std::string qw = word(q);
                if (is_clause_break(qw) || qw == "," || qw == "and" || qw == "by") break;
                if (tok(q).is(shape::kLower) && tok(q).lex && tok(q).lex->verb_relation >= 0 && q > k) break;
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
                // title's owner modify the person met.
                if (mention(m).kind == MentionKind::Demonym || mention_is_modifier(m)) {
                    q = mention(m).last - 1;
                    continue;
                }
                om = m;
                break;
            }
            if (om < 0) continue;
            if (!prep.empty()) label += " " + prep;
            std::vector<int> objects{om};
            // "met X and Y": coordinated objects of the same kind.
            for (std::uint32_t k = mention(objects.back()).last; k + 1 < end_ && is(k, "and");) {
                std::uint32_t next_end = 0;
                int next = object_at(k + 1, &next_end);
                if (next < 0 || mention(next).type != mention(om).type) break;
                objects.push_back(next);
                k = mention(next).last;
            }
            for (int o : objects)
                for (int s : subjects) emit(s, rel, entity_of(o), label, v, mention(o).last, 0.7);
            if (rel == Relation::appoints) appointed_title(subjects, om);
        }
    }

    // Pattern: "named Charles Hinckley chairman and chief executive officer (of X)": the title
    // given with the appointment, at X or at the appointing organisation.
    void appointed_title(const std::vector<int>& appointers, int person_mention) {
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
            return;
        }
        for (int a : appointers)
            if (a >= 0 && type_of(a) == NodeType::Organization)
                emit(p.entity, Relation::role, a, label, tb, t, 0.7);
    }

    // Pattern: "the World Bank in Geneva" (an organisation in a place); a person's
    // clause "trained as an engineer in Lisbon", "his post in Madrid".
    void located_in_relations() {
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
};

}  // namespace

std::vector<RelationCandidate> find_relations(Document& doc, const Lexicon& lexicon) {
    return RelationFinder(doc, lexicon).run();
}

}  // namespace kg::extract
