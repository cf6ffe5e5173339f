// Training: greedy arc-eager with a dynamic oracle and exploration (Goldberg & Nivre 2012).
// At every state the move model is updated when its best valid move would lose a gold arc
// that a zero-cost move keeps; after the first epoch the parser then follows its own
// prediction most of the time, so it is trained on the states its mistakes lead to.
#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <ostream>
#include <random>
#include <stdexcept>

#include "extract/nlp/conllu.hpp"
#include "extract/parser/features.hpp"
#include "extract/parser/model.hpp"
#include "extract/parser/oracle.hpp"
#include "extract/parser/parser.hpp"
#include "extract/parser/state.hpp"

namespace kg::nlp {

class ParserBuilder {
   public:
    static Parser make(ParserModel model) {
        Parser p;
        p.model_ = std::make_unique<ParserModel>(std::move(model));
        return p;
    }
};

namespace {

using namespace parser;

struct Example {
    std::vector<TokenKeys> keys;
    std::vector<int> gold;  // 0-based heads, root = n
    std::vector<int> label;
};

// A uniform draw in [0, 1) from the generator's raw output (the same on every library).
double uniform(std::mt19937& rng) { return static_cast<double>(rng() >> 8) / 16777216.0; }

void shuffle(std::vector<std::size_t>& order, std::mt19937& rng) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
}

std::vector<std::string> label_set(const std::vector<ParserSentence>& train) {
    std::vector<std::string> labels{"root"};
    for (const auto& s : train) labels.insert(labels.end(), s.deprel.begin(), s.deprel.end());
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    return labels;
}

int label_index(const std::vector<std::string>& labels, const std::string& name) {
    auto it = std::lower_bound(labels.begin(), labels.end(), name);
    return it != labels.end() && *it == name ? static_cast<int>(it - labels.begin()) : -1;
}

// The best-scoring valid move, among those of cost `max_cost` or less when `cost` is given.
template <class Scores>
int best_move(const State& st, const Scores& scores, const std::array<int, 4>* cost, int max_cost) {
    int best = -1;
    for (int m = 0; m < kMoves; ++m) {
        if (!st.valid(static_cast<Move>(m))) continue;
        if (cost && (*cost)[static_cast<std::size_t>(m)] > max_cost) continue;
        if (best < 0 || scores[static_cast<std::size_t>(m)] > scores[static_cast<std::size_t>(best)]) best = m;
    }
    return best;
}

class Trainer {
   public:
    Trainer(std::vector<std::string> labels, bool clusters, const ParserTrainOptions& opt)
        : labels_(std::move(labels)), clusters_(clusters), opt_(opt), labeler_(labels_.size()), rng_(opt.seed) {
        root_ = label_index(labels_, "root");
    }

    void epoch(const std::vector<Example>& examples, std::vector<std::size_t>& order, int e) {
        shuffle(order, rng_);
        bool explore = e >= opt_.explore_from;
        for (std::size_t i : order) sentence(examples[i], explore);
    }

    ParserModel model() const {
        ParserModel m;
        m.labels = labels_;
        m.root_label = static_cast<std::uint16_t>(root_);
        m.clusters = clusters_;
        m.moves = MoveModel::from(moves_, opt_.min_weight, opt_.min_updates);
        m.labeler = LabelModel::from(labeler_, opt_.min_weight, opt_.min_updates);
        return m;
    }

   private:
    int predict_label(std::vector<float>& scores) const {
        int best = -1;
        for (int l = 0; l < static_cast<int>(scores.size()); ++l)
            if (l != root_ && (best < 0 || scores[static_cast<std::size_t>(l)] > scores[static_cast<std::size_t>(best)]))
                best = l;
        return best;
    }

    void sentence(const Example& ex, bool explore) {
        const int n = static_cast<int>(ex.gold.size());
        st_.reset(n);
        std::array<float, kMoves> scores;
        std::array<int, 4> cost;
        while (!st_.terminal()) {
            move_features(st_, ex.keys, clusters_, feats_);
            moves_.scores(feats_, scores);
            move_costs(st_, ex.gold, on_stack_, cost);
            int min_cost = *std::min_element(cost.begin(), cost.end());
            int guess = best_move(st_, scores, nullptr, 0);
            int truth = best_move(st_, scores, &cost, min_cost);
            if (cost[static_cast<std::size_t>(guess)] > min_cost) moves_.update(feats_, truth, guess);
            moves_.tick();
            bool follow = explore && uniform(rng_) < opt_.explore_p;
            auto move = static_cast<Move>(follow ? guess : truth);
            int h, d;
            st_.arc_of(move, h, d);
            int lab = root_;
            if (d >= 0 && h < n) {
                label_features(st_, ex.keys, clusters_, h, d, feats_);
                label_scores_.assign(labels_.size(), 0.0f);
                labeler_.scores(feats_, label_scores_);
                int predicted = predict_label(label_scores_);
                lab = predicted;
                if (ex.gold[static_cast<std::size_t>(d)] == h) {
                    int gold_label = ex.label[static_cast<std::size_t>(d)];
                    labeler_.update(feats_, gold_label, predicted);
                    labeler_.tick();
                    if (!follow) lab = gold_label;
                }
            }
            st_.apply(move, lab);
        }
    }

    std::vector<std::string> labels_;
    bool clusters_;
    ParserTrainOptions opt_;
    int root_ = 0;
    MoveTrainer moves_;
    LabelTrainer labeler_;
    std::mt19937 rng_;
    State st_;
    std::vector<Feature> feats_;
    std::vector<char> on_stack_;
    std::vector<float> label_scores_;
};

// Views of a sentence's strings, for encode_sentence and Parser::parse.
struct Views {
    std::vector<std::string_view> words, upos, xpos;
    explicit Views(const ParserSentence& s)
        : words(s.words.begin(), s.words.end()), upos(s.upos.begin(), s.upos.end()), xpos(s.xpos.begin(), s.xpos.end()) {}
};

}  // namespace

Parser train_parser(const std::vector<ParserSentence>& train, const WordClusters* clusters,
                    const ParserTrainOptions& options, std::ostream* log, const std::vector<ParserSentence>* dev) {
    std::vector<std::string> labels = label_set(train);
    std::vector<Example> examples;
    std::size_t lifted = 0, skipped = 0;
    for (const auto& s : train) {
        const int n = static_cast<int>(s.words.size());
        if (n == 0) continue;
        if (s.head.size() != s.words.size() || s.deprel.size() != s.words.size() || s.upos.size() != s.words.size() ||
            s.xpos.size() != s.words.size())
            throw std::invalid_argument("train_parser: a sentence's columns differ in length");
        Example ex;
        ex.gold.resize(static_cast<std::size_t>(n));
        ex.label.resize(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            int h = s.head[static_cast<std::size_t>(i)];
            ex.gold[static_cast<std::size_t>(i)] = h == 0 ? n : h - 1;
            ex.label[static_cast<std::size_t>(i)] = label_index(labels, s.deprel[static_cast<std::size_t>(i)]);
        }
        if (!is_projective(ex.gold)) {
            if (!options.lift_nonprojective) {
                ++skipped;
                continue;
            }
            projectivise(ex.gold);
            ++lifted;
        }
        Views v(s);
        encode_sentence(v.words, v.upos, v.xpos, clusters, ex.keys);
        examples.push_back(std::move(ex));
    }
    if (log)
        *log << "parser: " << examples.size() << " training sentences (" << lifted << " non-projective lifted, "
             << skipped << " skipped), " << labels.size() << " labels" << std::endl;

    Trainer trainer(labels, clusters != nullptr, options);
    std::vector<std::size_t> order(examples.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int e = 0; e < options.epochs; ++e) {
        auto t0 = std::chrono::steady_clock::now();
        trainer.epoch(examples, order, e);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (log) {
            *log << "epoch " << (e + 1) << ": " << secs << " s";
            if (dev) {
                Parser p = ParserBuilder::make(trainer.model());
                ParserScores sc = evaluate_parser(p, *dev, clusters);
                *log << ", dev UAS " << sc.uas << " LAS " << sc.las << " (full labels " << sc.las_full << ")";
            }
            *log << std::endl;
        }
    }
    return ParserBuilder::make(trainer.model());
}

ParserScores evaluate_parser(const Parser& parser, const std::vector<ParserSentence>& sentences,
                             const WordClusters* clusters) {
    ParserScores sc;
    std::size_t uas = 0, las = 0, full = 0;
    Parse out;
    double secs = 0;
    for (const auto& s : sentences) {
        if (s.words.empty()) continue;
        Views v(s);
        auto t0 = std::chrono::steady_clock::now();
        parser.parse(v.words, v.upos, v.xpos, clusters, out);
        secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            ++sc.words;
            if (out.head[i] != s.head[i]) continue;
            ++uas;
            std::string_view predicted = parser.label_name(out.label[i]);
            if (predicted == s.deprel[i]) ++full;
            if (predicted.substr(0, predicted.find(':')) == universal_relation(s.deprel[i])) ++las;
        }
    }
    double w = sc.words ? static_cast<double>(sc.words) : 1.0;
    sc.uas = static_cast<double>(uas) / w;
    sc.las = static_cast<double>(las) / w;
    sc.las_full = static_cast<double>(full) / w;
    sc.seconds = secs;
    return sc;
}

}  // namespace kg::nlp
