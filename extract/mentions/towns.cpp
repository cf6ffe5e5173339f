// "of Trapper Hollow, Montana,", "in Lundby, Minn.": a name followed by a comma and a state (a
// region or a state's abbreviation) and then by punctuation or the sentence's end is a town,
// whatever the recogniser made of an unknown word, and is named even where nothing else named
// it ("Lund Depot, Patchville, N.H.;": a list of sites, a line without a full stop).
#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {

bool MentionFinder::state_after_comma(std::uint32_t comma, const Sentence& sent) const {
    if (comma + 1 >= sent.last_token || text(comma) != ",") return false;
    const Token& state = tok(comma + 1);
    if (!state.has(lx::kPlaceAbbrev | lx::kRegion) || state.has(lx::kCountry) || !state.is(shape::kCap)) return false;
    return comma + 2 >= sent.last_token || tok(comma + 2).is(shape::kPunct);
}

void MentionFinder::towns_before_states() {
    std::vector<char> named(doc_.tokens.size(), 0);
    for (const Mention& m : doc_.mentions)
        for (std::uint32_t t = m.first; t < m.last; ++t) named[t] = 1;
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
        const Sentence& sent = doc_.sentences[si];
        if (sent.all_caps) continue;
        for (std::uint32_t comma = sent.first_token + 1; comma + 1 < sent.last_token; ++comma) {
            if (!state_after_comma(comma, sent)) continue;
            // Capitalised words no mention holds, after a comma, "and" or the line's start.
            std::uint32_t first = comma;
            while (first > sent.first_token && comma - first < 3 && tok(first - 1).is(shape::kCap) &&
                   !tok(first - 1).is(shape::kPunct) && !tok(first - 1).is(shape::kAllCaps) && !named[first - 1] &&
                   !tok(first - 1).has(lx::kStop | lx::kOrgHead | lx::kTitle | lx::kGiven | lx::kFemale))
                --first;
            if (first == comma || (first > sent.first_token && text(first - 1) != "," && !is_word(first - 1, "and"))) continue;
            push_wire_name(first, comma, static_cast<int>(si), NodeType::Place);
            for (std::uint32_t t = first; t < comma; ++t) named[t] = 1;
        }
    }
    for (Mention& m : doc_.mentions) {
        if (m.kind != MentionKind::Name || m.type == NodeType::Place || m.title_first >= 0) continue;
        const Sentence& sent = doc_.sentences[m.sentence];
        if (!state_after_comma(m.last, sent)) continue;
        // A person's given name, a title or a body's head word says otherwise.
        bool other = m.first > sent.first_token && tok(m.first - 1).is(shape::kCap) && !tok(m.first - 1).is(shape::kPunct);
        for (std::uint32_t t = m.first; t < m.last; ++t)
            other = other || tok(t).has(lx::kGiven | lx::kFemale | lx::kTitle | lx::kOrgHead | lx::kHonorific) ||
                    !tok(t).is(shape::kCap);
        if (other) continue;
        m.type = NodeType::Place;
        wire_names_.insert(static_cast<std::uint64_t>(m.first) << 32 | m.last);
    }
}

}  // namespace kg::extract::mention_rules
