#include "extract/ner/features.hpp"

#include <algorithm>
#include <array>
#include <bit>

#include "extract/ner/tags.hpp"

#include "extract/nlp/clusters.hpp"

namespace kg::nlp::ner {
namespace {

enum Flag : std::uint32_t {
    kInitCap = 1,
    kAllCaps = 2,
    kHasDigit = 4,
    kHasLower = 8,
    kNoAlnum = 16,
    kSentenceStart = 32,
    kCapsSentence = 64,
    kHasUpper = 128,
    kHyphen = 256,
    kPeriod = 512,
};

// Feature templates (numbers are part of the model: append, never renumber).
enum Template : std::uint32_t {
    tBias, tWord, tLower, tShape, tShortShape, tPrefix, tSuffix, tContextWord, tContextShape, tShapeTrigram,
    tBigramLeft, tBigramRight, tCaseFlags, tHeadlineWord, tDocumentCase, tGazetteer, tGazetteerCase,
    tGazetteerContext, tCluster, tPrevWord, tNextWord, tCaseWindow, tName, tNameCase, tNameContext,
    tAggregateLeft, tAggregateRight,
    tLabel1 = 30, tLabel2, tLabelWord, tLabelShape,
    tFirst = 40, tFirstLeft, tFirstRight, tDocMark, tDocMarkFirst, tDocKinds, tDocKindsFirst,
};

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;
inline std::uint64_t fnv(std::uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }
inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline unsigned char lower_of(unsigned char c) { return is_upper(c) ? c + 32 : c; }
inline char shape_of(unsigned char c) {
    if (is_upper(c)) return 'X';
    if (is_lower(c) || c >= 0x80) return 'x';
    if (is_digit(c)) return 'd';
    return static_cast<char>(c);
}

// Words beyond the sentence: distinct constant forms.
struct Boundary {
    std::uint64_t word, lower, shape;
};

}  // namespace

void DocumentFeatures::analyse_word(std::string_view w, Word& out) const {
    std::uint32_t flags = 0;
    std::uint64_t word = kFnvBasis, lower = kFnvBasis, shape = kFnvBasis, short_shape = kFnvBasis;
    char last_class = 0;
    int run = 0;
    bool alnum = false;
    for (unsigned char c : w) {
        word = fnv(word, c);
        lower = fnv(lower, is_digit(c) ? '0' : lower_of(c));
        if (is_upper(c)) flags |= kHasUpper;
        if (is_lower(c)) flags |= kHasLower;
        if (is_digit(c)) flags |= kHasDigit;
        if (c == '-') flags |= kHyphen;
        if (c == '.') flags |= kPeriod;
        if (is_upper(c) || is_lower(c) || is_digit(c) || c >= 0x80) alnum = true;
        char k = shape_of(c);
        if (k != last_class) {
            short_shape = fnv(short_shape, static_cast<unsigned char>(k));
            run = 0;
        }
        if (++run <= 4) shape = fnv(shape, static_cast<unsigned char>(k));
        last_class = k;
    }
    if (!w.empty() && is_upper(static_cast<unsigned char>(w[0]))) flags |= kInitCap;
    if ((flags & kHasUpper) && !(flags & kHasLower)) flags |= kAllCaps;
    if (!alnum) flags |= kNoAlnum;
    out.word = mix64(word);
    out.lower = mix64(lower);
    out.shape = mix64(shape);
    out.short_shape = mix64(short_shape);
    // Affixes of the lower-cased word, for words longer than the affix.
    for (std::size_t k = 0; k < 4; ++k) {
        out.prefix[k] = out.suffix[k] = 0;
        if (w.size() <= k + 1) continue;
        std::uint64_t p = kFnvBasis, s = kFnvBasis;
        for (std::size_t j = 0; j <= k; ++j) {
            p = fnv(p, lower_of(static_cast<unsigned char>(w[j])));
            s = fnv(s, lower_of(static_cast<unsigned char>(w[w.size() - 1 - k + j])));
        }
        out.prefix[k] = mix64(p) | 1;
        out.suffix[k] = mix64(s) | 1;
    }
    out.flags = flags;
}

void DocumentFeatures::analyse(std::span<const std::vector<std::string_view>> sentences, const FeatureSources& src) {
    const Gazetteer* gazetteer = src.gazetteer;
    const Gazetteer* names = src.names;
    const WordClusters* clusters = src.clusters;
    text_ = sentences;
    words_.clear();
    sentence_start_.assign(1, 0);
    caps_sentence_.clear();
    for (const auto& sent : sentences) {
        std::size_t base = words_.size();
        words_.resize(base + sent.size());
        bool has_letters = false, any_lower = false;
        for (std::size_t i = 0; i < sent.size(); ++i) {
            Word& w = words_[base + i];
            analyse_word(sent[i], w);
            has_letters |= (w.flags & (kHasUpper | kHasLower)) != 0;
            any_lower |= (w.flags & kHasLower) != 0;
            w.gazetteer = 0;
            w.names = 0;
            std::fill(std::begin(w.cluster), std::end(w.cluster), 0);
            if (clusters) {
                ClusterPath path = clusters->path(sent[i]);
                static constexpr int kLengths[4] = {4, 6, 10, 20};
                for (int k = 0; k < 4; ++k)
                    if (path.length > 0) w.cluster[k] = cluster_prefix(path, kLengths[k]) + 1;
            }
            w.doc_case = 0;
            w.first_label = 0;
            w.doc_marks = 0;
            w.doc_kinds = 0;
        }
        // A sentence opens at its first word or after an opening quote or bracket there.
        for (std::size_t i = 0; i < sent.size(); ++i) {
            words_[base + i].flags |= kSentenceStart;
            if (!(words_[base + i].flags & kNoAlnum)) break;
        }
        bool caps = has_letters && !any_lower;
        caps_sentence_.push_back(caps);
        if (caps)
            for (std::size_t i = 0; i < sent.size(); ++i) words_[base + i].flags |= kCapsSentence;
        if (gazetteer) {
            marks_.resize(sent.size());
            gazetteer->match(sent, marks_);
            for (std::size_t i = 0; i < sent.size(); ++i) words_[base + i].gazetteer = marks_[i];
        }
        if (names) {
            marks_.resize(sent.size());
            names->match(sent, marks_);
            for (std::size_t i = 0; i < sent.size(); ++i) words_[base + i].names = marks_[i];
        }
        sentence_start_.push_back(words_.size());
    }
    document_case(sentences);
    link_occurrences();
}

// How each word is written elsewhere in the document: a capital where case tells (not at
// the start of a sentence, not in a headline), or lower case. "ROME" in a headline and
// "Rome" in the story are the same name; "Stocks" at the start of a sentence and "stocks"
// later are the same common word.
void DocumentFeatures::document_case(std::span<const std::vector<std::string_view>>) {
    auto& counts = case_counts_;
    counts.reset(words_.size());
    auto informative_capital = [](const Word& w) {
        return (w.flags & kInitCap) && !(w.flags & (kSentenceStart | kCapsSentence));
    };
    auto lower_case = [](const Word& w) { return (w.flags & kHasLower) && !(w.flags & kHasUpper); };
    for (const Word& w : words_) {
        if (w.flags & (kNoAlnum)) continue;
        CaseCount& c = counts[w.lower];
        c.capital += informative_capital(w);
        c.lower += lower_case(w);
        ++c.all;
    }
    for (Word& w : words_) {
        if (w.flags & kNoAlnum) continue;
        const CaseCount& c = *counts.find(w.lower);
        std::uint32_t capital = c.capital - informative_capital(w), lower = c.lower - lower_case(w);
        w.doc_case = (capital > 0) | (lower > 0) << 1 | (c.all > 1) << 2 | (capital > lower) << 3;
    }
}

// Each capitalised word's occurrences in the document, linked in a ring, with the words beside
// each: "Kent" in "Kent stepped up" is told of "captain of Kent" and "Kent won by" elsewhere.
void DocumentFeatures::link_occurrences() {
    for (std::size_t s = 0; s < sentences(); ++s)
        for (std::size_t i = 0, n = words(s); i < n; ++i) {
            Word& w = words_[sentence_start_[s] + i];
            w.left_lower = i > 0 ? words_[sentence_start_[s] + i - 1].lower : 0x5eed0001;
            w.right_lower = i + 1 < n ? words_[sentence_start_[s] + i + 1].lower : 0x5eed0002;
            w.next_same = static_cast<std::uint32_t>(sentence_start_[s] + i);
        }
    last_seen_.reset(words_.size());
    for (std::size_t j = 0; j < words_.size(); ++j) {
        Word& w = words_[j];
        if (!(w.flags & kHasUpper) || (w.flags & kNoAlnum)) continue;
        std::uint32_t& last = last_seen_[w.lower];
        if (last != 0) {
            // Insert j after the last occurrence; the ring closes back to the first.
            w.next_same = words_[last - 1].next_same;
            words_[last - 1].next_same = static_cast<std::uint32_t>(j);
        }
        last = static_cast<std::uint32_t>(j + 1);
    }
}

const DocumentFeatures::Word& DocumentFeatures::at(std::size_t s, std::ptrdiff_t i) const {
    static const Word kBefore = [] {
        Word w{};
        w.word = w.lower = w.shape = w.short_shape = 0x5eed0001;
        return w;
    }();
    static const Word kAfter = [] {
        Word w{};
        w.word = w.lower = w.shape = w.short_shape = 0x5eed0002;
        return w;
    }();
    if (i < 0) return kBefore;
    if (static_cast<std::size_t>(i) >= words(s)) return kAfter;
    return words_[sentence_start_[s] + static_cast<std::size_t>(i)];
}

void DocumentFeatures::local(std::size_t s, std::size_t i, std::vector<Feature>& out) const {
    word_features(s, i, out);
    context_features(s, i, out);
}

WordKey DocumentFeatures::word_key(std::size_t s, std::size_t i) const {
    const Word& w = at(s, static_cast<std::ptrdiff_t>(i));
    return {w.word, w.lower};
}

// Everything here is computed from the word's text alone (analyse_word), nothing from its
// place: see word_key().
void DocumentFeatures::word_features(std::size_t s, std::size_t i, std::vector<Feature>& out) const {
    const Word& w = at(s, static_cast<std::ptrdiff_t>(i));
    out.push_back(feature(tBias, 0));
    out.push_back(feature(tWord, w.word));
    out.push_back(feature(tLower, w.lower));
    out.push_back(feature(tShape, w.shape));
    out.push_back(feature(tShortShape, w.short_shape));
    for (std::uint64_t k = 0; k < 4; ++k) {
        if (w.prefix[k]) out.push_back(feature(tPrefix, k, w.prefix[k]));
        if (w.suffix[k]) out.push_back(feature(tSuffix, k, w.suffix[k]));
    }
}

void DocumentFeatures::context_features(std::size_t s, std::size_t i, std::vector<Feature>& out) const {
    auto ii = static_cast<std::ptrdiff_t>(i);
    const Word& w = at(s, ii);
    const Word& p1 = at(s, ii - 1);
    const Word& n1 = at(s, ii + 1);
    out.push_back(feature(tContextWord, 0, at(s, ii - 2).lower));
    out.push_back(feature(tContextWord, 1, p1.lower));
    out.push_back(feature(tContextWord, 3, n1.lower));
    out.push_back(feature(tContextWord, 4, at(s, ii + 2).lower));
    out.push_back(feature(tPrevWord, p1.word));
    out.push_back(feature(tContextShape, 1, p1.short_shape));
    out.push_back(feature(tContextShape, 3, n1.short_shape));
    out.push_back(feature(tShapeTrigram, p1.short_shape, w.short_shape, n1.short_shape));
    out.push_back(feature(tBigramLeft, p1.lower, w.lower));
    out.push_back(feature(tBigramRight, w.lower, n1.lower));
    constexpr std::uint32_t kCase = kSentenceStart | kCapsSentence | kInitCap | kAllCaps | kHasLower;
    out.push_back(feature(tCaseFlags, w.flags & kCase));
    out.push_back(feature(tNextWord, n1.word));
    out.push_back(feature(tCaseWindow, p1.flags & kCase, w.flags & kCase, n1.flags & kCase));
    if (w.flags & kCapsSentence) out.push_back(feature(tHeadlineWord, w.lower));
    if (!(w.flags & kNoAlnum)) out.push_back(feature(tDocumentCase, w.doc_case, w.flags & kCase));
    for (std::uint64_t m = w.gazetteer; m; m &= m - 1) {
        auto b = static_cast<std::uint64_t>(std::countr_zero(m));
        out.push_back(feature(tGazetteer, b));
        out.push_back(feature(tGazetteerCase, b, w.flags & (kInitCap | kAllCaps | kSentenceStart)));
    }
    auto lists = [](std::uint64_t marks) {
        std::uint64_t l = 0;
        for (int k = 0; k < Gazetteer::kMaxLists; ++k)
            if ((marks >> (4 * k)) & 15) l |= 1ull << k;
        return l;
    };
    for (std::uint64_t m = lists(p1.gazetteer); m; m &= m - 1)
        out.push_back(feature(tGazetteerContext, 1, static_cast<std::uint64_t>(std::countr_zero(m))));
    for (std::uint64_t m = lists(n1.gazetteer); m; m &= m - 1)
        out.push_back(feature(tGazetteerContext, 3, static_cast<std::uint64_t>(std::countr_zero(m))));
    for (std::uint64_t m = w.names; m; m &= m - 1) {
        auto b = static_cast<std::uint64_t>(std::countr_zero(m));
        out.push_back(feature(tName, b));
        out.push_back(feature(tNameCase, b, w.flags & (kInitCap | kAllCaps | kSentenceStart)));
    }
    for (std::uint64_t m = lists(p1.names); m; m &= m - 1)
        out.push_back(feature(tNameContext, 1, static_cast<std::uint64_t>(std::countr_zero(m))));
    for (std::uint64_t m = lists(n1.names); m; m &= m - 1)
        out.push_back(feature(tNameContext, 3, static_cast<std::uint64_t>(std::countr_zero(m))));
    // The words beside the other occurrences of this word (at most 6 of them).
    std::size_t self = sentence_start_[s] + i;
    int seen = 0;
    for (std::size_t j = w.next_same; j != self && seen < 6; j = words_[j].next_same, ++seen) {
        out.push_back(feature(tAggregateLeft, words_[j].left_lower));
        out.push_back(feature(tAggregateRight, words_[j].right_lower));
    }
    for (std::ptrdiff_t off = -2; off <= 2; ++off) {
        const Word& c = at(s, ii + off);
        for (std::uint64_t k = 0; k < 4; ++k)
            if (c.cluster[k]) out.push_back(feature(tCluster, static_cast<std::uint64_t>(off + 2) * 4 + k, c.cluster[k]));
    }
}

void DocumentFeatures::history(std::size_t s, std::size_t i, int prev1, int prev2, std::vector<Feature>& out) const {
    const Word& w = at(s, static_cast<std::ptrdiff_t>(i));
    auto a = static_cast<std::uint64_t>(prev1 + 1), b = static_cast<std::uint64_t>(prev2 + 1);
    out.push_back(feature(tLabel1, a));
    out.push_back(feature(tLabel2, a, b));
    out.push_back(feature(tLabelWord, a, w.lower));
    out.push_back(feature(tLabelShape, a, w.short_shape));
}

void DocumentFeatures::set_first_stage(std::span<const std::vector<int>> labels) {
    // Names the first stage found, by their words (lower case), with their kinds.
    auto& names = name_kinds_;
    names.reset(words_.size());
    // Single words, by the kind (or O, index 4) given to them.
    auto& word_kinds = word_kinds_;
    word_kinds.reset(words_.size());
    auto& chunks = chunks_;
    if (chunks.size() < sentences()) chunks.resize(sentences());
    for (std::size_t s = 0; s < sentences(); ++s) chunks[s].clear();
    auto key_of = [&](std::size_t s, std::size_t first, std::size_t last) {
        PhraseHash h;
        for (std::size_t j = first; j < last; ++j) h.add_word(text_[s][j]);
        return h.key();
    };
    std::size_t longest = 0;
    for (std::size_t s = 0; s < sentences(); ++s) {
        chunks_of_bilou(labels[s], chunks[s]);
        for (const Chunk& c : chunks[s]) {
            ++names[key_of(s, c.first, c.last)][static_cast<int>(c.kind)];
            longest = std::max<std::size_t>(longest, c.last - c.first);
        }
        for (std::size_t i = 0; i < words(s); ++i) {
            Word& w = words_[sentence_start_[s] + i];
            w.first_label = static_cast<std::uint32_t>(labels[s][i]);
            if (w.flags & kNoAlnum) continue;
            int k = labels[s][i] == 0 ? kEntityKinds : static_cast<int>(kind_of(labels[s][i]));
            ++word_kinds[w.lower][k];
        }
    }
    longest = std::min<std::size_t>(longest, Gazetteer::kMaxWords);
    for (std::size_t s = 0; s < sentences(); ++s) {
        std::size_t n = words(s);
        for (std::size_t i = 0; i < n; ++i) {
            Word& w = words_[sentence_start_[s] + i];
            if (w.flags & kNoAlnum) continue;
            // The kinds given to this word elsewhere: the most frequent name kind, and
            // whether it was also left out of names.
            auto counts = *word_kinds.find(w.lower);
            int own = labels[s][i] == 0 ? kEntityKinds : static_cast<int>(kind_of(labels[s][i]));
            --counts[own];
            int best = -1;
            for (int k = 0; k < kEntityKinds; ++k)
                if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
            w.doc_kinds = static_cast<std::uint32_t>(best + 1) | (counts[kEntityKinds] > 0) << 3;
        }
        // Names found elsewhere in the document that match here (not counting the name the
        // first stage found at this very place).
        // The chunks are disjoint and in order: at most one starts at i, found by walking
        // along them with i (a scan of the sentence's chunks per word was quadratic in a
        // long sentence).
        std::size_t next_chunk = 0;
        for (std::size_t i = 0; i < n; ++i) {
            while (next_chunk < chunks[s].size() && chunks[s][next_chunk].first < i) ++next_chunk;
            const Chunk* here = next_chunk < chunks[s].size() && chunks[s][next_chunk].first == i ? &chunks[s][next_chunk] : nullptr;
            PhraseHash h;
            for (std::size_t len = 1; len <= longest && i + len <= n; ++len) {
                h.add_word(text_[s][i + len - 1]);
                const auto* found = names.find(h.key());
                if (!found) continue;
                for (int k = 0; k < kEntityKinds; ++k) {
                    int count = (*found)[k];
                    if (here && here->last == i + len && static_cast<int>(here->kind) == k) --count;
                    if (count <= 0) continue;
                    std::uint32_t b = 1u << (4 * k);
                    if (len == 1) {
                        words_[sentence_start_[s] + i].doc_marks |= b << 3;
                        continue;
                    }
                    words_[sentence_start_[s] + i].doc_marks |= b;
                    for (std::size_t j = i + 1; j + 1 < i + len; ++j) words_[sentence_start_[s] + j].doc_marks |= b << 1;
                    words_[sentence_start_[s] + i + len - 1].doc_marks |= b << 2;
                }
            }
        }
    }
}

void DocumentFeatures::document(std::size_t s, std::size_t i, std::vector<Feature>& out) const {
    auto ii = static_cast<std::ptrdiff_t>(i);
    const Word& w = at(s, ii);
    std::uint64_t first = w.first_label;
    out.push_back(feature(tFirst, first));
    out.push_back(feature(tFirstLeft, first, i > 0 ? at(s, ii - 1).first_label + 1 : 0));
    out.push_back(feature(tFirstRight, first, i + 1 < words(s) ? at(s, ii + 1).first_label + 1 : 0));
    for (std::uint32_t m = w.doc_marks; m; m &= m - 1) {
        auto b = static_cast<std::uint64_t>(std::countr_zero(m));
        out.push_back(feature(tDocMark, b));
        out.push_back(feature(tDocMarkFirst, b, first));
    }
    if (!(w.flags & kNoAlnum)) {
        out.push_back(feature(tDocKinds, w.doc_kinds, w.flags & (kSentenceStart | kCapsSentence | kInitCap)));
        out.push_back(feature(tDocKindsFirst, w.doc_kinds, first));
    }
}

}  // namespace kg::nlp::ner
