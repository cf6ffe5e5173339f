// The relation classifier's model (models/relations.kgm): a linear model that says, for two
// entities named in one sentence, whether the sentence states the relation their types allow
// (a person works for an organisation, lives in a place; an organisation is based in a place;
// a place lies in a place). The features are the extractor's (extract/relations/
// pair_features.cpp); this file only holds, saves and loads the weights.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "extract/nlp/linear_model.hpp"

namespace kg::nlp {

// The classes: none, one relation per pair of entity types (CoNLL04's), and a link of any
// other kind between any two (CrossRE's other labels: "X beat Y", "X criticised Y").
enum class PairRelation : std::uint8_t { none = 0, work_for, live_in, org_based_in, located_in, link };
inline constexpr std::size_t kPairRelations = 6;
// CoNLL04's names, which the training data uses ("Work_For", ...); "link"; "" for none.
std::string_view pair_relation_name(PairRelation r);

struct RelationModel {
    static constexpr std::string_view kKind = "relations";
    // Bump when the features change: a model trained on other features is refused.
    static constexpr std::uint32_t kFormatVersion = 2;

    LinearModel weights;  // features -> the kPairRelations classes
    // A relation is stated when its score exceeds none's by more than this (picked on dev);
    // a link, by more than link_margin.
    float margin = 0.0f;
    float link_margin = 0.0f;
    float margin_for(PairRelation r) const { return r == PairRelation::link ? link_margin : margin; }
    std::string about;  // the data it was trained on and its dev scores

    bool empty() const { return weights.classes() == 0; }
    // score(relation) - score(none) for the features.
    float margin_of(std::span<const Feature> feats, PairRelation relation) const;

    void save(const std::string& path) const;
    // A missing, truncated or foreign file throws ModelError naming it.
    static RelationModel load(const std::string& path);
};

}  // namespace kg::nlp
