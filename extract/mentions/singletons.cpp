// Mentions, step 3: names typed once the whole article is seen: a name starting an
// organisation written elsewhere, one-word names (surname, given name, organisation, dropped).
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/mentions/finder.hpp"

namespace kg::extract::mention_rules {

// "a spokesman for Manhattan National" after "Manhattan National Corp": a name that
// starts an organisation's name written elsewhere is that organisation.
void MentionFinder::persons_naming_organisations() {
    // The organisations' names, each spelling once, by their first word; the answer for each
    // spelling of a name asked about once: a long article names the same bodies many times,
    // and a pass over all organisations per name made it quadratic in its length.
    auto spelling = [&](std::uint32_t a, std::uint32_t b) {
        std::string key;
        for (std::uint32_t k = a; k < b; ++k) {
            std::string_view w = text(k);
            key += std::to_string(w.size());
            key += ':';
            key += w;
        }
        return key;
    };
    std::unordered_map<std::string_view, std::vector<std::pair<std::uint32_t, std::uint32_t>>> orgs_by_first;
    std::unordered_set<std::string> org_spellings;
    std::uint32_t longest_org = 0;
    for (const Mention& m : doc_.mentions)
        if (m.type == NodeType::Organization && m.kind == MentionKind::Name && m.last > m.first &&
            org_spellings.insert(spelling(m.first, m.last)).second) {
            orgs_by_first[text(m.first)].emplace_back(m.first, m.last);
            longest_org = std::max(longest_org, m.last - m.first);
        }
    std::unordered_map<std::string, bool> starts_an_org;
    for (Mention& m : doc_.mentions) {
        if (m.kind != MentionKind::Name || m.type == NodeType::Organization || gazetteer_place(m) ||
            m.title_first >= 0)
            continue;
        std::uint32_t n = m.last - m.first;
        bool named = false;
        if (n == 0) {
            named = longest_org > 0;
        } else if (n < longest_org) {
            auto [memo, fresh] = starts_an_org.try_emplace(spelling(m.first, m.last), false);
            if (fresh) {
                auto it = orgs_by_first.find(text(m.first));
                if (it != orgs_by_first.end())
                    for (auto [of, ol] : it->second) {
                        if (ol - of <= n) continue;
                        bool prefix = true;
                        for (std::uint32_t k = 1; k < n && prefix; ++k) prefix = text(of + k) == text(m.first + k);
                        if (prefix) {
                            memo->second = true;
                            break;
                        }
                    }
            }
            named = memo->second;
        }
        if (named) m.type = NodeType::Organization;
    }
    for (std::size_t k : pending_common_)
        if (doc_.mentions[k].type != NodeType::Organization) doc_.mentions[k].name.clear();
    // Singletons retyped here are no longer waiting for a type.
    for (std::size_t k = 0; k < singletons_.size(); ++k)
        if (doc_.mentions[singletons_[k]].type == NodeType::Organization) singletons_[k] = SIZE_MAX;
    std::size_t w = 0;
    for (std::size_t k = 0; k < singletons_.size(); ++k) {
        if (singletons_[k] == SIZE_MAX) continue;
        singletons_[w] = singletons_[k];
        headline_singleton_[w] = headline_singleton_[k];
        ++w;
    }
    singletons_.resize(w);
    headline_singleton_.resize(w);
}

// Words that name a person elsewhere in the article: the last and first words of full
// names ("Hahn Sang-yon": Korean names put the family name first), and one-word names
// written with a title ("President Reagan").
std::unordered_map<std::string, int> MentionFinder::person_words() const {
    std::unordered_map<std::string, int> words;
    for (const Mention& m : doc_.mentions) {
        if (m.type == NodeType::Person && m.kind == MentionKind::Name && m.last - m.first > 1) {
            std::uint32_t last = m.last - 1;
            if (is_name_suffix_word(last) && last > m.first + 1) --last;  // "Ivo Lane Jr"
            ++words[lower(text(last))];
            ++words[lower(text(m.first))];
        }
        if (m.kind == MentionKind::Name && m.last - m.first == 1 && m.title_first >= 0)
            ++words[lower(text(m.first))];
    }
    return words;
}

// "spokesman Ian Lind", "chief economist Ana Vidal": lower-case title words from token i, the
// last a title, then a capitalised name.
bool MentionFinder::staff_title_after(std::uint32_t i) const {
    std::uint32_t k = i;
    while (k < doc_.tokens.size() && k < i + 3 && tok(k).is(shape::kLower) && tok(k).has(lx::kTitle | lx::kTitleMod) &&
           !tok(k).has(lx::kStop))
        ++k;
    return k > i && k < doc_.tokens.size() && tok(k - 1).has(lx::kTitle) && tok(k).is(shape::kCap) &&
           !tok(k).is(shape::kPunct);
}

// One-word names: a person's surname when a full name ends with it, a given name, an
// unknown word (an organisation); common words and unknown words at the start of a
// headline need such support.
void MentionFinder::type_singletons() {
    std::unordered_map<std::string, int> surnames = person_words();
    // "Lund", "Jackson": a one-word place that is a person's name in this article is
    // that person.
    for (Mention& m : doc_.mentions)
        if (m.type == NodeType::Place && m.kind == MentionKind::Name && m.last - m.first == 1 &&
            !tok(m.first).has(lx::kCountry | lx::kPlaceAbbrev) && surnames.count(lower(text(m.first))))
            m.type = NodeType::Person;
    // "Lund said he would ...": a name that speaks of itself as "he" or "she" is a person's.
    std::unordered_set<std::string> speaks_as_person;
    for (std::size_t k : singletons_) {
        const Mention& m = doc_.mentions[k];
        std::uint32_t end = doc_.sentences[m.sentence].last_token;
        std::uint32_t v = m.last;
        if (v >= end || !(is_word(v, "said") || is_word(v, "says") || is_word(v, "told") || is_word(v, "added")))
            continue;
        for (std::uint32_t q = v + 1; q < end && q < v + 6; ++q)
            if (is_word(q, "he") || is_word(q, "she")) {
                speaks_as_person.insert(lower(m.surface));
                break;
            }
    }
    for (std::size_t k = 0; k < singletons_.size(); ++k) {
        Mention& m = doc_.mentions[singletons_[k]];
        std::string w = lower(m.surface);
        const Token& t = tok(m.first);
        bool has_title = m.title_first >= 0;
        if (m.last < doc_.tokens.size() && tok(m.last).is(shape::kLower) && tok(m.last).has(lx::kNonEntityHead) &&
            !has_title) {
            m.name.clear();  // "the Louvre pact"
        } else if (surnames.count(w) || has_title) {
            m.type = NodeType::Person;
        } else if (t.has(lx::kGiven | lx::kFemale) && !t.has(lx::kCommon)) {
            m.type = NodeType::Person;
        } else if (t.has(lx::kCommon) && !headline_singleton_[k] && !t.has(lx::kTitleMod | lx::kTitle | lx::kStop) &&
                   !t.is(shape::kSentenceStart) && w.size() > 1 && staff_title_after(m.last)) {
            m.type = NodeType::Organization;  // "..., Vela spokesman Ian Lind said": the body he speaks for
        } else if (t.has(lx::kCommon) || headline_singleton_[k] || t.has(lx::kTitleMod)) {
            m.name.clear();  // dropped: a capitalised common word, an unsupported headline word
        } else if (speaks_as_person.count(w)) {
            m.type = NodeType::Person;
        } else {
            m.type = NodeType::Organization;
        }
    }
    // A person introduced only by title and surname ("Ambassador Holm") is typed above;
    // remove dropped mentions.
    doc_.mentions.erase(std::remove_if(doc_.mentions.begin(), doc_.mentions.end(),
                                       [](const Mention& m) {
                                           return m.kind == MentionKind::Name && m.name.empty();
                                       }),
                        doc_.mentions.end());
}

}  // namespace kg::extract::mention_rules
