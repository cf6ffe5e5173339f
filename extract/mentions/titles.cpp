// Mentions, step 5: lower-case titles before a name ("spokeswoman Anna Rossi") and after it
// ("Rosa Vidal, a Chilean diplomat,"), with their owners.
#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {

// Lower-case titles before a name ("spokeswoman Anna Rossi", "special counsel
// Ada Kim", "another veteran Chilean diplomat, Rosa Vidal") and after it
// ("Rosa Vidal, a Chilean diplomat,").
void MentionFinder::attach_lowercase_titles() {
    std::size_t count = doc_.mentions.size();
    for (std::size_t mi = 0; mi < count; ++mi) {
        if (doc_.mentions[mi].type != NodeType::Person || doc_.mentions[mi].kind != MentionKind::Name)
            continue;
        Mention& p = doc_.mentions[mi];
        if (p.title_first >= 0) {
            if (p.owner_first < 0) set_owner(p, possessive_owner(static_cast<std::uint32_t>(p.title_first), p.sentence));
            continue;
        }
        const Sentence& sent = doc_.sentences[p.sentence];
        std::uint32_t te = p.first;
        bool appositive = false;
        if (te > sent.first_token && text(te - 1) == ",") {
            appositive = true;
            --te;
        }
        std::uint32_t tb = te;
        while (tb > sent.first_token && tok(tb - 1).is(shape::kLower) &&
               tok(tb - 1).has(lx::kTitle | lx::kTitleMod) && !tok(tb - 1).has(lx::kStop))
            --tb;
        if (tb == te || !tok(te - 1).has(lx::kTitle)) {
            attach_title_after(mi);
            continue;
        }
        // The owner: a mention ending right before the title, or a demonym among
        // adjectives after a determiner ("another veteran Chilean diplomat").
        std::uint32_t k = tb;
        int owner = mention_ending_at(k);
        if (owner < 0) owner = possessive_owner(k, p.sentence);
        const bool possessive = owner >= 0 && (doc_.mentions[owner].possessive || tok(k - 1).is(shape::kPossessive));
        if (appositive) {
            if (owner < 0) {
                // Skip adjectives back to a determiner.
                std::uint32_t d = k;
                while (d > sent.first_token && tok(d - 1).is(shape::kLower) && !tok(d - 1).has(lx::kStop)) --d;
                if (d == sent.first_token || !is_determiner(d - 1)) continue;
            } else if (doc_.mentions[owner].type != NodeType::Place && !possessive) {
                // "Lund's police chief, X": a possessive owns the title whatever its type (a
                // town the recogniser has not typed yet); a plain name before it only if a place.
                continue;
            }
        }
        set_title(doc_.mentions[mi], tb, te, owner);
    }
}

bool MentionFinder::is_determiner(std::uint32_t i) const {
    std::string w = lower(text(i));
    return w == "a" || w == "an" || w == "another" || w == "the" || w == "former" || w == "one";
}

// "Lund's short-lived National Security Adviser": a possessive name before the title,
// over lower-case adjectives.
int MentionFinder::possessive_owner(std::uint32_t title_first, int s) const {
    const Sentence& sent = doc_.sentences[s];
    std::uint32_t k = title_first;
    while (k > sent.first_token && tok(k - 1).is(shape::kLower) && !tok(k - 1).has(lx::kStop) &&
           !tok(k - 1).has(lx::kVerb) && title_first - k < 3)
        --k;
    if (k == sent.first_token || !tok(k - 1).is(shape::kPossessive)) return -1;
    return mention_ending_at(k - 1);
}

// "Hahn Sang-yon, president of the company", "Ciriaco De Mita, Christian Democratic Party
// secretary", "Rosa Vidal, a Chilean diplomat,".
void MentionFinder::attach_title_after(std::size_t mi) {
    Mention& p = doc_.mentions[mi];
    const Sentence& sent = doc_.sentences[p.sentence];
    std::uint32_t k = p.last;
    if (k + 1 >= sent.last_token || text(k) != ",") return;
    std::uint32_t t = k + 1;
    if (is_determiner(t)) ++t;
    int owner = -1;
    std::uint32_t tb = 0, te = 0;
    for (; t < sent.last_token && t < k + 9; ++t) {
        int m = mention_starting_at(t);
        if (m >= 0 && (doc_.mentions[m].type == NodeType::Place || doc_.mentions[m].type == NodeType::Organization) &&
            !te) {
            owner = m;
            t = doc_.mentions[m].last - 1;
            continue;
        }
        if (m >= 0 && !te && adopt_title_only(p, doc_.mentions[m])) return;
        if (m >= 0) break;
        if (tok(t).has(lx::kTitle | lx::kTitleMod) && !tok(t).has(lx::kStop)) {
            if (!tb) tb = t;
            te = t + 1;
            continue;
        }
        if (te || !tok(t).is(shape::kLower) || tok(t).has(lx::kStop)) break;
    }
    if (!te || !tok(te - 1).has(lx::kTitle)) return;
    if (te + 1 < sent.last_token && (text(te) == "of" || text(te) == "at" || text(te) == "for")) {
        std::uint32_t o = te + 1;
        while (o < sent.last_token && o < te + 4 && (is_word(o, "the") || noun_like(o))) {
            if (mention_starting_at(o) >= 0) break;
            ++o;
        }
        int m = mention_starting_at(o);
        if (m >= 0 && doc_.mentions[m].type != NodeType::Person) owner = m;
    }
    set_title(p, tb, te, owner);
}

// "James Howard, Executive Vice-President of Acme,": a capitalised title already read as a
// bare title with its owner describes the name before the comma.
bool MentionFinder::adopt_title_only(Mention& p, const Mention& title_only) {
    if (title_only.type != NodeType::Other || title_only.kind != MentionKind::Description ||
        title_only.title_first < 0)
        return false;
    p.title_first = title_only.title_first;
    p.title_last = title_only.title_last;
    p.title = title_only.title;
    p.title_owner = -1;
    p.owner_first = title_only.owner_first;
    p.owner_last = title_only.owner_last;
    return true;
}

}  // namespace kg::extract::mention_rules
