// The tagger's linear models on disk, in about half the bytes of LinearModel::save (internal
// to extract/tagger/): the tagger's feature ids are folded to 32 bits when they are made (a
// few collisions among a few hundred thousand features cost nothing measurable), a row
// stores its length in one byte instead of an offset, and a weight's class in one byte.
#pragma once

#include "extract/nlp/linear_model.hpp"

namespace kg::nlp::tagger {

// Folds a 64-bit feature id to the 32 bits the tagger's models store.
constexpr Feature fold_feature(Feature f) { return (f ^ (f >> 32)) & 0xffffffffull; }

// Throws ModelError (through `out`'s file name at save time) if a model does not fit the
// layout: more than 255 classes, or a feature id wider than 32 bits.
void save_compact(const LinearModel& model, ModelWriter& out);
LinearModel load_compact(ModelReader& in);

}  // namespace kg::nlp::tagger
