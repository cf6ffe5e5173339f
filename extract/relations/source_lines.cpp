// Pattern: a monitored paper's or broadcaster's source line, "Tampere VIIKKOSANOMAT", "Tampere
// Radio Nord in Finnish" (a city in title case, the name right after it, in capitals or in a
// line without a full stop; extract/mentions/datelines.cpp splits them): the paper is based in
// the city.
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

void RelationFinder::source_line_relations() {
    if (!sentence_names(NodeType::Place) || !sentence_names(NodeType::Organization)) return;
    for (int pm = first_mention_; pm + 1 < end_mention_; ++pm) {
        const Mention& place = mention(pm);
        const int om = pm + 1;
        const Mention& paper = mention(om);
        if (place.kind != MentionKind::Name || paper.kind != MentionKind::Name || paper.first != place.last) continue;
        const int pe = entity_of(pm), oe = entity_of(om);
        if (pe < 0 || oe < 0 || type_of(pe) != NodeType::Place || type_of(oe) != NodeType::Organization) continue;
        bool shouted = true, place_in_capitals = false;
        for (std::uint32_t t = paper.first; t < paper.last; ++t) shouted = shouted && tok(t).is(shape::kAllCaps);
        for (std::uint32_t t = place.first; t < place.last; ++t) place_in_capitals = place_in_capitals || tok(t).is(shape::kAllCaps);
        if (!place_in_capitals && (shouted || doc_.sentences[sentence_].headline))
            emit(oe, Relation::located_in, pe, "", place.first, paper.last, 0.7);
    }
}

}  // namespace kg::extract::relation_rules
