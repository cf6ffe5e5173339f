// Pattern: "the Farmers Union, headed by President Ivo Pardek", "the Vela Group, chaired by Mara
// Ostby": the person after "by" holds the post of running the body before the comma, whatever
// the parse made of the clause around it.
#include "extract/relations/finder.hpp"
#include "extract/relations/word_set.hpp"

namespace kg::extract::relation_rules {
namespace {

// The post the verb names: "chaired by X" -> X is its chair.
std::string post_of(const std::string& verb) {
    if (verb == "headed" || verb == "run") return "head";
    if (verb == "led") return "leader";
    if (verb == "chaired") return "chair";
    if (verb == "directed") return "director";
    if (verb == "managed") return "manager";
    if (verb == "coached") return "coach";
    return "captain";
}

}  // namespace

void RelationFinder::led_by_relations() {
    static constexpr WordSet<8> kRunning(
        {"headed", "led", "chaired", "run", "directed", "managed", "coached", "captained"});
    if (!sentence_names(NodeType::Organization) || !sentence_names(NodeType::Person)) return;
    for (int om = first_mention_; om < end_mention_; ++om) {
        const Mention& body = mention(om);
        const int oe = entity_of(om);
        if (body.kind != MentionKind::Name || oe < 0 || type_of(oe) != NodeType::Organization) continue;
        const std::uint32_t comma = body.last + (body.possessive ? 1 : 0);
        if (comma + 3 >= end_ || !is(comma, ",") || !kRunning.contains(doc_.token_text(comma + 1)) ||
            !is(comma + 2, "by"))
            continue;
        // The person right after "by", or after the title that heads the name.
        for (int pm = first_mention_; pm < end_mention_; ++pm) {
            const Mention& person = mention(pm);
            const int pe = entity_of(pm);
            if (person.kind != MentionKind::Name || pe < 0 || type_of(pe) != NodeType::Person) continue;
            const std::uint32_t starts = person.title_first >= 0 ? static_cast<std::uint32_t>(person.title_first)
                                                                  : person.first;
            if (starts != comma + 3) continue;
            const std::string label = person.title.empty() ? post_of(word(comma + 1)) : person.title;
            emit(pe, Relation::role, oe, label, body.first, person.last, 0.75);
            break;
        }
    }
}

}  // namespace kg::extract::relation_rules
