// Internal to graph/: a node's names as resolution knew them (NameRecord), written with every
// node build_graph makes and read back from a saved graph, so that the saved graph's names take
// part in resolution with the other inputs' names as its statements did (README, "Saved graphs
// as inputs").
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "graph/entity_resolver.hpp"
#include "graph/statement.hpp"

namespace kg::detail {

// The rules build_graph joins names by across articles: a saved graph's records of these are
// made again, or not, by the build it is fed into (a name it joined may part again).
bool is_build_rule(const Join& j);

// The candidates of one saved graph's names: per node, per name, the candidate (-1: empty name).
using SavedCandidates = std::vector<std::vector<int>>;

// Interns the names of a saved graph met on entity lines (`late` false) or first as statements'
// ends (`late` true), in the order the build that saved it met them, as that build did: counts,
// articles, first sightings, declarations (numbered from `next_declared` on), short forms and
// aliases that spell the whole name. Outlets are added to `outlets`.
void replay_names(const SavedGraph& g, bool late, EntityResolver& r, SavedCandidates& cands,
                  int& next_declared, std::set<int>& outlets);

// What the build knows of its candidates that the node's names record.
struct NameContext {
    EntityResolver* resolver = nullptr;  // not const: finding a tie's root compresses paths
    const std::set<int>* outlets = nullptr;
    std::map<int, int> declared_rank;  // candidate -> rank of its declaration
    int entity_phase_end = 0;          // candidates from here on were met as statements' ends
};

NameContext name_context(EntityResolver& r, const std::set<int>& outlets, int entity_phase_end);

// The records of a node's names: the label's candidate first, then the others in the order
// they were met.
std::vector<NameRecord> node_names(const std::vector<int>& members, int label, const NameContext& ctx);

// A node's merge records when it holds saved names: the saved graphs' records of its names
// (a record of a join across articles only where this build joins that name by that rule too:
// the saved one keeps the first build's evidence), then this build's own, one per name and
// rule, sorted.
std::vector<Join> with_replayed_records(const std::vector<int>& members,
                                        const std::map<int, std::vector<Join>>& saved_records,
                                        std::vector<Join> own, const std::string& label,
                                        const std::vector<std::string>& aliases);

}  // namespace kg::detail
