// Mentions: "the church", "the department" after "Lund Bible Church", "Lund Police
// Department". A definite description whose noun is the last word of an organisation named
// earlier in the article refers to that organisation (coref.cpp picks the latest such), as
// "the company" refers to a company. Run once the names' types are final.
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/mentions/finder.hpp"
#include "extract/relations/word_set.hpp"

namespace kg::extract::mention_rules {
namespace {

// Nouns that, with "the", name a government or a place in general ("the administration",
// "the House", "the state"), not a body whose capitalised name ends in one of them.
constexpr relation_rules::WordSet<6> kGeneralReferents({"administration", "government", "house", "state", "city",
                                                        "country"});

}  // namespace

void MentionFinder::head_word_descriptions() {
    // Head words of the organisations named so far, by the token where each is first named.
    std::unordered_map<std::string, std::uint32_t> first_named;
    std::vector<bool> covered(doc_.tokens.size(), false);
    for (const Mention& m : doc_.mentions) {
        for (std::uint32_t t = m.first; t < m.last; ++t) covered[t] = true;
        if (m.kind != MentionKind::Name || m.type != NodeType::Organization || m.last - m.first < 2) continue;
        const Token& head = tok(m.last - 1);
        std::string word = lower(text(m.last - 1));
        // "the Lund administration", "the Norland government": a body named by a lower-case
        // head is what "the administration" means.
        if (head.is(shape::kLower) && !head.has(lx::kStop)) {
            first_named.try_emplace(std::move(word), m.first);
            continue;
        }
        // A common noun written as a name's head ("Church", "Department"), not a company form.
        if (!head.is(shape::kCap) || !head.has(lx::kCommon) || head.has(lx::kOrgNoun | lx::kStop)) continue;
        if (!kGeneralReferents.contains(word)) first_named.try_emplace(std::move(word), m.first);
    }
    if (first_named.empty()) return;
    const std::size_t before = doc_.mentions.size();
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
        const Sentence& sent = doc_.sentences[s];
        for (std::uint32_t i = sent.first_token + 1; i < sent.last_token; ++i) {
            if (covered[i] || covered[i - 1] || !tok(i).is(shape::kLower) || tok(i).has(lx::kOrgNoun)) continue;
            if (!is_word(i - 1, "the") && !is_word(i - 1, "The")) continue;
            // "the church of X" names another.
            if (i + 1 < sent.last_token && (is_word(i + 1, "of") || tok(i + 1).is(shape::kCap))) continue;
            const std::string word = lower(text(i));
            auto named = first_named.find(word);
            if (named == first_named.end() || named->second >= i) continue;
            Mention m = make(i - 1, i + 1, static_cast<int>(s), NodeType::Organization, MentionKind::Description);
            // coref.cpp: a general referent refers only to a body named with the lower-case word.
            m.title = kGeneralReferents.contains(word) ? "#head-lower" : "#head";
            doc_.mentions.push_back(std::move(m));
        }
    }
    if (doc_.mentions.size() != before) sort_mentions();
}

}  // namespace kg::extract::mention_rules
