// "Rep. Ann Veloso (D-N.M.)", "Sen. Tom Prell, R-Minn., said": the American press's tag of a
// lawmaker's party and state, right after the name. The mention finder leaves its words
// alone (they are no names of their own) and the relation rules read it: the person is a
// member of the party and is located in the state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

struct PartyTag {
    std::uint32_t first = 0, last = 0;  // its tokens [first, last), brackets or commas included
    char party = 0;                     // 'D' or 'R'
    std::string state;                  // the state's name ("New Mexico")
};

// The tag that starts at token `t` (its "(" or ","), if one does.
std::optional<PartyTag> party_tag_at(const Document& doc, const Lexicon& lexicon, std::uint32_t t);

// The node of a party the article does not name: the American party of the tag's letter
// ("U.S. Democratic Party"; other countries have Democratic parties of their own).
std::string party_name(char party);
// Does the organisation's name call the tag's party by its members' word ("... Democrats",
// "Republican ...")? Then it is the party's node, as the article names it.
bool names_party(char party, std::string_view name);

}  // namespace kg::extract
