#include "extract/tagger/tagger.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "extract/tagger/compact_model.hpp"
#include "extract/tagger/features.hpp"
#include "extract/tagger/tagger_internal.hpp"

namespace kg::nlp {
namespace {

constexpr std::string_view kKind = "tagger";
constexpr std::uint32_t kFormatVersion = 2;

constexpr std::uint32_t kUsesClusters = 1, kTwoPass = 2;  // model flags

// The best score but the one of class `c`.
float runner_up(const std::vector<float>& scores, std::size_t c) {
    float best = -std::numeric_limits<float>::infinity();
    for (std::size_t k = 0; k < scores.size(); ++k)
        if (k != c && scores[k] > best) best = scores[k];
    return best;
}

std::optional<std::uint16_t> find_name(const std::vector<std::string>& names, std::string_view name) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return static_cast<std::uint16_t>(i);
    return std::nullopt;
}

}  // namespace

// The buffers of one tagging call, kept per thread so that tagging sentence after sentence
// allocates nothing once they have grown.
struct Tagger::Scratch {
    std::vector<tagger::WordKeys> keys;
    std::vector<Feature> feats;
    std::vector<float> scores;
    std::vector<int> fixed;  // dictionary class, or -1
    std::vector<std::uint16_t> first, final;
    std::vector<float> margin;  // how far the first pass's class led the runner-up
};

std::optional<std::uint16_t> Tagger::dictionary_class(std::uint64_t key) const {
    auto it = std::lower_bound(dict_keys_.begin(), dict_keys_.end(), key);
    if (it == dict_keys_.end() || *it != key) return std::nullopt;
    return dict_classes_[static_cast<std::size_t>(it - dict_keys_.begin())];
}

void Tagger::tag(std::span<const std::string_view> words, const WordClusters* clusters, Tags& out) const {
    // One scratch per thread: the tagger itself stays const and shared.
    thread_local Scratch scratch;
    tag_with(scratch, words, clusters, out);
}

void Tagger::tag_with(Scratch& s, std::span<const std::string_view> words, const WordClusters* clusters,
                      Tags& out) const {
    if (class_upos_.empty()) throw std::logic_error("Tagger::tag: no model (use Tagger::load or train_tagger)");
    const std::size_t n = words.size();
    const bool use_clusters = uses_clusters_ && clusters != nullptr;
    tagger::describe_words(words, use_clusters ? clusters : nullptr, s.keys);
    s.fixed.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto c = dictionary_class(tagger::form_key(words[i]));
        s.fixed[i] = c ? *c : -1;
    }
    s.scores.resize(class_upos_.size());
    auto best = [&](const LinearModel& model) {
        std::fill(s.scores.begin(), s.scores.end(), 0.0f);
        model.add_scores(s.feats, s.scores);
        return static_cast<std::uint16_t>(std::max_element(s.scores.begin(), s.scores.end()) - s.scores.begin());
    };
    s.first.resize(n);
    s.margin.assign(n, 0.0f);
    std::uint64_t prev1 = tagger::kStartTag, prev2 = tagger::kStartTag;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint16_t c;
        if (s.fixed[i] >= 0) {
            c = static_cast<std::uint16_t>(s.fixed[i]);
        } else {
            tagger::first_pass_features(s.keys, i, prev1, prev2, use_clusters, s.feats);
            c = best(first_);
            s.margin[i] = s.scores[c] - runner_up(s.scores, c);
        }
        s.first[i] = c;
        prev2 = prev1;
        prev1 = c;
    }
    const std::vector<std::uint16_t>* result = &s.first;
    if (two_pass_) {
        s.final.resize(n);
        prev1 = prev2 = tagger::kStartTag;
        for (std::size_t i = 0; i < n; ++i) {
            std::uint16_t c;
            if (s.fixed[i] >= 0) {
                c = static_cast<std::uint16_t>(s.fixed[i]);
            } else if (s.margin[i] > confident_margin_) {
                c = s.first[i];  // the second pass would hardly ever change it: skipped for speed
            } else {
                std::uint64_t r1 = i + 1 < n ? s.first[i + 1] : tagger::kEndTag;
                std::uint64_t r2 = i + 2 < n ? s.first[i + 2] : tagger::kEndTag;
                tagger::second_pass_features(s.keys, i, prev1, prev2, r1, r2, use_clusters, s.feats);
                c = best(second_);
            }
            s.final[i] = c;
            prev2 = prev1;
            prev1 = c;
        }
        result = &s.final;
    }
    out.upos.resize(n);
    out.xpos.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        out.upos[i] = class_upos_[(*result)[i]];
        out.xpos[i] = class_xpos_[(*result)[i]];
    }
}

std::string_view Tagger::upos_name(std::uint16_t id) const {
    return id < upos_names_.size() ? std::string_view(upos_names_[id]) : std::string_view("_");
}
std::string_view Tagger::xpos_name(std::uint16_t id) const {
    return id < xpos_names_.size() ? std::string_view(xpos_names_[id]) : std::string_view("_");
}
std::optional<std::uint16_t> Tagger::upos_id(std::string_view name) const { return find_name(upos_names_, name); }
std::optional<std::uint16_t> Tagger::xpos_id(std::string_view name) const { return find_name(xpos_names_, name); }

void Tagger::save(const std::string& path) const {
    ModelWriter w;
    w.put<std::uint32_t>((uses_clusters_ ? kUsesClusters : 0) | (two_pass_ ? kTwoPass : 0));
    w.put<float>(confident_margin_);
    w.put_strings(upos_names_);
    w.put_strings(xpos_names_);
    w.put_vector<std::uint16_t>(class_upos_);
    w.put_vector<std::uint16_t>(class_xpos_);
    w.put_vector<std::uint64_t>(dict_keys_);
    w.put_vector<std::uint16_t>(dict_classes_);
    tagger::save_compact(first_, w);
    if (two_pass_) tagger::save_compact(second_, w);
    w.save(path, kKind, kFormatVersion);
}

Tagger Tagger::load(const std::string& path) {
    ModelReader r(path, kKind, kFormatVersion);
    Tagger t;
    auto flags = r.get<std::uint32_t>();
    t.uses_clusters_ = flags & kUsesClusters;
    t.two_pass_ = flags & kTwoPass;
    t.confident_margin_ = r.get<float>();
    if (std::isnan(t.confident_margin_)) r.fail("inconsistent tagger model (corrupt file)");
    t.upos_names_ = r.get_strings();
    t.xpos_names_ = r.get_strings();
    t.class_upos_ = r.get_vector<std::uint16_t>();
    t.class_xpos_ = r.get_vector<std::uint16_t>();
    t.dict_keys_ = r.get_vector<std::uint64_t>();
    t.dict_classes_ = r.get_vector<std::uint16_t>();
    t.first_ = tagger::load_compact(r);
    if (t.two_pass_) t.second_ = tagger::load_compact(r);
    r.expect_end();
    const std::size_t classes = t.class_upos_.size();
    bool ok = classes > 0 && t.class_xpos_.size() == classes && t.dict_classes_.size() == t.dict_keys_.size() &&
              std::is_sorted(t.dict_keys_.begin(), t.dict_keys_.end()) && t.first_.classes() == classes &&
              (!t.two_pass_ || t.second_.classes() == classes);
    for (std::size_t c = 0; ok && c < classes; ++c)
        ok = t.class_upos_[c] < t.upos_names_.size() && t.class_xpos_[c] < t.xpos_names_.size();
    for (auto c : t.dict_classes_) ok = ok && c < classes;
    if (!ok) r.fail("inconsistent tagger model (corrupt file)");
    return t;
}

TagAccuracy evaluate_tagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold,
                            const WordClusters* clusters) {
    TagAccuracy acc;
    std::vector<std::string_view> words;
    Tags tags;
    for (const auto& sentence : gold) {
        words.clear();
        for (const auto& w : sentence.words) words.push_back(w.form);
        tagger.tag(words, clusters, tags);
        for (std::size_t i = 0; i < words.size(); ++i) {
            ++acc.words;
            acc.upos_correct += tagger.upos_name(tags.upos[i]) == sentence.words[i].upos;
            acc.xpos_correct += tagger.xpos_name(tags.xpos[i]) == sentence.words[i].xpos;
        }
    }
    return acc;
}

}  // namespace kg::nlp
