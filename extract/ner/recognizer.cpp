#include "extract/ner/decode.hpp"
#include "extract/ner/model.hpp"
#include "extract/ner/ner.hpp"
#include "extract/ner/word_scores.hpp"

namespace kg::nlp {
namespace {

struct Workspace {
    ner::DocumentFeatures doc;
    std::vector<std::vector<int>> labels;
    std::vector<Feature> feats, word_feats;
    std::vector<ner::Chunk> chunks;
    // The context features of every word of the document, computed once for both stages:
    // word j (counted across sentences) has context[context_start[j] .. context_start[j+1]).
    std::vector<Feature> context;
    std::vector<std::size_t> context_start;
    // Every word's scores before the history features (they alone wait for the labels
    // before it), kLabels floats a word, and where each word's features end in `feats`.
    std::vector<float> before_history;
    std::vector<std::uint32_t> ends;
    // The word scores of each stage, valid for `model` (kept while it lives).
    std::weak_ptr<const NerModel> model;
    ner::WordScores first_words, second_words;
};

void collect_context(const ner::DocumentFeatures& doc, Workspace& ws) {
    ws.context.clear();
    ws.context_start.assign(1, 0);
    for (std::size_t s = 0; s < doc.sentences(); ++s)
        for (std::size_t i = 0; i < doc.words(s); ++i) {
            doc.context_features(s, i, ws.context);
            ws.context_start.push_back(ws.context.size());
        }
}

// Every word's scores from all its features but the history ones, for one stage: the word's
// text features' scores from `words` when the word was seen (summed first, from zero, as
// ner::decode_sentence sums them), then its context (and document) features, all words'
// lookups at once.
void score_before_history(const ner::DocumentFeatures& doc, const LinearModel& model, bool document_stage,
                          ner::WordScores& words, Workspace& ws) {
    auto& before = ws.before_history;
    auto& feats = ws.feats;
    feats.clear();
    ws.ends.clear();
    before.clear();
    std::size_t j = 0;
    for (std::size_t s = 0; s < doc.sentences(); ++s)
        for (std::size_t i = 0; i < doc.words(s); ++i, ++j) {
            const ner::LabelScores& text = words.get(doc.word_key(s, i), [&](ner::LabelScores& sc) {
                ws.word_feats.clear();
                doc.word_features(s, i, ws.word_feats);
                model.add_scores(ws.word_feats, sc);
            });
            before.insert(before.end(), text.begin(), text.end());
            feats.insert(feats.end(), ws.context.begin() + static_cast<std::ptrdiff_t>(ws.context_start[j]),
                         ws.context.begin() + static_cast<std::ptrdiff_t>(ws.context_start[j + 1]));
            if (document_stage) doc.document(s, i, feats);
            ws.ends.push_back(static_cast<std::uint32_t>(feats.size()));
        }
    model.add_scores_each(feats, ws.ends, before);
}

// Labels sentence s (its first word is word `first` of the document) as ner::decode_sentence
// does: the same features summed in the same order, so the same labels, to the bit.
void decide(const ner::DocumentFeatures& doc, std::size_t s, std::size_t first, const LinearModel& model,
            Workspace& ws, std::vector<int>& labels) {
    const std::size_t n = doc.words(s);
    auto& feats = ws.feats;
    labels.assign(n, 0);
    int prev1 = -1, prev2 = -1;
    for (std::size_t i = 0; i < n; ++i) {
        ner::LabelScores scores;
        const float* before = ws.before_history.data() + (first + i) * ner::kLabels;
        std::copy(before, before + ner::kLabels, scores.begin());
        feats.clear();
        doc.history(s, i, prev1, prev2, feats);
        model.add_scores(feats, scores);
        labels[i] = ner::best_label(scores, prev1, i + 1 == n);
        prev2 = prev1;
        prev1 = labels[i];
    }
}

// One stage over the document.
void run_stage(const ner::DocumentFeatures& doc, const LinearModel& model, bool document_stage,
               ner::WordScores& words, Workspace& ws) {
    score_before_history(doc, model, document_stage, words, ws);
    std::size_t first = 0;
    for (std::size_t s = 0; s < doc.sentences(); ++s) {
        decide(doc, s, first, model, ws, ws.labels[s]);
        first += doc.words(s);
    }
}

// Forgets the remembered word scores when they were computed with another model.
void use_model(Workspace& ws, const std::shared_ptr<const NerModel>& model) {
    if (ws.model.lock() == model) return;
    ws.first_words.clear();
    ws.second_words.clear();
    ws.model = model;
}

}  // namespace

EntityRecognizer::EntityRecognizer() : model_(std::make_shared<NerModel>()) {}
EntityRecognizer::EntityRecognizer(std::shared_ptr<const NerModel> model) : model_(std::move(model)) {}

EntityRecognizer EntityRecognizer::load(const std::string& path) {
    ModelReader in(path, "ner", NerModel::kFormat);
    auto m = std::make_shared<NerModel>();
    m->options = in.get<std::uint32_t>();
    m->about = in.get_string();
    m->gazetteer = ner::Gazetteer::load(in);
    m->names = ner::Gazetteer::load(in);
    m->first = LinearModel::load(in);
    m->second = LinearModel::load(in);
    in.expect_end();
    if (m->first.classes() != static_cast<std::size_t>(ner::kLabels) ||
        (m->has(NerModel::kDocumentStage) && m->second.classes() != static_cast<std::size_t>(ner::kLabels)))
        in.fail("not an entity recogniser of this kgraph (label set differs; retrain the model)");
    return EntityRecognizer(std::move(m));
}

void EntityRecognizer::save(const std::string& path) const {
    ModelWriter out;
    out.put<std::uint32_t>(model_->options);
    out.put_string(model_->about);
    model_->gazetteer.save(out);
    model_->names.save(out);
    model_->first.save(out);
    model_->second.save(out);
    out.save(path, "ner", NerModel::kFormat);
}

void EntityRecognizer::recognize(std::span<const std::vector<std::string_view>> sentences,
                                 const WordClusters* clusters, std::vector<EntitySpan>& out) const {
    const NerModel& m = *model_;
    // The buffers are kept per thread: once warm, a document allocates (almost) nothing.
    thread_local Workspace ws;
    ner::DocumentFeatures& doc = ws.doc;
    ner::FeatureSources src;
    if (m.has(NerModel::kGazetteer)) src.gazetteer = &m.gazetteer;
    if (m.has(NerModel::kNames)) src.names = &m.names;
    if (m.has(NerModel::kClusters)) src.clusters = clusters;
    doc.analyse(sentences, src);
    auto& labels = ws.labels;
    if (labels.size() < sentences.size()) labels.resize(sentences.size());
    use_model(ws, model_);
    collect_context(doc, ws);
    run_stage(doc, m.first, false, ws.first_words, ws);
    if (m.has(NerModel::kDocumentStage)) {
        doc.set_first_stage(std::span(labels).first(sentences.size()));
        run_stage(doc, m.second, true, ws.second_words, ws);
    }
    auto& chunks = ws.chunks;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        chunks.clear();
        ner::chunks_of_bilou(labels[s], chunks);
        for (const auto& c : chunks) out.push_back({static_cast<std::uint32_t>(s), c.first, c.last, c.kind});
    }
}

}  // namespace kg::nlp
