#include "extract/mentions.hpp"

#include <algorithm>

#include "extract/mentions/finder.hpp"
#include "extract/party_tags.hpp"
#include "graph/names.hpp"

namespace kg::extract::mention_rules {

void MentionFinder::run() {
    collect_mid_sentence_capitals();
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) scan_sentence(static_cast<int>(s));
    persons_naming_organisations();
    type_singletons();
    lower_case_organisations();
    attach_lowercase_titles();
    apply_recognised();
    // Again for names and owners only the recogniser found ("Lund's police chief, X" where
    // the rules had no "Lund").
    attach_lowercase_titles();
    drop_legal_forms();
    drop_party_tags();
    towns_before_states();
    drop_works_and_awards();
    short_forms_of_organisations();
    sort_mentions();
    one_type_per_name();
    head_word_descriptions();
    // Title owners were recorded as indices before sorting; they are re-linked by position.
    relink_owners();
    doc_.mention_of_token.assign(doc_.tokens.size(), -1);
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
        const Mention& mm = doc_.mentions[m];
        if (mm.kind == MentionKind::Name && mm.name.empty()) continue;
        for (std::uint32_t t = mm.first; t < mm.last; ++t)
            if (doc_.mention_of_token[t] < 0) doc_.mention_of_token[t] = static_cast<int>(m);
    }
}

// Mentions in text order, longest first at the same start (a stable sort). The order is
// found on indices and applied once: a Mention holds three strings, moving them around in
// the sort itself cost more than the comparisons. Mostly they are in order already.
void MentionFinder::sort_mentions() {
    std::vector<Mention>& ms = doc_.mentions;
    auto before = [&](std::uint32_t a, std::uint32_t b) {
        return ms[a].first != ms[b].first ? ms[a].first < ms[b].first : ms[a].last > ms[b].last;
    };
    std::vector<std::uint32_t> order(ms.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    if (std::is_sorted(order.begin(), order.end(), before)) return;
    std::stable_sort(order.begin(), order.end(), before);
    std::vector<Mention> sorted;
    sorted.reserve(ms.size());
    for (std::uint32_t i : order) sorted.push_back(std::move(ms[i]));
    ms = std::move(sorted);
}

// "Corp" left alone of "K mart Corp" or after "Poor's": a legal form names no company (as a
// node it would join every company that has one).
void MentionFinder::drop_legal_forms() {
    std::erase_if(doc_.mentions, [](const Mention& m) {
        return m.kind == MentionKind::Name && m.last - m.first == 1 && kg::is_legal_form(kg::name_key(m.surface));
    });
}

// "Ann Veloso (D-N.M.)": the tag's words ("D-N", "M") are no names; the relation rules
// read the tag (extract/party_tags.hpp).
void MentionFinder::drop_party_tags() {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> tags;
    for (const Mention& m : doc_.mentions)
        if (m.kind == MentionKind::Name && m.type == NodeType::Person)
            if (auto tag = party_tag_at(doc_, lex_, m.last)) tags.emplace_back(tag->first, tag->last);
    if (tags.empty()) return;
    std::erase_if(doc_.mentions, [&](const Mention& m) {
        return std::any_of(tags.begin(), tags.end(), [&](const auto& t) { return m.first >= t.first && m.last <= t.second; });
    });
}

void MentionFinder::relink_owners() {
    for (Mention& m : doc_.mentions) {
        m.title_owner = -1;
        if (m.owner_first < 0) continue;
        for (std::size_t o = 0; o < doc_.mentions.size(); ++o) {
            const Mention& c = doc_.mentions[o];
            if (static_cast<std::int32_t>(c.first) == m.owner_first &&
                static_cast<std::int32_t>(c.last) == m.owner_last) {
                m.title_owner = static_cast<int>(o);
                break;
            }
        }
    }
}

}  // namespace kg::extract::mention_rules

namespace kg::extract {

bool is_age_word(std::string_view w) {
    // "66-year-old"
    std::size_t d = 0;
    while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
    return d > 0 && w.substr(d) == "-year-old";
}

void find_mentions(Document& doc, const Lexicon& lexicon) { mention_rules::MentionFinder(doc, lexicon).run(); }

}  // namespace kg::extract
