// Greedy left-to-right decoding of BILOU labels: each word takes its best label among those
// that may follow the one before (a name opened is closed before the sentence ends), with the
// two labels before it as features. Ratinov & Roth (2009) found greedy decoding as good as
// Viterbi for this task, at a fraction of the cost.
#pragma once

#include <array>
#include <span>
#include <vector>

#include "extract/ner/features.hpp"
#include "extract/ner/tags.hpp"

namespace kg::nlp::ner {

// The best scored label that may follow `prev1` (the first of equals).
inline int best_label(const std::array<float, kLabels>& scores, int prev1, bool last) {
    int best = -1;
    for (int c = 0; c < kLabels; ++c)
        if (label_allowed(prev1, c, last) && (best < 0 || scores[c] > scores[best])) best = c;
    return best;
}

// Labels sentence s of `doc` into `labels`. `score(features, scores)` adds the class scores;
// `seen(i, features, guess)` is told each decision (training updates there). With
// `document_stage` the document features join the local ones.
template <class Score, class Seen>
void decode_sentence(const DocumentFeatures& doc, std::size_t s, bool document_stage, Score&& score, Seen&& seen,
                     std::vector<int>& labels, std::vector<Feature>& feats) {
    std::size_t n = doc.words(s);
    labels.assign(n, 0);
    int prev1 = -1, prev2 = -1;
    std::array<float, kLabels> scores;
    for (std::size_t i = 0; i < n; ++i) {
        feats.clear();
        doc.local(s, i, feats);
        if (document_stage) doc.document(s, i, feats);
        doc.history(s, i, prev1, prev2, feats);
        scores.fill(0.0f);
        score(std::span<const Feature>(feats), std::span<float>(scores));
        int best = best_label(scores, prev1, i + 1 == n);
        labels[i] = best;
        seen(i, std::span<const Feature>(feats), best);
        prev2 = prev1;
        prev1 = best;
    }
}

}  // namespace kg::nlp::ner
