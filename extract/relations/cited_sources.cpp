// "According to X, ...": X is where the sentence's statements come from, not a party to them.
#include "extract/relations.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace kg::extract {
namespace {

bool is_word(const Document& doc, std::uint32_t t, std::string_view w) {
    const std::string_view s = doc.token_text(t);
    return s.size() == w.size() && std::equal(s.begin(), s.end(), w.begin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a) == b;
           });
}

// Is token t the token `top` or below it in the parse?
bool under(const Document& doc, std::uint32_t t, std::uint32_t top) {
    for (int steps = 0; steps < 64; ++steps) {
        if (t == top) return true;
        const std::int32_t h = doc.arcs[t].head;
        if (h < 0) return false;
        t = static_cast<std::uint32_t>(h);
    }
    return false;
}

// Tokens of "according to ..." phrases: the source each sentence cites (empty when the
// article cites none).
std::vector<bool> cited_source_tokens(const Document& doc) {
    std::vector<bool> cited;
    for (const Sentence& s : doc.sentences) {
        for (std::uint32_t t = s.first_token; t + 1 < s.last_token; ++t) {
            if (!is_word(doc, t, "according") || !is_word(doc, t + 1, "to")) continue;
            if (cited.empty()) cited.assign(doc.tokens.size(), false);
            // The phrase is what "according" marks in the parse ("..., according to Ivo
            // Pardek, president of Vela Corp"), at the sentence's start no further than its
            // comma ("According to a report in the Oslo Courier, ..."); without a parse (or
            // with a verb for its head) it runs to the next comma or the sentence's end.
            std::int32_t source = doc.arcs.empty() ? -1 : doc.arcs[t].head;
            if (source >= 0 && (doc.arcs[source].upos == "VERB" || doc.arcs[source].head < 0)) source = -1;
            const bool fronted = t == s.first_token;
            std::uint32_t k = t + 2;
            for (; k < s.last_token; ++k) {
                const std::string_view w = doc.token_text(k);
                const bool comma = w == "," || w == ";" || w == ":" || w == "--";
                if (comma && (fronted || source < 0)) break;
                if (source < 0 || under(doc, k, static_cast<std::uint32_t>(source))) cited[k] = true;
            }
            t = k;
        }
    }
    return cited;
}

}  // namespace

void drop_cited_sources(const Document& doc, std::vector<RelationCandidate>& relations) {
    const std::vector<bool> cited = cited_source_tokens(doc);
    if (cited.empty()) return;
    // Is the entity a body named in the sentence, and only in a cited source? A person cited
    // is mostly one of the bodies the sentence is about ("Vela Corp expects growth, according
    // to Chairman Ivo Pardek"): their ties stay. One pass over the mentions: per (entity,
    // sentence), true while every mention of it there is cited.
    std::map<std::pair<int, int>, bool> cited_only;
    for (const Mention& m : doc.mentions) {
        if (m.entity < 0 || doc.entities[m.entity].type == NodeType::Person) continue;
        auto [it, added] = cited_only.try_emplace({m.entity, m.sentence}, cited[m.first]);
        if (!added) it->second = it->second && cited[m.first];
    }
    auto only_cited = [&](int entity, int sentence) {
        const auto it = cited_only.find({entity, sentence});
        return it != cited_only.end() && it->second;
    };
    // A statement that rests on the source's own words stays ("according to AMR chairman
    // Robert Crandall", "according to the Vela Herald in Oslo").
    auto within_source = [&](const RelationCandidate& r) {
        const std::uint32_t end = std::min<std::uint32_t>(std::max(r.last, r.first + 1), cited.size());
        for (std::uint32_t t = r.first; t < end; ++t)
            if (!cited[t]) return false;
        return true;
    };
    std::erase_if(relations, [&](const RelationCandidate& r) {
        return r.subject >= 0 && r.object >= 0 &&
               (only_cited(r.subject, r.sentence) || only_cited(r.object, r.sentence)) && !within_source(r);
    });
}

}  // namespace kg::extract
