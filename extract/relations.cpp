#include "extract/relations.hpp"

#include "extract/relations/finder.hpp"

namespace kg::extract::relation_rules {

std::vector<RelationCandidate> RelationFinder::run() {
    find_modifiers();
    for (int s = 0; s < static_cast<int>(doc_.sentences.size()); ++s) {
        sentence_ = s;
        const Sentence& sent = doc_.sentences[s];
        if (sent.all_caps) continue;
        begin_ = sent.first_token;
        end_ = sent.last_token;
        // Mentions are in text order: this sentence's are one contiguous range.
        first_mention_ = end_mention_;
        while (first_mention_ < static_cast<int>(doc_.mentions.size()) && doc_.mentions[first_mention_].sentence < s)
            ++first_mention_;
        end_mention_ = first_mention_;
        while (end_mention_ < static_cast<int>(doc_.mentions.size()) && doc_.mentions[end_mention_].sentence == s)
            ++end_mention_;
        survey_sentence();
        qualified_bodies();
        title_relations();
        as_title_relations();
        possessive_nominals();
        relational_nouns();
        dealing_nouns();
        verb_relations();
        located_in_relations();
        place_asides();
        described_places();
        parenthetical_players();
        nationality_before_names();
        source_line_relations();
        company_town_relations();
        lawmaker_tags();
        led_by_relations();
        home_places();
        appositive_relations();
        passive_appointment_titles();
        dependency_relations();
    }
    return std::move(out_);
}

// One pass over the sentence's tokens: the lexicon flags of its words, whether any is part
// of a mention, and the types of the entities those mentions name. Most sentences have no
// verb of a relation, no title, no place or no name at all, and the patterns that need one
// skip them without a look at each token.
void RelationFinder::survey_sentence() {
    std::uint32_t flags = 0;
    bool named = false;
    unsigned types = 0;
    bool possessive = false, possessive_org = false;
    int last = -1;
    for (std::uint32_t t = begin_; t < end_; ++t) {
        flags |= tok(t).flags();
        int m = doc_.mention_of_token[t];
        if (m < 0) continue;
        named = true;
        if (m == last) continue;
        last = m;
        int e = entity_of(m);
        if (e < 0) continue;
        types |= 1u << static_cast<unsigned>(type_of(e));
        possessive = possessive || mention(m).possessive;
        possessive_org = possessive_org || (mention(m).possessive && type_of(e) == NodeType::Organization);
    }
    sentence_flags_ = flags;
    sentence_named_ = named;
    sentence_types_ = types;
    sentence_possessive_ = possessive;
    sentence_possessive_org_ = possessive_org;
}

void RelationFinder::emit(int subj, Relation rel, int obj, std::string label, std::uint32_t first,
                          std::uint32_t last, double confidence) {
    if (subj < 0 || obj < 0 || subj == obj) return;
    // A post, a membership, a part or a place is held in a body or a place, never in a person
    // (a rule that took a coordinated name for its body: "a veteran of the Lund Police, and
    // Trooper Holm").
    const bool held_in = rel == Relation::role || rel == Relation::member_of || rel == Relation::part_of ||
                         rel == Relation::located_in;
    if (held_in && doc_.entities[static_cast<std::size_t>(obj)].type == NodeType::Person) return;
    if (!seen_.emplace(subj, static_cast<int>(rel), obj, sentence_).second) return;
    pairs_.emplace(sentence_, std::min(subj, obj), std::max(subj, obj));
    RelationCandidate c;
    c.subject = subj;
    c.object = obj;
    c.relation = rel;
    c.label = std::move(label);
    c.sentence = sentence_;
    c.first = std::min(first, last);
    c.last = std::max(first, last);
    c.confidence = confidence;
    out_.push_back(std::move(c));
}

int RelationFinder::find_entity(NodeType type, std::string_view name) const {
    std::string key = name_key(name);
    for (std::size_t e = 0; e < doc_.entities.size(); ++e)
        if (doc_.entities[e].type == type && doc_.entities[e].key == key) return static_cast<int>(e);
    return -1;
}

int RelationFinder::find_or_add_entity(NodeType type, std::string_view name) {
    int e = find_entity(type, name);
    if (e >= 0) return e;
    Entity ent;
    ent.name = std::string(name);
    ent.key = name_key(name);
    ent.type = type;
    ent.named = true;
    ent.aliases.push_back(ent.name);
    doc_.entities.push_back(std::move(ent));
    return static_cast<int>(doc_.entities.size() - 1);
}

}  // namespace kg::extract::relation_rules

namespace kg::extract {

std::vector<RelationCandidate> find_relations(Document& doc, const Lexicon& lexicon, const Outlets* outlets) {
    return relation_rules::RelationFinder(doc, lexicon, outlets).run();
}

}  // namespace kg::extract
