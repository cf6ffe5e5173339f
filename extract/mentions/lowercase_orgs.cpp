// Mentions, step 4: organisations written with lower-case heads ("Danish parliament", "the Lund
// administration", "the budget committee of ...").
#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {

int MentionFinder::mention_ending_at(std::uint32_t last) const {
    for (std::size_t m = doc_.mentions.size(); m-- > 0;)
        if (doc_.mentions[m].last == last && doc_.mentions[m].kind != MentionKind::Pronoun) return static_cast<int>(m);
    return -1;
}

int MentionFinder::mention_starting_at(std::uint32_t first) const {
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m)
        if (doc_.mentions[m].first == first) return static_cast<int>(m);
    return -1;
}

bool MentionFinder::is_body_word(std::string_view w) {
    return w == "ministry" || w == "committee" || w == "council" || w == "party" || w == "commission" ||
           w == "agency" || w == "department" || w == "board" || w == "group" || w == "union";
}

bool MentionFinder::noun_like(std::uint32_t i) const {
    const Token& t = tok(i);
    return t.is(shape::kLower) && !t.has(lx::kStop | lx::kVerb) && !t.is(shape::kPrefix);
}

// "Danish parliament", "UK intelligence", "the Lund administration", "Lund's campaign",
// "the UK election", "the budget committee of ...".
void MentionFinder::lower_case_organisations() {
    std::size_t count = doc_.mentions.size();
    for (std::size_t mi = 0; mi < count; ++mi) {
        Mention& m = doc_.mentions[mi];
        if (m.kind == MentionKind::Pronoun || m.kind == MentionKind::Description) continue;
        std::uint32_t h = m.last + (m.possessive ? 1 : 0);
        const Sentence& sent = doc_.sentences[m.sentence];
        if (h >= sent.last_token) continue;
        const Token& head = tok(h);
        if (!head.is(shape::kLower)) continue;
        // "Danish army officers": the head modifies a noun after it. With the parse, the
        // tagger says whether the next word is a noun ("the Zorvan navy seized ...": a verb
        // the word lists do not hold); without it, any lower-case non-verb counts.
        bool followed_by_noun = h + 1 < sent.last_token &&
                                (doc_.arcs.empty() ? noun_like(h + 1)
                                                   : noun_like(h + 1) && doc_.arcs[h + 1].upos == "NOUN");
        if (m.type == NodeType::Place && !m.possessive && head.has(lx::kOrgHeadLower) && !followed_by_noun) {
            Mention org = make(m.first, h + 1, m.sentence, NodeType::Organization, MentionKind::Name);
            org.name = org.surface;
            doc_.mentions.push_back(std::move(org));  // the place stays: it qualifies the body
            continue;
        }
        if (m.type == NodeType::Place && head.has(lx::kEventHead) && !followed_by_noun) {
            Mention ev = make(m.first, h + 1, m.sentence, NodeType::Event, MentionKind::Name);
            ev.name = ev.surface;
            doc_.mentions.push_back(std::move(ev));
            continue;
        }
        std::string hw = lower(text(h));
        if (m.type == NodeType::Organization && m.kind == MentionKind::Name && !m.possessive &&
            is_body_word(hw)) {
            // "the Heavy Industries ministry", "the Baath party": the head joins the name.
            m.last = h + 1;
            m.surface = std::string(doc_.span_text(m.first, m.last));
            m.name = m.surface;
            m.possessive = m.last < doc_.tokens.size() && tok(m.last).is(shape::kPossessive);
            continue;
        }
        if ((m.type == NodeType::Person || m.type == NodeType::Organization) &&
            m.last - m.first == 1 && m.title_first < 0 &&
            (hw == "administration" || hw == "campaign" || hw == "government") &&
            (m.possessive || (m.first > 0 && is_word(m.first - 1, "the")))) {
            // A name used as a modifier: the organisation, not the person.
            Mention org = make(m.first, h + 1, m.sentence, NodeType::Organization, MentionKind::Name);
            org.surface = std::string(doc_.span_text(m.first, h + 1));
            org.name = m.surface + " " + hw;
            org.possessive = h + 1 < doc_.tokens.size() && tok(h + 1).is(shape::kPossessive);
            m.name.clear();  // replaced
            m.kind = MentionKind::Name;
            doc_.mentions.push_back(std::move(org));
        }
    }
    doc_.mentions.erase(std::remove_if(doc_.mentions.begin(), doc_.mentions.end(),
                                       [](const Mention& m) {
                                           return m.kind == MentionKind::Name && m.name.empty();
                                       }),
                        doc_.mentions.end());
    // "the budget committee of the lower house": a lower-case named body.
    for (int s = 0; s < static_cast<int>(doc_.sentences.size()); ++s) {
        const Sentence& sent = doc_.sentences[s];
        for (std::uint32_t i = sent.first_token; i + 3 < sent.last_token; ++i) {
            if (!is_word(i, "the")) continue;
            std::uint32_t k = i + 1;
            while (k < sent.last_token && k - i <= 3 && noun_like(k) && !tok(k).has(lx::kOrgHead)) ++k;
            if (k == i + 1 || k + 1 >= sent.last_token) continue;
            std::string hw = lower(text(k));
            bool body = hw == "committee" || hw == "commission" || hw == "council" ||
                        hw == "subcommittee" || hw == "panel" || hw == "tribunal";
            if (!body || text(k + 1) != "of") continue;
            Mention org = make(i + 1, k + 1, s, NodeType::Organization, MentionKind::Name);
            org.name = title_case(org.surface);
            doc_.mentions.push_back(std::move(org));
            i = k;
        }
    }
}

}  // namespace kg::extract::mention_rules
