// "Rep. Ann Veloso (D-W.Va.)", "Sen. Tom Prell, R-Texas, said": the US press's tag of a
// lawmaker's party and state, right after the name. The mention finder leaves its words
// alone (they are no names of their own) and the relation rules read it: the person is a
// member of the party and is located in the state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

struct PartyTag {
    std::uint32_t first = 0, last = 0;  // its tokens [first, last), brackets or commas included
    char party = 0;                     // 'D' or 'R'
    std::string state;                  // the state's name ("West Virginia"), empty if unknown
};

// The tag that starts at token `t` (its "(" or ","), if one does.
std::optional<PartyTag> party_tag_at(const Document& doc, const Lexicon& lexicon, std::uint32_t t);

// The party's full name: "Democratic Party" or "Republican Party".
const char* party_name(char party);
// Other names an article gives the party ("Democrats", "Republicans", "GOP"): one of them
// written in the article is the party's node.
bool names_party(char party, std::string_view name);

}  // namespace kg::extract
