#include "extract/core/annotator.hpp"

#include <algorithm>

namespace kg::nlp {

void Annotator::annotate(std::span<const std::vector<std::string_view>> sentences, DocumentAnalysis& out,
                         AnnotateSteps steps) {
    if (out.sentences.size() < sentences.size()) out.sentences.resize(sentences.size());
    out.count = sentences.size();
    out.entities.clear();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        SentenceAnalysis& s = out.sentences[i];
        s.words.assign(sentences[i].begin(), sentences[i].end());
        s.upos.clear();
        s.xpos.clear();
        s.parse.head.clear();
        s.parse.label.clear();
    }
    const Models& m = *models_;
    if (steps.syntax)
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            SentenceAnalysis& s = out.sentences[i];
            if (s.words.empty()) continue;
            m.tagger.tag(s.words, &m.clusters, s.tags);
            for (std::size_t w = 0; w < s.words.size(); ++w) {
                s.upos.push_back(m.tagger.upos_name(s.tags.upos[w]));
                s.xpos.push_back(m.tagger.xpos_name(s.tags.xpos[w]));
            }
        }
    // Every sentence tagged first, then every one parsed: each model's tables stay in the
    // caches for a whole document instead of evicting each other sentence after sentence.
    if (steps.syntax && steps.parse) {
        const std::vector<char> every(sentences.size(), 1);
        add_parses(out, every);
    }
    if (steps.entities) m.recognizer.recognize(sentences, &m.clusters, out.entities);
}

void Annotator::add_parses(DocumentAnalysis& doc, std::span<const char> wanted) const {
    const Models& m = *models_;
    const std::size_t n = std::min(doc.count, wanted.size());
    for (std::size_t i = 0; i < n; ++i) {
        SentenceAnalysis& s = doc.sentences[i];
        if (!wanted[i] || s.words.empty() || s.upos.size() != s.words.size()) continue;
        m.parser.parse(s.words, s.upos, s.xpos, &m.clusters, s.parse);
    }
}

void iob2_tags(const DocumentAnalysis& doc, std::size_t s, std::vector<std::string>& out) {
    out.assign(doc.sentences[s].words.size(), "O");
    // Entities are in text order: the sentence's are found by binary search, so tagging a
    // document costs its length, not sentences x entities.
    auto first = std::lower_bound(doc.entities.begin(), doc.entities.end(), s,
                                  [](const EntitySpan& e, std::size_t sentence) { return e.sentence < sentence; });
    for (auto it = first; it != doc.entities.end() && it->sentence == s; ++it) {
        const EntitySpan& e = *it;
        for (std::uint32_t w = e.first; w < e.last && w < out.size(); ++w)
            out[w] = std::string(w == e.first ? "B-" : "I-") + std::string(kind_name(e.kind));
    }
}

}  // namespace kg::nlp
