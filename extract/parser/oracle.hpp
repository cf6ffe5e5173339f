// Training aids: the dynamic oracle of the arc-eager system (Goldberg & Nivre 2012), which
// says for any state, not just those on the gold path, how many gold arcs each move would
// make unreachable; and projectivisation of the gold trees it needs.
#pragma once

#include <array>
#include <vector>

#include "extract/parser/state.hpp"

namespace kg::nlp::parser {

// cost[m] for every valid move m (invalid moves get a large cost). `gold[i]` is word i's
// gold head (0-based, the root is n); `on_stack` is scratch.
void move_costs(const State& st, const std::vector<int>& gold, std::vector<char>& on_stack,
                std::array<int, 4>& cost);

// Whether the tree (heads 0-based, root n) has no crossing arcs.
bool is_projective(const std::vector<int>& head);

// Makes the tree projective by lifting arcs (Nivre & Nilsson 2005): while an arc is
// non-projective, the shortest such arc's dependent is attached to its head's head.
void projectivise(std::vector<int>& head);

}  // namespace kg::nlp::parser
