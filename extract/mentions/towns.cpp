// "of Trapper Hollow, Montana,", "in Lundby, Minn.": a name followed by a comma and a state (a
// region or a state's abbreviation) and then by punctuation or the sentence's end is a town,
// whatever the recogniser made of an unknown word.
#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {

void MentionFinder::towns_before_states() {
    for (Mention& m : doc_.mentions) {
        if (m.kind != MentionKind::Name || m.type == NodeType::Place || m.title_first >= 0) continue;
        const Sentence& sent = doc_.sentences[m.sentence];
        const std::uint32_t comma = m.last;
        if (comma + 1 >= sent.last_token || text(comma) != ",") continue;
        const Token& state = tok(comma + 1);
        if (!state.has(lx::kPlaceAbbrev | lx::kRegion) || state.has(lx::kCountry) || !state.is(shape::kCap)) continue;
        if (comma + 2 < sent.last_token && !tok(comma + 2).is(shape::kPunct)) continue;
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
