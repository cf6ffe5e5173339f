#include "extract/parser/features.hpp"

#include "extract/nlp/clusters.hpp"

namespace kg::nlp::parser {
namespace {

// hash_text of the ASCII-lower-cased text, without a copy.
std::uint64_t lower_key(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 'A' && u <= 'Z') u = static_cast<unsigned char>(u + 32);
        h ^= u;
        h *= 1099511628211ull;
    }
    return mix64(h);
}

// The last three bytes, lower-cased (a tag-independent hint of the word class: -ly, -ed, -ing).
std::uint64_t suffix_key(std::string_view s) { return lower_key(s.size() > 3 ? s.substr(s.size() - 3) : s) ^ 0x5f; }

// Word shape in a few bits: first letter capital, all capitals, has a digit, has a letter,
// has a hyphen, length 1.
std::uint64_t shape_key(std::string_view s) {
    std::uint64_t k = 0;
    bool all_caps = true;
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        if (upper || lower || c >= 0x80) k |= 8;
        if (lower) all_caps = false;
        if (c >= '0' && c <= '9') k |= 4;
        if (c == '-') k |= 16;
    }
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') k |= 1;
    if (all_caps && (k & 8) && s.size() > 1) k |= 2;
    if (s.size() == 1) k |= 32;
    return k + 1;
}

constexpr std::uint64_t kRootKey = 0x5e11f00dcafe0001ull;
constexpr std::uint64_t kNoneKey = 0x5e11f00dcafe0002ull;

// Distance between the stack top and the buffer front in a few buckets; 0 when either is
// missing or the front is the root.
std::uint64_t distance_bucket(int a, int b) {
    int d = b - a;
    if (d <= 0) return 0;
    if (d <= 4) return static_cast<std::uint64_t>(d);
    if (d <= 6) return 5;
    if (d <= 9) return 6;
    return 7;
}

// Appends features; the template number counts up as they are added, so templates are
// numbered by their order in the code. A feature goes to the list of its group (kRest,
// kFront, kTop), or nowhere when that list is null (its number is counted all the same).
enum Group { kRest, kFront, kTop };

class Sink {
   public:
    // Inlined, so that each template number is a constant and the hashing of it folds away.
    explicit Sink(std::vector<Feature>& out, std::uint32_t base) : out_{&out, &out, &out}, t_(base) {}
    Sink(std::vector<Feature>* rest, std::vector<Feature>* front, std::vector<Feature>* top, std::uint32_t base)
        : out_{rest, front, top}, t_(base) {}
    [[gnu::always_inline]] void add(std::uint64_t a) { add_to(kRest, a); }
    [[gnu::always_inline]] void add(std::uint64_t a, std::uint64_t b) { add_to(kRest, a, b); }
    [[gnu::always_inline]] void add(std::uint64_t a, std::uint64_t b, std::uint64_t c) { add_to(kRest, a, b, c); }
    [[gnu::always_inline]] void add(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
        ++t_;
        if (out_[kRest]) out_[kRest]->push_back(conjoin(feature(t_, a, b, c), d));
    }
    [[gnu::always_inline]] void add_to(Group g, std::uint64_t a) {
        ++t_;
        if (out_[g]) out_[g]->push_back(feature(t_, a));
    }
    [[gnu::always_inline]] void add_to(Group g, std::uint64_t a, std::uint64_t b) {
        ++t_;
        if (out_[g]) out_[g]->push_back(feature(t_, a, b));
    }
    [[gnu::always_inline]] void add_to(Group g, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
        ++t_;
        if (out_[g]) out_[g]->push_back(feature(t_, a, b, c));
    }

   private:
    std::vector<Feature>* out_[3];
    std::uint32_t t_;
};

}  // namespace

void encode_sentence(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                     std::span<const std::string_view> xpos, const WordClusters* clusters,
                     std::vector<TokenKeys>& keys) {
    std::size_t n = words.size();
    keys.resize(n + 2);
    for (std::size_t i = 0; i < n; ++i) {
        TokenKeys& k = keys[i];
        k.w = lower_key(words[i]);
        k.p = hash_text(xpos[i], 11);
        k.u = hash_text(upos[i], 13);
        k.s = suffix_key(words[i]);
        k.sh = shape_key(words[i]);
        if (clusters) {
            ClusterPath path = clusters->path(words[i]);
            k.c4 = cluster_prefix(path, 4);
            k.c6 = cluster_prefix(path, 6);
            k.cf = cluster_prefix(path, 32);
        } else {
            k.c4 = k.c6 = k.cf = 0;
        }
    }
    keys[n] = TokenKeys{kRootKey, kRootKey, kRootKey, kRootKey, kRootKey, kRootKey, kRootKey, kRootKey};
    keys[n + 1] = TokenKeys{kNoneKey, kNoneKey, kNoneKey, kNoneKey, kNoneKey, kNoneKey, kNoneKey, kNoneKey};
}

void move_features(const State& st, const std::vector<TokenKeys>& keys, bool clusters, std::vector<Feature>& out) {
    out.clear();
    move_features(st, keys, clusters, &out, &out, &out);
}

void move_features(const State& st, const std::vector<TokenKeys>& keys, bool clusters, std::vector<Feature>* out,
                   std::vector<Feature>* front, std::vector<Feature>* top) {
    const int n = st.n;
    const int none = n + 1;
    auto at = [&](int i) -> const TokenKeys& { return keys[static_cast<std::size_t>(i < 0 ? none : i)]; };
    auto lab = [&](int i) -> std::uint64_t { return i < 0 ? 0 : static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(i)] + 1); };
    auto word_or_root = [&](int i) { return i < 0 ? -1 : i; };
    auto rel = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[static_cast<std::size_t>(i)]; };

    const int s0i = st.s0(), s1i = st.s1();
    const int n0i = st.b;  // may be the root (n)
    const int n1i = st.b + 1 <= n ? st.b + 1 : -1;
    const int n2i = st.b + 2 <= n ? st.b + 2 : -1;
    const int s0hi = s0i >= 0 ? rel(st.head, s0i) : -1;
    const int s0h2i = s0hi >= 0 && s0hi < n ? rel(st.head, s0hi) : -1;
    const int s0li = rel(st.l1, s0i), s0ri = rel(st.r1, s0i), s0l2i = rel(st.l2, s0i), s0r2i = rel(st.r2, s0i);
    const int n0li = rel(st.l1, n0i), n0l2i = rel(st.l2, n0i);

    const TokenKeys &S0 = at(s0i), &S1 = at(s1i), &N0 = at(word_or_root(n0i)), &N1 = at(n1i), &N2 = at(n2i);
    const TokenKeys &S0h = at(s0hi), &S0h2 = at(s0h2i), &S0l = at(s0li), &S0r = at(s0ri), &S0l2 = at(s0l2i),
                    &S0r2 = at(s0r2i), &N0l = at(n0li), &N0l2 = at(n0l2i);
    const std::uint64_t dist = s0i >= 0 && n0i < n ? distance_bucket(s0i, n0i) : 0;
    const std::uint64_t s0vl = s0i >= 0 ? static_cast<std::uint64_t>(st.lv[static_cast<std::size_t>(s0i)]) : 99;
    const std::uint64_t s0vr = s0i >= 0 ? static_cast<std::uint64_t>(st.rv[static_cast<std::size_t>(s0i)]) : 99;
    const std::uint64_t n0vl = static_cast<std::uint64_t>(st.lv[static_cast<std::size_t>(n0i)]);
    const std::uint64_t s0sl = s0i >= 0 ? st.lset[static_cast<std::size_t>(s0i)] : 1ull << 63;
    const std::uint64_t s0sr = s0i >= 0 ? st.rset[static_cast<std::size_t>(s0i)] : 1ull << 63;
    const std::uint64_t n0sl = st.lset[static_cast<std::size_t>(n0i)];
    const std::uint64_t s0has = s0i >= 0 ? (s0hi >= 0 ? 1 : 2) : 0;

    Sink f(out, front, top, 0);
    // Single words.
    f.add_to(kTop, S0.w, S0.p);
    f.add_to(kTop, S0.w);
    f.add_to(kTop, S0.p);
    f.add_to(kFront, N0.w, N0.p);
    f.add_to(kFront, N0.w);
    f.add_to(kFront, N0.p);
    f.add_to(kFront, N1.w, N1.p);
    f.add_to(kFront, N1.w);
    f.add_to(kFront, N1.p);
    f.add_to(kFront, N2.w, N2.p);
    f.add_to(kFront, N2.w);
    f.add_to(kFront, N2.p);
    // Word pairs.
    f.add(S0.w, S0.p, N0.w, N0.p);
    f.add(S0.w, S0.p, N0.w);
    f.add(S0.w, N0.w, N0.p);
    f.add(S0.w, S0.p, N0.p);
    f.add(S0.p, N0.w, N0.p);
    f.add(S0.w, N0.w);
    f.add(S0.p, N0.p);
    f.add_to(kFront, N0.p, N1.p);
    // Three words.
    f.add_to(kFront, N0.p, N1.p, N2.p);
    f.add(S0.p, N0.p, N1.p);
    f.add(S0h.p, S0.p, N0.p);
    f.add(S0.p, S0l.p, N0.p);
    f.add(S0.p, S0r.p, N0.p);
    f.add(S0.p, N0.p, N0l.p);
    // Distance.
    f.add(S0.w, dist);
    f.add(S0.p, dist);
    f.add(N0.w, dist);
    f.add(N0.p, dist);
    f.add(S0.w, N0.w, dist);
    f.add(S0.p, N0.p, dist);
    // Valency.
    f.add(S0.w, s0vr);
    f.add(S0.p, s0vr);
    f.add(S0.w, s0vl);
    f.add(S0.p, s0vl);
    f.add(N0.w, n0vl);
    f.add(N0.p, n0vl);
    // Unigrams of the dependents and heads.
    f.add(S0h.w);
    f.add(S0h.p);
    f.add(lab(s0i));
    f.add(S0l.w);
    f.add(S0l.p);
    f.add(lab(s0li));
    f.add(S0r.w);
    f.add(S0r.p);
    f.add(lab(s0ri));
    f.add(N0l.w);
    f.add(N0l.p);
    f.add(lab(n0li));
    // Third order.
    f.add(S0h2.w);
    f.add(S0h2.p);
    f.add(lab(s0hi));
    f.add(S0l2.w);
    f.add(S0l2.p);
    f.add(lab(s0l2i));
    f.add(S0r2.w);
    f.add(S0r2.p);
    f.add(lab(s0r2i));
    f.add(N0l2.w);
    f.add(N0l2.p);
    f.add(lab(n0l2i));
    f.add(S0.p, S0l.p, S0l2.p);
    f.add(S0.p, S0r.p, S0r2.p);
    f.add(S0.p, S0h.p, S0h2.p);
    f.add(N0.p, N0l.p, N0l2.p);
    // Label sets.
    f.add(S0.w, s0sr);
    f.add(S0.p, s0sr);
    f.add(S0.w, s0sl);
    f.add(S0.p, s0sl);
    f.add(N0.w, n0sl);
    f.add(N0.p, n0sl);
    // Beyond Zhang & Nivre: the word under the stack top (the non-monotonic Reduce attaches
    // to it), whether the top has a head, and universal tags.
    f.add(S1.w, S1.p);
    f.add(S1.p, S0.p, N0.p);
    f.add(S1.p, S0.p, s0has);
    f.add(S0.p, N0.p, s0has);
    f.add(S0.w, N0.p, s0has);
    f.add(S0.p, N0.w, s0has);
    f.add(S0.u, N0.u, N1.u);
    f.add(S1.u, S0.u, N0.u);
    f.add(S0.u, lab(s0i), N0.u);
    // Spelling, for when the tagger is wrong: suffixes and shapes.
    f.add_to(kTop, S0.s);
    f.add_to(kFront, N0.s);
    f.add_to(kFront, N1.s);
    f.add(S0.s, N0.s);
    f.add(S0.s, N0.p);
    f.add(S0.p, N0.s);
    f.add_to(kFront, N0.s, N1.s);
    f.add(S0.sh, N0.sh);
    f.add_to(kFront, N0.sh, N1.sh);
    f.add(S0.u, N0.u, N0.sh);
    f.add(S0.w, N0.u);
    f.add(S0.u, N0.w);
    if (clusters) {
        // Koo et al. (2008): cluster prefixes in place of words and tags.
        f.add_to(kTop, S0.c4);
        f.add_to(kTop, S0.c6);
        f.add_to(kTop, S0.cf);
        f.add_to(kFront, N0.c4);
        f.add_to(kFront, N0.c6);
        f.add_to(kFront, N0.cf);
        f.add_to(kFront, N1.c4);
        f.add_to(kFront, N1.cf);
        f.add(S0.c4, N0.c4);
        f.add(S0.c6, N0.c6);
        f.add(S0.cf, N0.p);
        f.add(S0.p, N0.cf);
        f.add(S0.c4, N0.p);
        f.add(S0.p, N0.c4);
        f.add(S0.c6, N0.p, N1.p);
        f.add_to(kFront, N0.c4, N1.c4);
        f.add_to(kFront, N0.c6, N1.p);
        f.add(S0h.c4, S0.c4, N0.c4);
        f.add(S0.c4, S0l.c4, N0.c4);
        f.add(S0.c4, S0r.c4, N0.c4);
        f.add(S0.c4, N0.c4, N0l.c4);
        f.add(S1.c4, S0.c4, N0.c4);
    }
}

void label_features(const State& st, const std::vector<TokenKeys>& keys, bool clusters, int h, int d,
                    std::vector<Feature>& out) {
    out.clear();
    const int n = st.n;
    const int none = n + 1;
    auto at = [&](int i) -> const TokenKeys& { return keys[static_cast<std::size_t>(i < 0 || i > n ? none : i)]; };
    auto lab = [&](int i) -> std::uint64_t { return i < 0 ? 0 : static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(i)] + 1); };

    const std::uint64_t dir = d < h ? 1 : 2;
    const std::uint64_t dist = distance_bucket(std::min(h, d), std::max(h, d)) * 4 + dir;
    const TokenKeys &H = at(h), &D = at(d);
    const TokenKeys &Dm1 = at(d - 1), &Dp1 = at(d + 1 < n ? d + 1 : -1), &Hm1 = at(h - 1), &Hp1 = at(h + 1 < n ? h + 1 : -1);
    const int hh = st.head[static_cast<std::size_t>(h)];
    const TokenKeys& HH = at(hh);
    const TokenKeys& N1 = at(st.b + 1 < n ? st.b + 1 : -1);
    const int dl = st.l1[static_cast<std::size_t>(d)], dr = st.r1[static_cast<std::size_t>(d)];
    const int hl = st.l1[static_cast<std::size_t>(h)], hr = st.r1[static_cast<std::size_t>(h)];
    const TokenKeys &DL = at(dl), &DR = at(dr);
    const std::uint64_t dsl = st.lset[static_cast<std::size_t>(d)], dsr = st.rset[static_cast<std::size_t>(d)];
    const std::uint64_t hsl = st.lset[static_cast<std::size_t>(h)], hsr = st.rset[static_cast<std::size_t>(h)];

    Sink f(out, 1000);
    f.add(dir);
    f.add(H.w, dir);
    f.add(H.p, dir);
    f.add(D.w, dir);
    f.add(D.p, dir);
    f.add(H.w, H.p, dir);
    f.add(D.w, D.p, dir);
    f.add(H.p, D.p, dir);
    f.add(H.w, D.p, dir);
    f.add(H.p, D.w, dir);
    f.add(H.w, D.w, dir);
    f.add(H.p, D.p, dist);
    f.add(H.u, D.u, dist);
    f.add(D.p, lab(dl), lab(dr), dir);
    f.add(D.p, dsl, dir);
    f.add(D.p, dsr, dir);
    f.add(H.p, D.p, hsl, dir);
    f.add(H.p, D.p, hsr, dir);
    f.add(H.p, D.p, lab(h), dir);
    f.add(H.p, lab(h), lab(hl), lab(hr));
    f.add(HH.p, H.p, D.p, dir);
    f.add(D.p, Dm1.p, Dp1.p, dir);
    f.add(H.p, Hm1.p, Hp1.p, dir);
    f.add(H.p, D.p, Dp1.p, dir);
    f.add(H.p, D.p, Dm1.p, dir);
    f.add(D.w, Dp1.p, dir);
    f.add(D.w, Dm1.w, dir);
    f.add(H.p, D.p, N1.p, dir);
    f.add(D.p, DL.w, dir);
    f.add(D.p, DR.w, dir);
    f.add(D.p, DL.p, DR.p, dir);
    f.add(H.u, D.u, DL.p, dir);
    f.add(D.s, dir);
    f.add(H.s, D.s, dir);
    f.add(H.p, D.s, dir);
    f.add(D.sh, H.p, dir);
    if (clusters) {
        f.add(D.c4, dir);
        f.add(D.c6, dir);
        f.add(D.cf, dir);
        f.add(H.c4, dir);
        f.add(H.cf, dir);
        f.add(H.p, D.cf, dir);
        f.add(H.cf, D.p, dir);
        f.add(H.c6, D.c6, dir);
        f.add(H.c4, D.c4, dir);
    }
}

}  // namespace kg::nlp::parser
