// Stage 6: coreference within one article. Names become entities (a surname joins the full
// name it ends, "Foreign Ministry" the "Polish Foreign Ministry" named before, an acronym the
// body whose initials it spells); pronouns join the nearest person of a fitting gender;
// descriptions ("the ambassador", "The 66-year-old") join the person holding that title or
// the article's main person.
#pragma once

#include <set>
#include <tuple>
#include <vector>

#include "extract/document.hpp"
#include "graph/statement.hpp"

namespace kg::extract {

void resolve_coreference(Document& doc);

// Why each other name of an entity was joined to it, after resolve_coreference: one record
// per surface form that differs from the entity's name (possessive dropped), with the rule
// (join_rule::kSurname, kGivenName, kAcronym, kShortForm, kDemonym, kSameName) and the first
// sentence using that form as evidence. Records of the entity line's "joined" (README,
// "Merge records"). One list per entity, from one pass over the mentions.
std::vector<std::vector<Join>> alias_joins(const Document& doc);

// A town written with its state ("in Lundby, Minn., where"), the name as written being one more
// name of the town (join_rule::kWithState), with the first sentence so writing it; only where
// the statements place the town in that state in that sentence (`stated_in`: town entity,
// state entity, sentence), so that "Maryland, Virginia, and Ohio" names no town. One list per
// entity. The state stays an entity of its own.
std::vector<std::vector<Join>> state_written_names(const Document& doc,
                                                  const std::set<std::tuple<int, int, int>>& stated_in);

// A person's name as written with an honorific before it ("Mrs. Okafor", "Dr. Ines Okafor"),
// one more name of the person (join_rule::kHonorific); the mention itself leaves the
// honorific out. One list per entity, as above.
std::vector<std::vector<Join>> honorific_names(const Document& doc);

}  // namespace kg::extract
