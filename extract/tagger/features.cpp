#include "extract/tagger/features.hpp"

#include "extract/tagger/cluster_keys.hpp"
#include "extract/tagger/compact_model.hpp"

namespace kg::nlp::tagger {
namespace {

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// The class of a byte in a word shape: X upper, x lower, d digit, u any byte of a non-ASCII
// letter, punctuation as itself.
char shape_class(char c) {
    auto u = static_cast<unsigned char>(c);
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    if (u >= 0x80) return 'u';
    return c;
}

enum Flag : std::uint64_t {
    kDigit = 1,
    kUpper = 2,
    kAllUpper = 4,
    kHyphen = 8,
    kNonAscii = 16,
    kLetter = 32,
};

WordKeys describe(std::string_view w) {
    WordKeys k;
    std::uint64_t lower = kFnvBasis, form = kFnvBasis, shape = kFnvBasis;
    char last_class = 0;
    std::uint64_t flags = 0;
    bool lower_seen = false;
    for (std::size_t j = 0; j < w.size(); ++j) {
        char c = w[j];
        form = (form ^ static_cast<unsigned char>(c)) * kFnvPrime;
        lower = (lower ^ static_cast<unsigned char>(lower_ascii(c))) * kFnvPrime;
        if (j < kAffixes) k.prefix[j] = mix64(lower + j);
        char sc = shape_class(c);
        // Runs of one class collapse to one symbol ("Xx", "d.d", "x-x"): the shape generalises
        // over length, which the flags give coarsely.
        if (sc != last_class) shape = (shape ^ static_cast<unsigned char>(sc)) * kFnvPrime;
        last_class = sc;
        if (sc == 'd') flags |= kDigit;
        if (sc == 'X') flags |= kUpper | kLetter;
        if (sc == 'x') lower_seen = true, flags |= kLetter;
        if (sc == 'u') flags |= kNonAscii;
        if (c == '-') flags |= kHyphen;
    }
    if ((flags & kUpper) && !lower_seen) flags |= kAllUpper;
    flags |= static_cast<std::uint64_t>(w.size() < 8 ? w.size() : 8) << 8;
    // Suffixes, hashed from the last byte backwards (a different hash from a prefix of the
    // same letters, and cheap to extend).
    std::uint64_t suffix = kFnvBasis ^ 0x5bd1e995ull;
    for (std::size_t j = 0; j < w.size() && j < kAffixes; ++j) {
        suffix = (suffix ^ static_cast<unsigned char>(lower_ascii(w[w.size() - 1 - j]))) * kFnvPrime;
        k.suffix[j] = mix64(suffix);
    }
    // Words shorter than an affix length: the longer affixes are the whole word's.
    for (std::size_t j = w.size(); j < static_cast<std::size_t>(kAffixes); ++j) {
        k.prefix[j] = j ? k.prefix[j - 1] : mix64(kFnvBasis);
        k.suffix[j] = j ? k.suffix[j - 1] : mix64(kFnvBasis ^ 0x5bd1e995ull);
    }
    k.lower = mix64(lower);
    k.form = mix64(form);
    k.shape = mix64(shape);
    k.flags = flags;
    return k;
}

WordKeys padding(std::uint64_t which) {
    WordKeys k;
    std::uint64_t v = mix64(0xabcdef12ull + which);
    k.lower = k.form = k.shape = k.flags = v;
    for (auto& p : k.prefix) p = v;
    for (auto& s : k.suffix) s = v;
    for (auto& c : k.cluster) c = v;
    return k;
}

// Template numbers. The first and second pass have separate models, so they share numbers.
enum Template : std::uint32_t {
    kBias = 1,
    kWord,
    kForm,
    kPrefix,
    kSuffix,
    kShape,
    kFlags,
    kShapeFirst,
    kWordM1,
    kWordM2,
    kWordP1,
    kWordP2,
    kSuffixM1,
    kSuffixP1,
    kShapeM1,
    kShapeP1,
    kTagM1,
    kTagM2,
    kTagM12,
    kTagM1Word,
    kTagM1Suffix,
    kWordM1Word,
    kWordWordP1,
    kTagM1WordP1,
    kCluster = 30,
    kClusterM1,
    kClusterP1,
    kClusterM2,
    kClusterP2,
    kRight1 = 40,
    kRight2,
    kRight12,
    kTagM1Right1,
    kWordRight1,
    kRight1WordP1,
    kWordRight12,
};

void add_common(std::span<const WordKeys> keys, std::size_t i, std::uint64_t prev1, std::uint64_t prev2,
                bool clusters, std::vector<Feature>& out) {
    const std::size_t p = i + kPad;
    const WordKeys& w = keys[p];
    const WordKeys& m1 = keys[p - 1];
    const WordKeys& m2 = keys[p - 2];
    const WordKeys& p1 = keys[p + 1];
    const WordKeys& p2 = keys[p + 2];
    out.push_back(feature(kBias, 0ull));
    out.push_back(feature(kWord, w.lower));
    out.push_back(feature(kForm, w.form));
    for (std::uint64_t j = 0; j < kAffixes; ++j) {
        out.push_back(feature(kPrefix, w.prefix[j], j));
        out.push_back(feature(kSuffix, w.suffix[j], j));
    }
    out.push_back(feature(kShape, w.shape));
    out.push_back(feature(kFlags, w.flags));
    out.push_back(feature(kShapeFirst, w.shape, i == 0));
    out.push_back(feature(kWordM1, m1.lower));
    out.push_back(feature(kWordM2, m2.lower));
    out.push_back(feature(kWordP1, p1.lower));
    out.push_back(feature(kWordP2, p2.lower));
    out.push_back(feature(kSuffixM1, m1.suffix[2]));
    out.push_back(feature(kSuffixP1, p1.suffix[2]));
    out.push_back(feature(kShapeM1, m1.shape));
    out.push_back(feature(kShapeP1, p1.shape));
    out.push_back(feature(kTagM1, prev1));
    out.push_back(feature(kTagM2, prev2));
    out.push_back(feature(kTagM12, prev1, prev2));
    out.push_back(feature(kTagM1Word, prev1, w.lower));
    out.push_back(feature(kTagM1Suffix, prev1, w.suffix[2]));
    out.push_back(feature(kWordM1Word, m1.lower, w.lower));
    out.push_back(feature(kWordWordP1, w.lower, p1.lower));
    out.push_back(feature(kTagM1WordP1, prev1, p1.lower));
    if (clusters) {
        for (std::uint64_t j = 0; j < kClusterPrefixes; ++j) out.push_back(feature(kCluster, w.cluster[j], j));
        for (std::uint64_t j = 0; j < kClusterPrefixes; j += 2) {
            out.push_back(feature(kClusterM1, m1.cluster[j], j));
            out.push_back(feature(kClusterP1, p1.cluster[j], j));
        }
        out.push_back(feature(kClusterM2, m2.cluster[1]));
        out.push_back(feature(kClusterP2, p2.cluster[1]));
    }
}

}  // namespace

std::uint64_t form_key(std::string_view word) { return hash_text(word, 0x7461676765ull); }

void describe_words(std::span<const std::string_view> words, const WordClusters* clusters,
                    std::vector<WordKeys>& keys) {
    keys.clear();
    keys.push_back(padding(0));
    keys.push_back(padding(1));
    for (std::string_view w : words) {
        keys.push_back(describe(w));
        if (clusters) cluster_keys(*clusters, w, keys.back().cluster);
    }
    keys.push_back(padding(2));
    keys.push_back(padding(3));
}

void first_pass_features(std::span<const WordKeys> keys, std::size_t i, std::uint64_t prev1, std::uint64_t prev2,
                         bool clusters, std::vector<Feature>& out) {
    out.clear();
    add_common(keys, i, prev1, prev2, clusters, out);
    for (Feature& f : out) f = fold_feature(f);
}

void second_pass_features(std::span<const WordKeys> keys, std::size_t i, std::uint64_t prev1, std::uint64_t prev2,
                          std::uint64_t right1, std::uint64_t right2, bool clusters, std::vector<Feature>& out) {
    out.clear();
    const WordKeys& w = keys[i + kPad];
    const WordKeys& p1 = keys[i + kPad + 1];
    add_common(keys, i, prev1, prev2, clusters, out);
    out.push_back(feature(kRight1, right1));
    out.push_back(feature(kRight2, right2));
    out.push_back(feature(kRight12, right1, right2));
    out.push_back(feature(kTagM1Right1, prev1, right1));
    out.push_back(feature(kWordRight1, w.lower, right1));
    out.push_back(feature(kRight1WordP1, right1, p1.lower));
    out.push_back(feature(kWordRight12, w.lower, right1, right2));
    for (Feature& f : out) f = fold_feature(f);
}

}  // namespace kg::nlp::tagger
