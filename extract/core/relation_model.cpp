#include "extract/core/relation_model.hpp"

#include <cmath>

namespace kg::nlp {

std::string_view pair_relation_name(PairRelation r) {
    switch (r) {
        case PairRelation::work_for: return "Work_For";
        case PairRelation::live_in: return "Live_In";
        case PairRelation::org_based_in: return "OrgBased_In";
        case PairRelation::located_in: return "Located_In";
        case PairRelation::link: return "link";
        case PairRelation::none: break;
    }
    return "";
}

float RelationModel::margin_of(std::span<const Feature> feats, PairRelation relation) const {
    std::array<float, kPairRelations> scores{};
    weights.add_scores(feats, scores);
    return scores[static_cast<std::size_t>(relation)] - scores[0];
}

void RelationModel::save(const std::string& path) const {
    ModelWriter w;
    w.put<float>(margin);
    w.put<float>(link_margin);
    w.put_string(about);
    weights.save(w);
    w.save(path, kKind, kFormatVersion);
}

RelationModel RelationModel::load(const std::string& path) {
    ModelReader r(path, kKind, kFormatVersion);
    RelationModel m;
    m.margin = r.get<float>();
    m.link_margin = r.get<float>();
    if (!std::isfinite(m.margin) || !std::isfinite(m.link_margin)) r.fail("inconsistent relation model (corrupt file)");
    m.about = r.get_string();
    m.weights = LinearModel::load(r);
    r.expect_end();
    if (m.weights.classes() != kPairRelations) r.fail("relation model with a foreign class set");
    return m;
}

}  // namespace kg::nlp
