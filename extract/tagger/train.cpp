// Training the tagger: the tag set and tag dictionary from the training words, then epochs
// of the averaged perceptron over the sentences in a shuffled order, both passes learning
// side by side (the second pass sees the first pass's own predictions, as when tagging).
#include <algorithm>
#include <chrono>
#include <iomanip>
#include <map>
#include <ostream>
#include <random>
#include <unordered_map>

#include "extract/nlp/shuffle.hpp"
#include "extract/tagger/features.hpp"
#include "extract/tagger/tagger_internal.hpp"

namespace kg::nlp {
namespace {

using tagger::WordKeys;

// The classes: every UPOS|XPOS pair of the training data, in name order.
struct TagSet {
    std::vector<std::string> upos, xpos;
    std::vector<std::uint16_t> class_upos, class_xpos;
    std::map<std::pair<std::string, std::string>, std::uint16_t> class_of;
};

TagSet collect_tags(const std::vector<ConlluSentence>& train) {
    std::map<std::string, std::uint16_t> upos, xpos;
    TagSet set;
    for (const auto& s : train)
        for (const auto& w : s.words) {
            upos[w.upos];
            xpos[w.xpos];
            set.class_of[{w.upos, w.xpos}];
        }
    for (auto& [name, id] : upos) {
        id = static_cast<std::uint16_t>(set.upos.size());
        set.upos.push_back(name);
    }
    for (auto& [name, id] : xpos) {
        id = static_cast<std::uint16_t>(set.xpos.size());
        set.xpos.push_back(name);
    }
    for (auto& [pair, id] : set.class_of) {
        id = static_cast<std::uint16_t>(set.class_upos.size());
        set.class_upos.push_back(upos[pair.first]);
        set.class_xpos.push_back(xpos[pair.second]);
    }
    return set;
}

// A training sentence, described once: word keys, gold classes, dictionary classes.
struct Example {
    std::vector<WordKeys> keys;
    std::vector<std::uint16_t> gold;
    std::vector<int> fixed;
};

struct Dictionary {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint16_t> classes;
    int lookup(std::uint64_t key) const {
        auto it = std::lower_bound(keys.begin(), keys.end(), key);
        return it != keys.end() && *it == key ? classes[static_cast<std::size_t>(it - keys.begin())] : -1;
    }
};

// Words frequent enough and (nearly) unambiguous enough to be tagged by lookup.
Dictionary build_dictionary(const std::vector<ConlluSentence>& train, const TagSet& tags,
                            const TaggerTrainOptions& options) {
    Dictionary dict;
    if (options.dictionary_min_count == 0) return dict;
    std::map<std::string, std::map<std::uint16_t, std::uint32_t>> counts;
    for (const auto& s : train)
        for (const auto& w : s.words) ++counts[w.form][tags.class_of.at({w.upos, w.xpos})];
    std::vector<std::pair<std::uint64_t, std::uint16_t>> entries;
    for (const auto& [form, by_class] : counts) {
        std::uint32_t total = 0, top = 0;
        std::uint16_t top_class = 0;
        for (auto [c, n] : by_class) {
            total += n;
            if (n > top) top = n, top_class = c;
        }
        if (total >= options.dictionary_min_count && top >= options.dictionary_min_share * total)
            entries.emplace_back(tagger::form_key(form), top_class);
    }
    std::sort(entries.begin(), entries.end());
    for (auto [k, c] : entries) {
        dict.keys.push_back(k);
        dict.classes.push_back(c);
    }
    return dict;
}

std::vector<Example> describe_examples(const std::vector<ConlluSentence>& sentences, const TagSet& tags,
                                       const Dictionary& dict, const WordClusters* clusters) {
    std::vector<Example> out;
    out.reserve(sentences.size());
    std::vector<std::string_view> words;
    for (std::size_t k = 0; k < sentences.size(); ++k) {
        const auto& s = sentences[k];
        Example e;
        words.clear();
        for (const auto& w : s.words) {
            words.push_back(w.form);
            e.gold.push_back(tags.class_of.at({w.upos, w.xpos}));
            e.fixed.push_back(dict.lookup(tagger::form_key(w.form)));
        }
        tagger::describe_words(words, clusters, e.keys);
        out.push_back(std::move(e));
    }
    return out;
}

int argmax(const std::vector<float>& scores) {
    return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

class EpochRunner {
   public:
    EpochRunner(std::size_t classes, bool two_pass, bool clusters)
        : first_(classes), second_(classes), two_pass_(two_pass), clusters_(clusters), scores_(classes) {}

    // One sentence: greedy decoding with the current weights, an update at each mistake.
    // Returns the words the first pass got right (training accuracy, for the log).
    std::size_t learn(const Example& e) {
        const std::size_t n = e.gold.size();
        guesses_.resize(n);
        std::size_t right = 0;
        std::uint64_t prev1 = tagger::kStartTag, prev2 = tagger::kStartTag;
        for (std::size_t i = 0; i < n; ++i) {
            int c = e.fixed[i];
            if (c < 0) {
                tagger::first_pass_features(e.keys, i, prev1, prev2, clusters_, feats_);
                c = predict(first_);
                first_.update(feats_, e.gold[i], c);
                first_.tick();
            }
            right += c == e.gold[i];
            guesses_[i] = static_cast<std::uint16_t>(c);
            prev2 = prev1;
            prev1 = static_cast<std::uint64_t>(c);
        }
        if (!two_pass_) return right;
        prev1 = prev2 = tagger::kStartTag;
        // The right context: the first pass's guesses made as it learns (each before the update
        // at its word). Late in training they are right more often than on new text, but tags
        // from models trained on other folds (jackknifing) measured no better on dev.
        const std::vector<std::uint16_t>& first = guesses_;
        for (std::size_t i = 0; i < n; ++i) {
            int c = e.fixed[i];
            if (c < 0) {
                std::uint64_t r1 = i + 1 < n ? first[i + 1] : tagger::kEndTag;
                std::uint64_t r2 = i + 2 < n ? first[i + 2] : tagger::kEndTag;
                tagger::second_pass_features(e.keys, i, prev1, prev2, r1, r2, clusters_, feats_);
                c = predict(second_);
                second_.update(feats_, e.gold[i], c);
                second_.tick();
            }
            prev2 = prev1;
            prev1 = static_cast<std::uint64_t>(c);
        }
        return right;
    }

    LinearModel first(const TaggerTrainOptions& o) const { return first_.averaged(o.min_weight, o.min_updates); }
    LinearModel second(const TaggerTrainOptions& o) const {
        return two_pass_ ? second_.averaged(o.min_weight, o.min_updates) : LinearModel();
    }

   private:
    int predict(const PerceptronTrainer& model) {
        std::fill(scores_.begin(), scores_.end(), 0.0f);
        model.add_scores(feats_, scores_);
        return argmax(scores_);
    }

    PerceptronTrainer first_, second_;
    bool two_pass_, clusters_;
    std::vector<float> scores_;
    std::vector<Feature> feats_;
    std::vector<std::uint16_t> guesses_;
};

// The mean of several models' weights (perceptrons trained on differently shuffled orders:
// their mean varies less with the order than any one of them).
LinearModel mix(const std::vector<LinearModel>& models) {
    if (models.size() == 1) return models[0];
    std::vector<LinearModel::Entry> all;
    for (const auto& m : models) {
        auto e = m.entries();
        all.insert(all.end(), e.begin(), e.end());
    }
    std::sort(all.begin(), all.end(), [](const LinearModel::Entry& a, const LinearModel::Entry& b) {
        return a.feature != b.feature ? a.feature < b.feature : a.cls < b.cls;
    });
    std::vector<LinearModel::Entry> merged;
    const float share = 1.0f / static_cast<float>(models.size());
    for (const auto& e : all) {
        if (!merged.empty() && merged.back().feature == e.feature && merged.back().cls == e.cls)
            merged.back().weight += e.weight * share;
        else
            merged.push_back({e.feature, e.cls, e.weight * share});
    }
    return LinearModel::from_entries(models[0].classes(), std::move(merged));
}

}  // namespace

Tagger train_tagger(const std::vector<ConlluSentence>& train, const WordClusters* clusters,
                    const TaggerTrainOptions& options, std::ostream* log, const std::vector<ConlluSentence>* dev) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    TagSet tags = collect_tags(train);
    if (tags.class_upos.empty()) throw InputError("tagger training: the training treebank has no words");
    if (tags.class_upos.size() > 255)
        throw InputError("tagger training: more than 255 UPOS|XPOS pairs (the model file allows 255)");
    Dictionary dict = build_dictionary(train, tags, options);
    std::vector<Example> examples = describe_examples(train, tags, dict, clusters);
    if (log)
        *log << "tagger: " << train.size() << " sentences, " << tags.class_upos.size() << " classes ("
             << tags.upos.size() << " UPOS, " << tags.xpos.size() << " XPOS), " << dict.keys.size()
             << " dictionary words" << (clusters ? ", with clusters" : ", no clusters") << "\n";

    auto assemble = [&](const std::vector<EpochRunner>& runners, const TaggerTrainOptions& o) {
        TaggerBuilder::Parts parts;
        parts.upos_names = tags.upos;
        parts.xpos_names = tags.xpos;
        parts.class_upos = tags.class_upos;
        parts.class_xpos = tags.class_xpos;
        parts.dict_keys = dict.keys;
        parts.dict_classes = dict.classes;
        parts.uses_clusters = clusters != nullptr;
        parts.two_pass = o.two_pass;
        if (o.confident_margin > 0) parts.confident_margin = o.confident_margin;
        std::vector<LinearModel> first, second;
        for (const auto& r : runners) {
            first.push_back(r.first(o));
            if (o.two_pass) second.push_back(r.second(o));
        }
        parts.first = mix(first);
        if (o.two_pass) parts.second = mix(second);
        return TaggerBuilder::build(std::move(parts));
    };

    const int runs = std::max(1, options.runs);
    std::vector<EpochRunner> runners;
    std::vector<std::mt19937> rngs;
    std::vector<std::vector<std::size_t>> orders;
    for (int r = 0; r < runs; ++r) {
        runners.emplace_back(tags.class_upos.size(), options.two_pass, clusters != nullptr);
        rngs.emplace_back(options.seed + static_cast<std::uint32_t>(r));
        auto& order = orders.emplace_back(examples.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    }
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        std::size_t words = 0, right = 0;
        for (int r = 0; r < runs; ++r) {
            shuffle(orders[r], rngs[r]);
            for (std::size_t k : orders[r]) {
                right += runners[r].learn(examples[k]);
                words += examples[k].gold.size();
            }
        }
        if (!log) continue;
        double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        *log << "epoch " << epoch << ": train " << std::fixed << std::setprecision(4)
             << static_cast<double>(right) / static_cast<double>(words);
        if (dev) {
            TagAccuracy acc = evaluate_tagger(assemble(runners, options), *dev, clusters);
            *log << "  dev UPOS " << acc.upos() << " XPOS " << acc.xpos();
        }
        *log << "  (" << std::setprecision(1) << seconds << " s)\n" << std::defaultfloat;
        log->flush();
    }
    return assemble(runners, options);
}

}  // namespace kg::nlp
