#include "extract/token_arcs.hpp"

namespace kg::extract {
namespace {

bool is_not(std::string_view w) {
    return w == "n't" || w == "N'T" || w == "not" || w == "NOT" || w == "Not" || w == "n\xE2\x80\x99t";
}

}  // namespace

void attach_arcs(const TreebankWords& words, const nlp::DocumentAnalysis& analysis, const nlp::Parser& parser,
                 Document& doc) {
    doc.arcs.assign(doc.tokens.size(), TokenArc{});
    const std::size_t sentences = std::min(words.sentences.size(), analysis.count);
    for (std::size_t s = 0; s < sentences; ++s) {
        const nlp::SentenceAnalysis& a = analysis.sentences[s];
        const auto& token_of = words.token_of_word[s];
        if (a.parse.head.empty()) {
            // Tagged, not parsed: a token takes its first word's tag, which is its head word's
            // in English ("didn't", "company's").
            for (std::size_t w = 0; w < token_of.size() && w < a.upos.size(); ++w) {
                TokenArc& arc = doc.arcs[token_of[w]];
                if (arc.upos.empty()) arc.upos = a.upos[w];
                if (w > 0 && token_of[w - 1] == token_of[w] && is_not(a.words[w])) arc.negated = true;
            }
            continue;
        }
        const std::size_t n = std::min(token_of.size(), a.parse.head.size());
        for (std::size_t w = 0; w < n; ++w) {
            const std::uint32_t t = token_of[w];
            const int head_word = a.parse.head[w];  // 1-based, 0 = root
            const bool outside =
                head_word == 0 || head_word > static_cast<int>(n) || token_of[head_word - 1] != t;
            TokenArc& arc = doc.arcs[t];
            if (w > 0 && token_of[w - 1] == t && is_not(a.words[w])) arc.negated = true;
            // A token's arc is the arc of its word whose head lies outside it; the first such
            // word wins ("gonna" -> "gon" "na" both point out: the verb comes first).
            if (!outside || !arc.deprel.empty()) continue;
            arc.head = head_word == 0 || head_word > static_cast<int>(n)
                           ? -1
                           : static_cast<std::int32_t>(token_of[head_word - 1]);
            arc.deprel = parser.label_name(a.parse.label[w]);
            arc.upos = w < a.upos.size() ? a.upos[w] : std::string_view{};
        }
    }
}

}  // namespace kg::extract
