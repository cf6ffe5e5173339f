// Pattern: "Lund Marine Inc. of Tampere" (a company's legal form, "of" and a place;
// extract/mentions/datelines.cpp keeps the town out of the name): the company is based there,
// and in the state written after the town ("Lund Co. of Tampere, Minn.").
#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

void RelationFinder::company_town_relations() {
    if (!sentence_names(NodeType::Place) || !sentence_names(NodeType::Organization)) return;
    for (int om = first_mention_; om + 1 < end_mention_; ++om) {
        const Mention& company = mention(om);
        const int oe = entity_of(om);
        if (company.kind != MentionKind::Name || oe < 0 || type_of(oe) != NodeType::Organization) continue;
        if (company.last + 1 >= end_ || !is(company.last, "of")) continue;
        std::string form = word(company.last - 1);
        if (!form.empty() && form.back() == '.') form.pop_back();
        if (form != "inc" && form != "corp" && form != "co" && form != "cos" && form != "ltd" && form != "plc" &&
            form != "llc")
            continue;
        const int pm = mention_at(company.last + 1);
        if (pm < 0 || mention(pm).first != company.last + 1 || mention(pm).kind != MentionKind::Name) continue;
        const int pe = entity_of(pm);
        if (pe < 0 || type_of(pe) != NodeType::Place) continue;
        emit(oe, Relation::located_in, pe, "", company.first, mention(pm).last, 0.7);
        const std::uint32_t comma = mention(pm).last;
        if (comma + 1 >= end_ || !is(comma, ",")) continue;
        const int sm = mention_at(comma + 1);
        if (sm >= 0 && mention(sm).first == comma + 1 && entity_of(sm) >= 0 && type_of(entity_of(sm)) == NodeType::Place)
            emit(oe, Relation::located_in, entity_of(sm), "", company.first, mention(sm).last, 0.7);
    }
}

}  // namespace kg::extract::relation_rules
