#include "extract/nlp/cluster_training.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <numeric>

#include "extract/nlp/conllu.hpp"
#include "extract/nlp/model_file.hpp"
#include "extract/nlp/text_tokens.hpp"

namespace kg::nlp {

// ---------------------------------------------------------------------------------------------
// The corpus

std::uint32_t ClusterCorpus::id(std::string_view word) {
    auto [it, added] = ids_.try_emplace(std::string(word), static_cast<std::uint32_t>(words_.size()));
    if (added) {
        words_.emplace_back(word);
        counts_.push_back(0);
    }
    return it->second;
}

void ClusterCorpus::add_sentence(const std::vector<std::string_view>& words) {
    if (words.empty()) return;
    for (auto w : words) {
        auto i = id(w);
        ++counts_[i];
        stream_.push_back(i);
    }
    stream_.push_back(kBoundary);
    tokens_ += words.size();
}

void ClusterCorpus::add_text(std::string_view text) {
    scratch_.clear();
    tokenize_treebank(text, scratch_);
    std::vector<std::string_view> sentence;
    for (auto t : scratch_) {
        // Reuters marks company names "<Comissaria Smith>": the markers are no words a tagger
        // sees, and without them the name's real neighbours are its context.
        if (t == "<" || t == ">") continue;
        sentence.push_back(t);
        if (ends_sentence(t)) {
            add_sentence(sentence);
            sentence.clear();
        }
    }
    add_sentence(sentence);
}

namespace {

std::ifstream open_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot read the file");
    return in;
}

}  // namespace

void ClusterCorpus::add_conllu_forms(const std::string& path) {
    for (const auto& s : read_conllu_file(path)) {
        std::vector<std::string_view> words;
        for (const auto& w : s.words) words.push_back(w.form);
        add_sentence(words);
    }
}

void ClusterCorpus::add_conll2003_words(const std::string& path) {
    auto in = open_text(path);
    std::string line;
    std::vector<std::string> sentence;
    auto flush = [&] {
        add_sentence(std::vector<std::string_view>(sentence.begin(), sentence.end()));
        sentence.clear();
    };
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::string word = line.substr(0, line.find(' '));
        if (word.empty() || word == "-DOCSTART-") {
            flush();
            continue;
        }
        sentence.push_back(word);
    }
    flush();
}

void ClusterCorpus::add_jsonl_text(const std::string& path, const std::string& field) {
    auto in = open_text(path);
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty()) continue;
        rapidjson::Document doc;
        doc.Parse(line.data(), line.size());
        if (doc.HasParseError() || !doc.IsObject())
            throw InputError(path + ":" + std::to_string(number) + ": not a JSON object");
        auto it = doc.FindMember(field.c_str());
        if (it == doc.MemberEnd() || !it->value.IsString()) continue;
        add_text(std::string_view(it->value.GetString(), it->value.GetStringLength()));
    }
}

void ClusterCorpus::add_plain_text(const std::string& path) {
    auto in = open_text(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    add_text(text);
}

// ---------------------------------------------------------------------------------------------
// Training

namespace {

using Clock = std::chrono::steady_clock;

// Classes that never move: the sentence boundary and four shapes of rare words (lower case,
// capitalised, with a digit, other). They are context for the frequent words, not leaves.
constexpr int kFixedClasses = 5;

int rare_shape(std::string_view w) {
    bool digit = false, upper = false, alpha = false;
    for (char c : w) {
        digit |= c >= '0' && c <= '9';
        upper |= c >= 'A' && c <= 'Z';
        alpha |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (digit) return 3;
    if (upper) return 2;
    if (alpha) return 1;
    return 4;
}

// The words that get a path, and every corpus word's token id: [0, V) for those, V + f for
// fixed class f.
struct Vocabulary {
    std::vector<std::uint32_t> corpus_id;  // by rank
    std::vector<std::uint32_t> token_of;   // by corpus id
    std::uint32_t boundary = 0;
};

Vocabulary choose_words(const ClusterCorpus& corpus, const ClusterOptions& options) {
    const auto& counts = corpus.counts();
    const auto& words = corpus.words();
    Vocabulary v;
    for (std::uint32_t i = 0; i < counts.size(); ++i)
        if (counts[i] >= options.min_count) v.corpus_id.push_back(i);
    std::sort(v.corpus_id.begin(), v.corpus_id.end(), [&](std::uint32_t a, std::uint32_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : words[a] < words[b];
    });
    if (v.corpus_id.size() > options.max_words) v.corpus_id.resize(options.max_words);
    auto size = static_cast<std::uint32_t>(v.corpus_id.size());
    v.token_of.resize(counts.size());
    for (std::uint32_t i = 0; i < counts.size(); ++i) v.token_of[i] = size + static_cast<std::uint32_t>(rare_shape(words[i]));
    for (std::uint32_t r = 0; r < size; ++r) v.token_of[v.corpus_id[r]] = r;
    v.boundary = size;
    return v;
}

// Each frequent word's neighbours: (token, count) to its right and to its left, in CSR form;
// a word followed by itself is counted apart (`self`).
struct Contexts {
    std::vector<std::size_t> right_start, left_start;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> right, left;
    std::vector<std::uint32_t> self;
    std::vector<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> pairs;  // all distinct bigrams
};

Contexts count_contexts(const ClusterCorpus& corpus, const Vocabulary& v) {
    const auto& stream = corpus.stream();
    auto token = [&](std::uint32_t id) { return id == ClusterCorpus::kBoundary ? v.boundary : v.token_of[id]; };
    std::vector<std::uint64_t> keys;
    keys.reserve(stream.size() + 1);
    std::uint32_t prev = v.boundary;
    for (auto id : stream) {
        std::uint32_t t = token(id);
        keys.push_back(std::uint64_t{prev} << 32 | t);
        prev = t;
    }
    std::sort(keys.begin(), keys.end());
    std::size_t size = v.corpus_id.size();
    Contexts c;
    c.self.assign(size, 0);
    std::vector<std::size_t> right_n(size + 1, 0), left_n(size + 1, 0);
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i;
        while (j < keys.size() && keys[j] == keys[i]) ++j;
        auto x = static_cast<std::uint32_t>(keys[i] >> 32), y = static_cast<std::uint32_t>(keys[i]);
        c.pairs.emplace_back(x, y, static_cast<std::uint32_t>(j - i));
        if (x == y && x < size) c.self[x] += static_cast<std::uint32_t>(j - i);
        else {
            if (x < size) ++right_n[x];
            if (y < size) ++left_n[y];
        }
        i = j;
    }
    c.right_start.assign(size + 1, 0);
    c.left_start.assign(size + 1, 0);
    for (std::size_t w = 0; w < size; ++w) {
        c.right_start[w + 1] = c.right_start[w] + right_n[w];
        c.left_start[w + 1] = c.left_start[w] + left_n[w];
    }
    c.right.resize(c.right_start[size]);
    c.left.resize(c.left_start[size]);
    std::vector<std::size_t> rpos(c.right_start.begin(), c.right_start.end() - 1);
    std::vector<std::size_t> lpos(c.left_start.begin(), c.left_start.end() - 1);
    for (auto [x, y, n] : c.pairs) {
        if (x == y && x < size) continue;
        if (x < size) c.right[rpos[x]++] = {y, n};
        if (y < size) c.left[lpos[y]++] = {x, n};
    }
    return c;
}

// The class-bigram counts: M[x*C + y] = how often class x is followed by class y, and its
// transpose, so that both loops of the exchange step run over contiguous memory.
struct ClassCounts {
    int classes = 0;  // C = K + kFixedClasses
    std::vector<std::uint32_t> m, mt;
    std::vector<std::uint64_t> left, right;  // N(x as the first word), N(y as the second)

    std::uint32_t& at(int x, int y) { return m[static_cast<std::size_t>(x) * classes + y]; }
    void add(int x, int y, std::int64_t n) {
        m[static_cast<std::size_t>(x) * classes + y] += static_cast<std::uint32_t>(n);
        mt[static_cast<std::size_t>(y) * classes + x] += static_cast<std::uint32_t>(n);
    }
};

// Stage 1: the exchange algorithm.
class Exchange {
   public:
    Exchange(const Contexts& ctx, std::size_t words, int k, std::uint64_t total)
        : ctx_(ctx), words_(words), k_(k), c_(k + kFixedClasses), cls_(words) {
        for (std::size_t w = 0; w < words; ++w) cls_[w] = static_cast<int>(w % static_cast<std::size_t>(k));
        flog_.resize(total + 1);
        for (std::size_t n = 0; n <= total; ++n) flog_[n] = n ? static_cast<double>(n) * std::log(static_cast<double>(n)) : 0.0;
        counts_.classes = c_;
        counts_.m.assign(static_cast<std::size_t>(c_) * c_, 0);
        counts_.mt.assign(counts_.m.size(), 0);
        counts_.left.assign(c_, 0);
        counts_.right.assign(c_, 0);
        for (auto [x, y, n] : ctx.pairs) {
            int cx = class_of(x), cy = class_of(y);
            counts_.add(cx, cy, n);
            counts_.left[cx] += n;
            counts_.right[cy] += n;
        }
        r_.assign(c_, 0);
        l_.assign(c_, 0);
        delta_.assign(k_, 0.0);
    }

    // One pass over the words, most frequent first; returns how many moved.
    std::size_t pass() {
        std::size_t moved = 0;
        for (std::size_t w = 0; w < words_; ++w) {
            gather(w);
            int from = cls_[w];
            place(from, -1);
            int to = best_class(from);
            place(to, +1);
            cls_[w] = to;
            moved += to != from;
            for (int c : touched_) r_[c] = l_[c] = 0;
        }
        return moved;
    }

    // The log-likelihood of the class-bigram model, up to a constant.
    double objective() const {
        double sum = 0;
        for (auto n : counts_.m) sum += flog_[n];
        for (int x = 0; x < c_; ++x) sum -= flog_[counts_.left[x]] + flog_[counts_.right[x]];
        return sum;
    }

    const std::vector<int>& classes() const { return cls_; }
    ClassCounts& counts() { return counts_; }

   private:
    int class_of(std::uint32_t token) const {
        return token < words_ ? cls_[token] : k_ + static_cast<int>(token - words_);
    }

    // Word w's bigram counts with each class, itself apart.
    void gather(std::size_t w) {
        touched_.clear();
        auto touch = [&](int c) {
            if (r_[c] == 0 && l_[c] == 0) touched_.push_back(c);
        };
        for (std::size_t i = ctx_.right_start[w]; i < ctx_.right_start[w + 1]; ++i) {
            int c = class_of(ctx_.right[i].first);
            touch(c);
            r_[c] += ctx_.right[i].second;
        }
        for (std::size_t i = ctx_.left_start[w]; i < ctx_.left_start[w + 1]; ++i) {
            int c = class_of(ctx_.left[i].first);
            touch(c);
            l_[c] += ctx_.left[i].second;
        }
        self_ = ctx_.self[w];
        first_ = self_;
        second_ = self_;
        for (int c : touched_) {
            first_ += r_[c];
            second_ += l_[c];
        }
    }

    // Adds (sign +1) or removes (-1) the gathered word's counts to or from class k.
    void place(int k, int sign) {
        for (int c : touched_) {
            if (r_[c]) counts_.add(k, c, sign * static_cast<std::int64_t>(r_[c]));
            if (l_[c]) counts_.add(c, k, sign * static_cast<std::int64_t>(l_[c]));
        }
        counts_.add(k, k, sign * static_cast<std::int64_t>(self_));
        counts_.left[k] += static_cast<std::uint64_t>(sign * static_cast<std::int64_t>(first_));
        counts_.right[k] += static_cast<std::uint64_t>(sign * static_cast<std::int64_t>(second_));
    }

    // The gain of putting the (removed) word into each class; the best one, `from` on a tie.
    int best_class(int from) {
        std::fill(delta_.begin(), delta_.end(), 0.0);
        const double* f = flog_.data();
        const std::size_t stride = static_cast<std::size_t>(c_);
        for (int c : touched_) {
            if (std::uint32_t r = r_[c]) {  // word then c: column c of M, contiguous in M^T
                const std::uint32_t* col = &counts_.mt[c * stride];
                for (int k = 0; k < k_; ++k) delta_[k] += f[col[k] + r] - f[col[k]];
            }
            if (std::uint32_t l = l_[c]) {  // c then word: row c of M
                const std::uint32_t* row = &counts_.m[c * stride];
                for (int k = 0; k < k_; ++k) delta_[k] += f[row[k] + l] - f[row[k]];
            }
        }
        // The diagonal: the loops above counted M[k][k] twice and missed the word's own bigrams.
        auto fix = [&](int k) {
            std::uint32_t d = counts_.m[k * stride + k];
            delta_[k] += f[d + r_[k] + l_[k] + self_] - f[d] - (f[d + r_[k]] - f[d]) - (f[d + l_[k]] - f[d]);
        };
        if (self_) {
            for (int k = 0; k < k_; ++k) fix(k);
        } else {
            for (int c : touched_)
                if (c < k_) fix(c);
        }
        int best = from;
        double best_gain = -1e300;
        for (int k = 0; k < k_; ++k) {
            double gain = delta_[k] - (f[counts_.left[k] + first_] - f[counts_.left[k]]) -
                          (f[counts_.right[k] + second_] - f[counts_.right[k]]);
            delta_[k] = gain;
            if (gain > best_gain) {
                best_gain = gain;
                best = k;
            }
        }
        if (delta_[from] >= best_gain - 1e-9 * std::max(1.0, std::abs(best_gain))) return from;
        return best;
    }

    const Contexts& ctx_;
    std::size_t words_;
    int k_, c_;
    std::vector<int> cls_;
    std::vector<double> flog_;
    ClassCounts counts_;
    std::vector<std::uint32_t> r_, l_;
    std::vector<int> touched_;
    std::uint32_t self_ = 0;
    std::uint64_t first_ = 0, second_ = 0;
    std::vector<double> delta_;
};

// Stage 2: Brown's agglomeration of the K classes into a binary tree, merging the pair that
// loses the least mutual information; the losses of all pairs are kept and updated in O(1)
// each per merge (Brown et al. 1992, section 3), so the whole tree costs O(K^3).
class Agglomeration {
   public:
    Agglomeration(ClassCounts& counts, int k)
        : n_(counts), k_(k), c_(counts.classes), active_(c_, 1), s_(c_, 0.0), loss_(static_cast<std::size_t>(k) * k, 0.0) {
        total_ = 0;
        for (int x = 0; x < c_; ++x) total_ += static_cast<double>(n_.left[x]);
        for (int x = 0; x < c_; ++x) nl_.push_back(static_cast<double>(n_.left[x]));
        for (int x = 0; x < c_; ++x) nr_.push_back(static_cast<double>(n_.right[x]));
        for (int i = 0; i < k_; ++i) {
            if (nl_[i] == 0 && nr_[i] == 0) active_[i] = 0;  // an empty class
        }
        for (int i = 0; i < k_; ++i)
            if (active_[i]) s_[i] = s(i);
        for (int i = 0; i < k_; ++i)
            for (int j = i + 1; j < k_; ++j)
                if (active_[i] && active_[j]) loss(i, j) = full_loss(i, j);
        node_.resize(k_);
        std::iota(node_.begin(), node_.end(), 0);
    }

    // Merges until one class is left; returns the children of each internal node (node ids:
    // classes 0..K-1 are leaves, internal node K+t is merge t) and the root.
    int run(std::vector<std::pair<int, int>>& children) {
        std::vector<int> live;
        for (int i = 0; i < k_; ++i)
            if (active_[i]) live.push_back(i);
        if (live.empty()) return -1;
        while (live.size() > 1) {
            auto [a, b] = cheapest(live);
            merge(a, b, live);
            children.emplace_back(node_[a], node_[b]);
            node_[a] = k_ + static_cast<int>(children.size()) - 1;
            live.erase(std::find(live.begin(), live.end(), b));
        }
        return node_[live[0]];
    }

   private:
    double& loss(int i, int j) { return loss_[static_cast<std::size_t>(i) * k_ + j]; }
    double m(int x, int y) const { return n_.m[static_cast<std::size_t>(x) * c_ + y]; }
    // One term of the mutual information: p(x,y) log p(x,y) / (p(x) p(y)).
    double q(double n, double first, double second) const {
        return n > 0 ? n / total_ * std::log(n * total_ / (first * second)) : 0.0;
    }
    double q(int x, int y) const { return q(m(x, y), nl_[x], nr_[y]); }

    // The terms of the mutual information that involve class i.
    double s(int i) const {
        double sum = -q(i, i);
        for (int c = 0; c < c_; ++c)
            if (active_[c]) sum += q(i, c) + q(c, i);
        return sum;
    }

    // The information lost by merging i and j, from scratch: O(C).
    double full_loss(int i, int j) const {
        double first = nl_[i] + nl_[j], second = nr_[i] + nr_[j];
        double l = s_[i] + s_[j] - q(i, j) - q(j, i);
        for (int c = 0; c < c_; ++c) {
            if (!active_[c] || c == i || c == j) continue;
            l -= q(m(c, i) + m(c, j), nl_[c], second) + q(m(i, c) + m(j, c), first, nr_[c]);
        }
        return l - q(m(i, i) + m(i, j) + m(j, i) + m(j, j), first, second);
    }

    std::pair<int, int> cheapest(const std::vector<int>& live) {
        double best = 1e300;
        std::pair<int, int> pick{live[0], live[1]};
        for (std::size_t x = 0; x < live.size(); ++x)
            for (std::size_t y = x + 1; y < live.size(); ++y) {
                double l = loss(live[x], live[y]);
                if (l < best) {
                    best = l;
                    pick = {live[x], live[y]};
                }
            }
        return pick;
    }

    void merge(int a, int b, const std::vector<int>& live) {
        // The old rows and columns of a and b, for the update of the other pairs' losses.
        std::vector<double> a_row(c_), a_col(c_), b_row(c_), b_col(c_);
        for (int c = 0; c < c_; ++c) {
            a_row[c] = m(a, c), a_col[c] = m(c, a), b_row[c] = m(b, c), b_col[c] = m(c, b);
        }
        double a_first = nl_[a], a_second = nr_[a], b_first = nl_[b], b_second = nr_[b];
        std::vector<double> old_s = s_;

        for (int c = 0; c < c_; ++c) n_.at(a, c) += n_.at(b, c), n_.at(b, c) = 0;
        for (int c = 0; c < c_; ++c) n_.at(c, a) += n_.at(c, b), n_.at(c, b) = 0;
        nl_[a] += nl_[b], nr_[a] += nr_[b];
        nl_[b] = nr_[b] = 0;
        active_[b] = 0;
        for (int i : live)
            if (i != b) s_[i] = s(i);

        for (std::size_t x = 0; x < live.size(); ++x) {
            int i = live[x];
            if (i == a || i == b) continue;
            for (std::size_t y = x + 1; y < live.size(); ++y) {
                int j = live[y];
                if (j == a || j == b) continue;
                double first = nl_[i] + nl_[j], second = nr_[i] + nr_[j];
                double old_terms = q(a_row[i] + a_row[j], a_first, second) + q(a_col[i] + a_col[j], first, a_second) +
                                   q(b_row[i] + b_row[j], b_first, second) + q(b_col[i] + b_col[j], first, b_second);
                double new_terms = q(m(a, i) + m(a, j), nl_[a], second) + q(m(i, a) + m(j, a), first, nr_[a]);
                loss(i, j) += (s_[i] - old_s[i]) + (s_[j] - old_s[j]) + old_terms - new_terms;
            }
        }
        for (int j : live) {
            if (j == a || j == b) continue;
            double l = full_loss(std::min(a, j), std::max(a, j));
            loss(std::min(a, j), std::max(a, j)) = l;
        }
    }

    ClassCounts& n_;
    int k_, c_;
    std::vector<char> active_;
    std::vector<double> s_, nl_, nr_;
    std::vector<double> loss_;
    std::vector<int> node_;
    double total_ = 0;
};

// Root-to-leaf bit strings (left 0, right 1), cut at 32 bits.
std::vector<ClusterPath> leaf_paths(const std::vector<std::pair<int, int>>& children, int root, int leaves) {
    std::vector<ClusterPath> paths(leaves);
    if (root < 0) return paths;
    if (root < leaves) {  // a single class: one bit
        paths[root] = {0, 1};
        return paths;
    }
    std::vector<std::pair<int, ClusterPath>> stack{{root, ClusterPath{}}};
    while (!stack.empty()) {
        auto [node, p] = stack.back();
        stack.pop_back();
        if (node < leaves) {
            paths[node] = p;
            continue;
        }
        auto [left, right] = children[node - leaves];
        ClusterPath l = p, r = p;
        if (p.length < 32) {
            l = {p.bits << 1, static_cast<std::uint8_t>(p.length + 1)};
            r = {(p.bits << 1) | 1u, static_cast<std::uint8_t>(p.length + 1)};
        }
        stack.push_back({right, r});
        stack.push_back({left, l});
    }
    return paths;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

ClusterResult train_clusters(const ClusterCorpus& corpus, const ClusterOptions& options) {
    auto start = Clock::now();
    std::ostream* log = options.log;
    Vocabulary v = choose_words(corpus, options);
    std::size_t size = v.corpus_id.size();
    ClusterResult result;
    if (size == 0) return result;
    int k = static_cast<int>(std::min<std::size_t>(std::max(1, options.classes), size));
    Contexts ctx = count_contexts(corpus, v);
    if (log)
        *log << "clusters: " << corpus.tokens() << " tokens, " << corpus.words().size() << " distinct words, "
             << size << " clustered (count >= " << options.min_count << "), " << k << " classes, "
             << ctx.pairs.size() << " distinct bigrams (" << std::fixed << std::setprecision(1)
             << seconds_since(start) << " s)\n";

    std::uint64_t total = 0;
    for (auto [x, y, n] : ctx.pairs) total += n;
    Exchange exchange(ctx, size, k, total);
    for (int it = 1; it <= options.max_iterations; ++it) {
        std::size_t moved = exchange.pass();
        if (log)
            *log << "  exchange pass " << it << ": " << moved << " words moved, log-likelihood "
                 << std::setprecision(0) << exchange.objective() << std::setprecision(1) << " ("
                 << seconds_since(start) << " s)\n";
        if (static_cast<double>(moved) < options.stop_moved * static_cast<double>(size)) break;
    }

    Agglomeration tree(exchange.counts(), k);
    std::vector<std::pair<int, int>> children;
    int root = tree.run(children);
    auto class_paths = leaf_paths(children, root, k);
    if (log) {
        int deepest = 0;
        for (auto p : class_paths) deepest = std::max<int>(deepest, p.length);
        *log << "  tree: " << children.size() << " merges, deepest path " << deepest << " bits ("
             << seconds_since(start) << " s)\n";
    }

    for (std::size_t r = 0; r < size; ++r) {
        result.words.push_back(corpus.words()[v.corpus_id[r]]);
        result.counts.push_back(corpus.counts()[v.corpus_id[r]]);
        result.paths.push_back(class_paths[exchange.classes()[r]]);
    }
    return result;
}

std::vector<std::string> cluster_neighbours(const ClusterResult& result, std::string_view word, int bits,
                                            std::size_t max_words) {
    std::vector<std::string> out;
    auto it = std::find(result.words.begin(), result.words.end(), word);
    if (it == result.words.end()) return out;
    auto key = cluster_prefix(result.paths[static_cast<std::size_t>(it - result.words.begin())], bits);
    for (std::size_t i = 0; i < result.words.size() && out.size() < max_words; ++i)
        if (cluster_prefix(result.paths[i], bits) == key) out.push_back(result.words[i]);
    return out;
}

}  // namespace kg::nlp
