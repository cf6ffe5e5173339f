// Mentions, last typing step: one name, one type within an article. The recogniser reads each
// mention from its local context, so a clinic or a company named after "at" or "from" is read
// as a place there and as a body elsewhere ("left Lund Recovery" / "checked into Lund
// Recovery"), and the graph got two nodes of one name. Measured on news-dev (27 articles):
// eight names had two types (entity F1 0.872 -> 0.883, typed 0.819 -> 0.829).
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {
namespace {

// Index of a scored type in the vote, or -1.
int vote_slot(NodeType t) {
    switch (t) {
        case NodeType::Person: return 0;
        case NodeType::Organization: return 1;
        case NodeType::Place: return 2;
        default: return -1;
    }
}

constexpr std::array<NodeType, 3> kSlotType = {NodeType::Person, NodeType::Organization, NodeType::Place};

// A mention typed on lexical evidence (a title, a head word, a gazetteer place) outweighs
// several typed by context alone.
constexpr int kSureWeight = 3;

}  // namespace

void MentionFinder::one_type_per_name() {
    std::unordered_set<std::string_view> surnames;
    for (const Mention& m : doc_.mentions)
        if (m.kind == MentionKind::Name && m.type == NodeType::Person && m.last - m.first >= 2)
            surnames.insert(text(m.last - 1));
    // "Lund's police chief": a title's owner is typed a body whether it is a town or a
    // department, so it takes the type the name's other mentions give and has no vote.
    std::unordered_set<std::uint64_t> owners;
    for (const Mention& m : doc_.mentions)
        if (m.owner_first >= 0)
            owners.insert(static_cast<std::uint64_t>(m.owner_first) << 32 | static_cast<std::uint32_t>(m.owner_last));
    struct Vote {
        std::array<int, 3> weight{};
        bool place_after_in = false;  // a mention typed a place follows "in"
    };
    std::unordered_map<std::string, Vote> votes;
    for (const Mention& m : doc_.mentions) {
        int slot = vote_slot(m.type);
        if (m.kind != MentionKind::Name || m.name.empty() || slot < 0) continue;
        if (owners.count(static_cast<std::uint64_t>(m.first) << 32 | m.last)) continue;
        bool sure = rules_are_sure(m, surnames) || gazetteer_place(m);
        Vote& v = votes[lower(m.name)];
        v.weight[slot] += sure ? kSureWeight : 1;
        if (m.type == NodeType::Place && m.first > doc_.sentences[m.sentence].first_token && is_word(m.first - 1, "in"))
            v.place_after_in = true;
    }
    for (Mention& m : doc_.mentions) {
        if (m.kind != MentionKind::Name || m.name.empty() || vote_slot(m.type) < 0) continue;
        auto it = votes.find(lower(m.name));
        if (it == votes.end()) continue;  // named only as a title's owner
        const Vote& v = it->second;
        // A tie goes to the person, then to the body: local context reads a person or a body
        // after "at", "from" or "with" as a place more often than the other way round
        // ("a fire at the Lund Creamery", "left Lund Recovery"); but a place written after
        // "in" wins a tie with a body ("a bank branch in Lund" ... "Lund's police chief").
        int best = 0;
        for (int k = 1; k < 3; ++k)
            if (v.weight[k] > v.weight[best] ||
                (k == 2 && v.weight[2] == v.weight[best] && best == 1 && v.place_after_in))
                best = k;
        m.type = kSlotType[best];
    }
}

}  // namespace kg::extract::mention_rules
