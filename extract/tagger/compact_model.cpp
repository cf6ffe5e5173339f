#include "extract/tagger/compact_model.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace kg::nlp::tagger {

void save_compact(const LinearModel& model, ModelWriter& out) {
    if (model.classes() > 255) throw ModelError("tagger model: more than 255 classes do not fit its file layout");
    std::vector<LinearModel::Entry> entries = model.entries();  // in feature, then class order
    float largest = 0;
    for (const auto& e : entries) largest = std::max(largest, std::fabs(e.weight));
    const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
    std::vector<std::uint32_t> keys;
    std::vector<std::uint8_t> lengths, classes;
    std::vector<std::int16_t> weights;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        if (e.feature > 0xffffffffull) throw ModelError("tagger model: a feature id wider than 32 bits");
        if (i == 0 || e.feature != entries[i - 1].feature) {
            keys.push_back(static_cast<std::uint32_t>(e.feature));
            lengths.push_back(0);
        }
        ++lengths.back();  // at most classes() <= 255 cells in a row
        classes.push_back(static_cast<std::uint8_t>(e.cls));
        weights.push_back(static_cast<std::int16_t>(std::lround(e.weight / scale)));
    }
    out.put<std::uint32_t>(static_cast<std::uint32_t>(model.classes()));
    out.put<float>(scale);
    out.put_vector<std::uint32_t>(keys);
    out.put_vector<std::uint8_t>(lengths);
    out.put_vector<std::uint8_t>(classes);
    out.put_vector<std::int16_t>(weights);
}

LinearModel load_compact(ModelReader& in) {
    const auto n_classes = in.get<std::uint32_t>();
    const auto scale = in.get<float>();
    auto keys = in.get_vector<std::uint32_t>();
    auto lengths = in.get_vector<std::uint8_t>();
    auto classes = in.get_vector<std::uint8_t>();
    auto weights = in.get_vector<std::int16_t>();
    if (lengths.size() != keys.size()) in.fail("inconsistent tagger model (corrupt file)");
    std::vector<Feature> features(keys.begin(), keys.end());
    std::vector<std::uint32_t> offsets(keys.size() + 1, 0);
    for (std::size_t k = 0; k < keys.size(); ++k) offsets[k + 1] = offsets[k] + lengths[k];
    std::vector<std::uint16_t> cls(classes.begin(), classes.end());
    try {
        return LinearModel::from_rows(n_classes, std::move(features), std::move(offsets), cls, weights, scale);
    } catch (const std::invalid_argument& e) {
        in.fail(std::string("inconsistent tagger model (") + e.what() + ")");
    }
}

}  // namespace kg::nlp::tagger
