#include "extract/party_tags.hpp"

namespace kg::extract {

std::optional<PartyTag> party_tag_at(const Document& doc, const Lexicon& lexicon, std::uint32_t t) {
    if (t + 2 >= doc.tokens.size()) return std::nullopt;
    const std::string_view open = doc.token_text(t);
    if (open != "(" && open != ",") return std::nullopt;
    const std::string_view close = open == "(" ? ")" : ",";
    // The tag is short: "D-N.M." is at most a few tokens ("D-N", ".", "M", ".").
    std::uint32_t end = t + 1;
    while (end < doc.tokens.size() && end - t <= 6 && doc.token_text(end) != close) ++end;
    if (end >= doc.tokens.size() || doc.token_text(end) != close || end == t + 1) return std::nullopt;
    const std::string_view inside = doc.text.substr(doc.tokens[t + 1].begin, doc.tokens[end].begin - doc.tokens[t + 1].begin);
    if (inside.size() < 4 || (inside[0] != 'D' && inside[0] != 'R') || inside[1] != '-') return std::nullopt;
    std::string state(inside.substr(2));
    while (!state.empty() && state.back() == ' ') state.pop_back();
    std::string lower;
    const LexRecord* r = lexicon.find(to_lower_ascii(state, lower));
    if (!r && !state.empty() && state.back() == '.') r = lexicon.find(to_lower_ascii(state.substr(0, state.size() - 1), lower));
    if (!r || !(r->flags & (lx::kRegion | lx::kPlaceAbbrev)) || (r->flags & lx::kCountry)) return std::nullopt;
    PartyTag tag;
    tag.first = t;
    tag.last = end + 1;
    tag.party = inside[0];
    tag.state = r->canonical.empty() ? state : std::string(r->canonical);
    return tag;
}

namespace {

// The word the party's members go by, without its ending ("Democrat-s", "Republican-s").
std::string_view members_stem(char party) { return party == 'D' ? "Democrat" : "Republican"; }

}  // namespace

std::string party_name(char party) {
    return party == 'D' ? std::string("U.S. ") + std::string(members_stem(party)) + "ic Party"
                        : std::string("U.S. ") + std::string(members_stem(party)) + " Party";
}

bool names_party(char party, std::string_view name) {
    const std::string_view stem = members_stem(party);
    // A word of the name starts with the stem: "Senate Democrats", "the Republican Party".
    for (std::size_t at = name.find(stem); at != std::string_view::npos; at = name.find(stem, at + 1))
        if (at == 0 || name[at - 1] == ' ') return true;
    return false;
}

}  // namespace kg::extract
