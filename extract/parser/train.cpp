// Training. Greedy (beam width 1): arc-eager with a dynamic oracle and exploration (Goldberg &
// Nivre 2012). At every state the move model is updated when its best valid move would lose a
// gold arc that a zero-cost move keeps; after the first epoch the parser then follows its own
// prediction most of the time, so it is trained on the states its mistakes lead to.
// Beam (width > 1): each sentence is decoded with the beam and the transition model gets one
// global max-violation update (Trainer::sentence_beam); the label model learns along a gold path.
#include <algorithm>
#include <array>
#include <chrono>
#include <limits>
#include <map>
#include <memory>
#include <ostream>
#include <random>
#include <stdexcept>

#include "extract/nlp/conllu.hpp"
#include "extract/nlp/shuffle.hpp"
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
        for (std::size_t i : order) {
            if (opt_.beam > 1) {
                label_pass(examples[i]);
                sentence_beam(examples[i]);
            } else {
                sentence(examples[i], explore);
            }
        }
    }

    // The model of these runs' weights averaged (Trainers trained side by side on other seeds).
    static ParserModel model(const std::vector<std::unique_ptr<Trainer>>& runs) {
        const Trainer& t = *runs.front();
        ParserModel m;
        m.labels = t.labels_;
        m.root_label = static_cast<std::uint16_t>(t.root_);
        m.clusters = t.clusters_;
        m.beam = std::max(1, t.opt_.beam);
        std::vector<const MoveTrainer*> moves;
        std::vector<const LabelTrainer*> labelers;
        for (const auto& r : runs) {
            moves.push_back(&r->moves_);
            labelers.push_back(&r->labeler_);
        }
        m.moves = MoveModel::from(moves, t.opt_.min_weight, t.opt_.min_updates);
        m.labeler = LabelModel::from(labelers, t.opt_.min_weight, t.opt_.min_updates);
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
                int predicted = guess_label(st_, ex, h, d);
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

    // --- Beam training -------------------------------------------------------------------

    struct Step {
        int move, label;
    };
    struct Back {
        int parent;
        Step step;
    };
    struct Candidate {
        double score;
        int parent, move;
        bool correct;
    };

    // The label of the arc h -> d in `st` for the beam: the gold label on a gold arc (so a
    // state with only gold arcs is the gold state), else the label model's choice.
    int beam_label(const State& st, const Example& ex, int h, int d) {
        const int n = static_cast<int>(ex.gold.size());
        if (d < 0 || h >= n) return root_;
        if (ex.gold[static_cast<std::size_t>(d)] == h) return ex.label[static_cast<std::size_t>(d)];
        return guess_label(st, ex, h, d);
    }

    // The label model's choice for the arc h -> d in `st`; its features stay in feats_ for an
    // update.
    int guess_label(const State& st, const Example& ex, int h, int d) {
        label_features(st, ex.keys, clusters_, h, d, feats_);
        label_scores_.assign(labels_.size(), 0.0f);
        labeler_.scores(feats_, label_scores_);
        return predict_label(label_scores_);
    }

    // The label model learns along a gold path (zero-cost moves: arcs first, then Reduce,
    // then Shift).
    void label_pass(const Example& ex) {
        const int n = static_cast<int>(ex.gold.size());
        st_.reset(n);
        std::array<int, 4> cost;
        static constexpr Move kOrder[] = {kLeft, kRight, kReduce, kShift};
        while (!st_.terminal()) {
            move_costs(st_, ex.gold, on_stack_, cost);
            Move move = kShift;
            int best = 1 << 30;
            for (Move m : kOrder)
                if (cost[m] < best) {
                    best = cost[m];
                    move = m;
                }
            int h, d;
            st_.arc_of(move, h, d);
            int lab = root_;
            if (d >= 0 && h < n) {
                int predicted = guess_label(st_, ex, h, d);
                lab = ex.label[static_cast<std::size_t>(d)];
                labeler_.update(feats_, lab, predicted);
                labeler_.tick();
            }
            st_.apply(move, lab);
        }
    }

    // The moves of beam item j after step t, from the back pointers.
    void backtrack(int t, int j, std::vector<Step>& out) const {
        const auto k = static_cast<std::size_t>(opt_.beam);
        out.resize(static_cast<std::size_t>(t + 1));
        for (int s = t; s >= 0; --s) {
            const Back& b = back_[static_cast<std::size_t>(s) * k + static_cast<std::size_t>(j)];
            out[static_cast<std::size_t>(s)] = b.step;
            j = b.parent;
        }
    }

    // Adds the features of every state along `seq` (from the start) with `delta`.
    void collect(const Example& ex, const std::vector<Step>& seq, float delta) {
        replay_.reset(static_cast<int>(ex.gold.size()));
        for (const Step& s : seq) {
            move_features(replay_, ex.keys, clusters_, feats_);
            for (Feature f : feats_) delta_.push_back({f, s.move, delta});
            replay_.apply(static_cast<Move>(s.move), s.label);
        }
    }

    // Beam search over the sentence with the current weights, then one max-violation update
    // (Huang et al. 2012): at the step where the best item outscores the best zero-cost
    // ("gold") prefix by the most, the gold prefix's features are rewarded and the best
    // item's penalised. The gold prefix is the best zero-cost item in the beam while there is
    // one, then continues on its own by its best-scoring zero-cost moves.
    void sentence_beam(const Example& ex) {
        const int n = static_cast<int>(ex.gold.size());
        const auto k = static_cast<std::size_t>(opt_.beam);
        if (cur_.size() < k) {
            cur_.resize(k);
            next_.resize(k);
        }
        cur_score_.assign(k, 0.0);
        next_score_.assign(k, 0.0);
        cur_correct_.assign(k, 0);
        next_correct_.assign(k, 0);
        back_.assign(static_cast<std::size_t>(2 * n) * k, Back{0, {0, 0}});
        cur_[0].reset(n);
        cur_correct_[0] = 1;
        std::size_t live = 1;
        bool gold_in_beam = true;
        double gold_score = 0;
        gold_seq_.clear();
        double worst = -std::numeric_limits<double>::infinity();
        int t_star = -1;
        std::array<float, kMoves> scores;
        std::array<int, 4> cost;
        for (int t = 0; !cur_[0].terminal(); ++t) {
            cands_.clear();
            for (std::size_t i = 0; i < live; ++i) {
                const State& st = cur_[i];
                move_features(st, ex.keys, clusters_, feats_);
                moves_.scores(feats_, scores);
                if (cur_correct_[i]) move_costs(st, ex.gold, on_stack_, cost);
                for (int m = 0; m < kMoves; ++m) {
                    if (!st.valid(static_cast<Move>(m))) continue;
                    bool correct = cur_correct_[i] && cost[static_cast<std::size_t>(m)] == 0;
                    cands_.push_back({cur_score_[i] + scores[static_cast<std::size_t>(m)], static_cast<int>(i), m, correct});
                }
            }
            std::sort(cands_.begin(), cands_.end(), [](const Candidate& a, const Candidate& b) {
                if (a.score != b.score) return a.score > b.score;
                if (a.parent != b.parent) return a.parent < b.parent;
                return a.move < b.move;
            });
            const std::size_t keep = std::min(k, cands_.size());
            bool correct_kept = false;
            for (std::size_t j = 0; j < keep; ++j) correct_kept |= cands_[j].correct;
            if (gold_in_beam && !correct_kept) {
                // The gold prefix falls out: it continues from the best zero-cost candidate.
                auto it = std::find_if(cands_.begin(), cands_.end(), [](const Candidate& c) { return c.correct; });
                if (it == cands_.end()) break;  // no zero-cost move (cannot happen on projective trees)
                if (t > 0) backtrack(t - 1, it->parent, gold_seq_);
                gold_state_ = cur_[static_cast<std::size_t>(it->parent)];
                int h, d;
                gold_state_.arc_of(static_cast<Move>(it->move), h, d);
                int lab = beam_label(gold_state_, ex, h, d);
                gold_state_.apply(static_cast<Move>(it->move), lab);
                gold_seq_.push_back({it->move, lab});
                gold_score = it->score;
                gold_in_beam = false;
            } else if (!gold_in_beam) {
                move_features(gold_state_, ex.keys, clusters_, feats_);
                moves_.scores(feats_, scores);
                move_costs(gold_state_, ex.gold, on_stack_, cost);
                int best = -1;
                for (int m = 0; m < kMoves; ++m)
                    if (gold_state_.valid(static_cast<Move>(m)) && cost[static_cast<std::size_t>(m)] == 0 &&
                        (best < 0 || scores[static_cast<std::size_t>(m)] > scores[static_cast<std::size_t>(best)]))
                        best = m;
                if (best < 0) break;
                int h, d;
                gold_state_.arc_of(static_cast<Move>(best), h, d);
                int lab = beam_label(gold_state_, ex, h, d);
                gold_state_.apply(static_cast<Move>(best), lab);
                gold_seq_.push_back({best, lab});
                gold_score += scores[static_cast<std::size_t>(best)];
            }
            for (std::size_t j = 0; j < keep; ++j) {
                const Candidate& c = cands_[j];
                State& st = next_[j];
                st = cur_[static_cast<std::size_t>(c.parent)];
                int h, d;
                st.arc_of(static_cast<Move>(c.move), h, d);
                int lab = beam_label(st, ex, h, d);
                st.apply(static_cast<Move>(c.move), lab);
                next_score_[j] = c.score;
                next_correct_[j] = c.correct;
                back_[static_cast<std::size_t>(t) * k + j] = Back{c.parent, {c.move, lab}};
            }
            live = keep;
            std::swap(cur_, next_);
            std::swap(cur_score_, next_score_);
            std::swap(cur_correct_, next_correct_);
            if (cur_correct_[0]) continue;  // the best item is a gold prefix: no violation
            if (gold_in_beam) {
                std::size_t jc = 0;
                while (!cur_correct_[jc]) ++jc;
                gold_score = cur_score_[jc];
            }
            double violation = cur_score_[0] - gold_score;
            if (violation > worst || t_star < 0) {
                worst = violation;
                t_star = t;
                if (gold_in_beam) {
                    std::size_t jc = 0;
                    while (!cur_correct_[jc]) ++jc;
                    backtrack(t, static_cast<int>(jc), star_gold_);
                } else {
                    star_gold_ = gold_seq_;
                }
            }
        }
        if (t_star >= 0) {
            backtrack(t_star, 0, star_pred_);
            delta_.clear();
            collect(ex, star_gold_, 1.0f);
            collect(ex, star_pred_, -1.0f);
            std::sort(delta_.begin(), delta_.end(), [](const Delta& a, const Delta& b) {
                return a.f != b.f ? a.f < b.f : a.move < b.move;
            });
            for (std::size_t i = 0; i < delta_.size();) {
                std::size_t j = i;
                float sum = 0;
                while (j < delta_.size() && delta_[j].f == delta_[i].f && delta_[j].move == delta_[i].move)
                    sum += delta_[j++].delta;
                if (sum != 0) moves_.add(delta_[i].f, delta_[i].move, sum);
                i = j;
            }
        }
        moves_.tick();
    }

    struct Delta {
        Feature f;
        int move;
        float delta;
    };
    std::vector<State> cur_, next_;
    std::vector<double> cur_score_, next_score_;
    std::vector<char> cur_correct_, next_correct_;
    std::vector<Back> back_;
    std::vector<Candidate> cands_;
    std::vector<Step> gold_seq_, star_gold_, star_pred_;
    std::vector<Delta> delta_;
    State gold_state_, replay_;

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

    // Runs side by side on their own seeds (each its own sentence order), averaged at the end.
    std::vector<std::unique_ptr<Trainer>> runs;
    std::vector<std::vector<std::size_t>> orders;
    for (int r = 0; r < std::max(1, options.runs); ++r) {
        ParserTrainOptions run_options = options;
        run_options.seed = options.seed + static_cast<std::uint32_t>(r);
        runs.push_back(std::make_unique<Trainer>(labels, clusters != nullptr, run_options));
        auto& order = orders.emplace_back(examples.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    }
    for (int e = 0; e < options.epochs; ++e) {
        auto t0 = std::chrono::steady_clock::now();
        for (std::size_t r = 0; r < runs.size(); ++r) runs[r]->epoch(examples, orders[r], e);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (log) {
            *log << "epoch " << (e + 1) << ": " << secs << " s";
            if (dev) {
                Parser p = ParserBuilder::make(Trainer::model(runs));
                ParserScores sc = evaluate_parser(p, *dev, clusters);
                *log << ", dev UAS " << sc.uas << " LAS " << sc.las << " (full labels " << sc.las_full << ")";
            }
            *log << std::endl;
        }
    }
    return ParserBuilder::make(Trainer::model(runs));
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
