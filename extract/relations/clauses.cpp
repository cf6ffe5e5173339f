// Clause structure shared by the patterns: modifiers, the subject before a word (with
// coordinated subjects), the object noun phrase after it, passives.
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

// A possessive name, the owner of a title, or a mention inside a longer one ("Polish" in
// "Polish Foreign Ministry") modifies another; computed once per article.
void RelationFinder::find_modifiers() {
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
int RelationFinder::subject_mention_before(std::uint32_t pos) const {
    for (std::uint32_t t = pos; t-- > begin_;) {
        int m = mention_at(t);
        if (m < 0) continue;
        const Mention& mm = mention(m);
        t = mm.first;  // the loop continues before the mention
        if (mm.entity < 0 || mention_is_modifier(m)) continue;
        if (doc_.entities[mm.entity].type == NodeType::Event) continue;
        if (mm.kind == MentionKind::Demonym) continue;
        // "a Lisbon businessman": a place after an article modifies the noun after it.
        if (doc_.entities[mm.entity].type == NodeType::Place && mm.first > begin_ &&
            (is(mm.first - 1, "a") || is(mm.first - 1, "an")))
            continue;
        if (in_prepositional_phrase(m)) continue;
        return m;
    }
    return -1;
}

// Is the mention the object of a preposition, directly ("in Lisbon", "by the committee")
// or as a later conjunct ("between X and Y")?
bool RelationFinder::in_prepositional_phrase(int m) const {
    std::uint32_t t = mention(m).first;
    for (int guard = 0; guard < 4; ++guard) {
        // "in the Lund", "from his Ohio farm": a determiner between.
        if (t > begin_ && (is(t - 1, "the") || is(t - 1, "his") || is(t - 1, "her") || is(t - 1, "their") ||
                           is(t - 1, "its") || is(t - 1, "our")))
            --t;
        if (t == begin_) return false;
        if (preposition_at(t - 1)) return true;
        if (!is(t - 1, "and") || t - 1 == begin_) return false;
        int prev = mention_at(t - 2);
        if (prev < 0) return false;
        t = mention(prev).first;
    }
    return false;
}

// "Parliamentary committees and ... Ada Kim continue": the subject and the
// mentions coordinated with it.
std::vector<int> RelationFinder::subjects_before(std::uint32_t pos) const {
    std::vector<int> out;
    int m = subject_mention_before(pos);
    if (m < 0) return out;
    out.push_back(entity_of(m));
    std::uint32_t t = mention(m).first;
    if (mention(m).title_first >= 0) t = std::min<std::uint32_t>(t, static_cast<std::uint32_t>(mention(m).title_first));
    if (mention(m).title_owner >= 0) t = std::min(t, mention(mention(m).title_owner).first);
    bool joined = false;
    for (int guard = 0; guard < 6 && t > begin_; ++guard) {
        std::string w = word(t - 1);
        // "A, B and C agreed": commas before the last "and" list more subjects of one kind.
        if (w == "," && joined && t - 1 > begin_) {
            int prev = mention_at(t - 2);
            if (prev < 0 || entity_of(prev) < 0 || mention(prev).last != t - 1 || mention(prev).possessive ||
                type_of(entity_of(prev)) != type_of(out.front()))
                break;
            out.push_back(entity_of(prev));
            t = mention(prev).first;
            continue;
        }
        if (w != "and") break;
        joined = true;
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
int RelationFinder::object_at(std::uint32_t t, std::uint32_t* end_out) const {
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

// A verb form used as a noun: after a determiner, a possessive or a possessive pronoun.
bool RelationFinder::is_noun_position(std::uint32_t v) const { return starts_noun_phrase(v - 1); }

// A determiner, a possessive or a possessive pronoun: a noun phrase begins at token i.
bool RelationFinder::starts_noun_phrase(std::uint32_t i) const {
    if (tok(i).is(shape::kPossessive)) return true;
    static constexpr std::string_view kWords[] = {"the", "a",   "an",   "his",  "her",   "its",  "their",
                                                  "our", "my",  "your", "this", "these", "those"};
    for (std::string_view w : kWords)
        if (is(i, w)) return true;
    return false;
}

bool RelationFinder::passive_before(std::uint32_t v) const {
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

}  // namespace kg::extract::relation_rules
