// Pattern: "Rep. Ann Veloso (D-N.M.)", "Sen. Tom Prell, R-Minn.,": the lawmaker is a member of
// the party and is located in the state (extract/party_tags.hpp reads the tag).
#include "extract/party_tags.hpp"
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

void RelationFinder::lawmaker_tags() {
    if (!sentence_names(NodeType::Person)) return;
    for (int pm = first_mention_; pm < end_mention_; ++pm) {
        const Mention& person = mention(pm);
        const int pe = entity_of(pm);
        if (person.kind != MentionKind::Name || pe < 0 || type_of(pe) != NodeType::Person) continue;
        const auto tag = party_tag_at(doc_, lex_, person.last);
        if (!tag) continue;
        // The party as the article names it ("Senate Democrats", "the Republican
        // Party"), else the American party of the tag's letter.
        int party = -1;
        for (std::size_t e = 0; e < doc_.entities.size() && party < 0; ++e)
            if (doc_.entities[e].type == NodeType::Organization && names_party(tag->party, doc_.entities[e].name))
                party = static_cast<int>(e);
        if (party < 0) party = find_or_add_entity(NodeType::Organization, party_name(tag->party));
        const std::string label(doc_.span_text(tag->first + 1, tag->last - 1));  // "D-N.M."
        emit(pe, Relation::member_of, party, label, person.first, tag->last, 0.8);
        emit(pe, Relation::located_in, find_or_add_entity(NodeType::Place, tag->state), label, person.first,
             tag->last, 0.8);
    }
}

}  // namespace kg::extract::relation_rules
