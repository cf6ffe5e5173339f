// Universal Dependencies relations as the relation stage groups them (dependency.cpp,
// noun_frames.cpp).
#pragma once

#include <string_view>

namespace kg::extract::relation_rules {

inline bool is_passive_subject(std::string_view deprel) { return deprel == "nsubj:pass"; }
inline bool is_subject(std::string_view deprel) { return deprel == "nsubj" || deprel == "nsubj:outer"; }
inline bool is_object(std::string_view deprel) { return deprel == "obj" || deprel == "iobj"; }
// Obliques and nominal modifiers that can join a second entity ("obl:tmod", "obl:npmod" are
// times and measures).
inline bool is_oblique(std::string_view deprel) { return deprel == "obl" || deprel == "obl:agent"; }
inline bool is_nominal_modifier(std::string_view deprel) { return deprel == "nmod" || deprel == "nmod:poss"; }

}  // namespace kg::extract::relation_rules
