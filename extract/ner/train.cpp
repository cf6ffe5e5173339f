#include "extract/ner/train.hpp"

#include <cstdio>
#include <ostream>
#include <random>

#include "extract/ner/decode.hpp"
#include "extract/ner/model.hpp"
#include "extract/nlp/linear_model.hpp"
#include "extract/nlp/shuffle.hpp"

namespace kg::nlp {
namespace {

// A document ready for training: its words, gold labels and analysed features.
struct Doc {
    std::vector<std::vector<std::string_view>> words;
    std::vector<std::vector<int>> gold;
    std::vector<EntitySpan> gold_spans;
    ner::DocumentFeatures features;
};

std::vector<Doc> prepare(const ConllFile& file) {
    std::vector<Doc> docs(file.documents.size());
    std::vector<ner::Chunk> chunks;
    for (std::size_t d = 0; d < docs.size(); ++d) {
        const ConllDocument& cd = file.documents[d];
        Doc& doc = docs[d];
        doc.words = word_views(cd);
        doc.gold_spans = gold_spans(cd, file.name);
        doc.gold.resize(cd.sentences.size());
        for (std::size_t s = 0; s < cd.sentences.size(); ++s) {
            chunks.clear();
            for (const auto& e : doc.gold_spans)
                if (e.sentence == s) chunks.push_back({e.first, e.last, e.kind});
            ner::bilou_of(cd.sentences[s].words.size(), chunks, doc.gold[s]);
        }
    }
    return docs;
}

// The names of the training documents, a list per kind; documents with `d % folds == skip`
// left out (skip < 0: none).
ner::Gazetteer names_of(const std::vector<Doc>& docs, int folds, int skip) {
    ner::Gazetteer g;
    for (int k = 0; k < kEntityKinds; ++k) g.add_list(std::string(kind_name(static_cast<EntityKind>(k))));
    std::string phrase;
    for (std::size_t d = 0; d < docs.size(); ++d) {
        if (skip >= 0 && static_cast<int>(d % static_cast<std::size_t>(folds)) == skip) continue;
        for (const EntitySpan& e : docs[d].gold_spans) {
            phrase.clear();
            for (auto i = e.first; i < e.last; ++i) {
                if (i > e.first) phrase += ' ';
                phrase += docs[d].words[e.sentence][i];
            }
            g.add(static_cast<int>(e.kind), phrase);
        }
    }
    g.finish();
    return g;
}

// The file's name without its folder: the model's bytes must not depend on where the corpus is.
std::string base_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

// Labels every sentence of a document with one linear model.
void label(const Doc& doc, const LinearModel& m, bool document_stage, std::vector<std::vector<int>>& out) {
    std::vector<Feature> feats;
    out.resize(doc.words.size());
    auto score = [&](std::span<const Feature> f, std::span<float> sc) { m.add_scores(f, sc); };
    auto nothing = [](std::size_t, std::span<const Feature>, int) {};
    for (std::size_t s = 0; s < doc.words.size(); ++s)
        ner::decode_sentence(doc.features, s, document_stage, score, nothing, out[s], feats);
}

void add_spans(const std::vector<std::vector<int>>& labels, std::vector<EntitySpan>& out) {
    std::vector<ner::Chunk> chunks;
    for (std::size_t s = 0; s < labels.size(); ++s) {
        chunks.clear();
        ner::chunks_of_bilou(labels[s], chunks);
        for (const auto& c : chunks) out.push_back({static_cast<std::uint32_t>(s), c.first, c.last, c.kind});
    }
}

EntityScore score_docs(const std::vector<Doc>& docs, const LinearModel& m, bool document_stage) {
    EntityScore score;
    std::vector<std::vector<int>> labels;
    std::vector<EntitySpan> spans;
    for (const Doc& doc : docs) {
        label(doc, m, document_stage, labels);
        spans.clear();
        add_spans(labels, spans);
        score.add(doc.gold_spans, spans);
        for (std::size_t s = 0; s < labels.size(); ++s)
            for (std::size_t i = 0; i < labels[s].size(); ++i) {
                score.tokens += 1;
                score.tokens_correct += labels[s][i] == doc.gold[s][i];
            }
    }
    return score;
}

struct StageResult {
    LinearModel model;
    EntityScore dev;
    int best_epoch = 0;
};

// Trains one stage on docs[i] for i in `use`; with `fixed_epochs` > 0 it runs that many
// epochs and keeps the last (no dev), else keeps the epoch with the best dev F1.
StageResult train_stage(std::vector<Doc>& docs, const std::vector<std::size_t>& use, const std::vector<Doc>* dev,
                        bool document_stage, int epochs, bool keep_last, const NerTrainOptions& opt,
                        const char* name) {
    PerceptronTrainer trainer(ner::kLabels);
    std::mt19937 rng(opt.seed);
    std::vector<std::size_t> order = use;
    std::vector<int> labels;
    std::vector<Feature> feats;
    StageResult best;
    best.dev.all.gold = 0;
    double best_f1 = -1;
    auto score = [&](std::span<const Feature> f, std::span<float> sc) { trainer.add_scores(f, sc); };
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        shuffle(order, rng);
        std::size_t errors = 0, words = 0;
        for (std::size_t d : order) {
            Doc& doc = docs[d];
            for (std::size_t s = 0; s < doc.words.size(); ++s) {
                const std::vector<int>& gold = doc.gold[s];
                auto seen = [&](std::size_t i, std::span<const Feature> f, int guess) {
                    if (guess != gold[i]) trainer.update(f, gold[i], guess), ++errors;
                    trainer.tick();
                    ++words;
                };
                ner::decode_sentence(doc.features, s, document_stage, score, seen, labels, feats);
            }
        }
        if (keep_last && epoch < epochs) continue;
        LinearModel m = trainer.averaged(opt.min_weight, opt.min_updates);
        if (keep_last || !dev) {
            best.model = std::move(m);
            best.best_epoch = epoch;
            break;
        }
        EntityScore s = score_docs(*dev, m, document_stage);
        if (opt.log) {
            char buf[160];
            std::snprintf(buf, sizeof buf, "%s epoch %2d: train word errors %.4f, dev F1 %.4f (P %.4f R %.4f)\n", name,
                          epoch, words ? static_cast<double>(errors) / words : 0.0, s.all.f1(), s.all.precision(),
                          s.all.recall());
            *opt.log << buf << std::flush;
        }
        if (s.all.f1() > best_f1) {
            best_f1 = s.all.f1();
            best.model = std::move(m);
            best.dev = s;
            best.best_epoch = epoch;
        }
    }
    return best;
}

}  // namespace

NerTrainResult train_entity_recognizer(const ConllFile& train, const ConllFile& dev, const NerTrainOptions& opt) {
    const ner::Gazetteer* gaz = opt.gazetteer ? &opt.lists : nullptr;
    auto train_docs = prepare(train);
    auto dev_docs = prepare(dev);
    std::vector<std::size_t> all(train_docs.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    // The names lists: a training document sees those of the other folds only (else the
    // model would learn to trust a list that always holds the answer).
    const int k = std::max(2, opt.folds), nk = std::max(2, opt.name_folds);
    ner::Gazetteer names = opt.names ? names_of(train_docs, nk, -1) : ner::Gazetteer{};
    std::vector<ner::Gazetteer> fold_names;
    for (int f = 0; opt.names && f < nk; ++f) fold_names.push_back(names_of(train_docs, nk, f));
    ner::FeatureSources src{gaz, nullptr, opt.clusters};
    for (std::size_t d = 0; d < train_docs.size(); ++d) {
        src.names = opt.names ? &fold_names[d % static_cast<std::size_t>(nk)] : nullptr;
        train_docs[d].features.analyse(train_docs[d].words, src);
    }
    src.names = opt.names ? &names : nullptr;
    for (Doc& doc : dev_docs) doc.features.analyse(doc.words, src);

    auto model = std::make_shared<NerModel>();
    if (opt.gazetteer) model->options |= NerModel::kGazetteer;
    if (opt.clusters) model->options |= NerModel::kClusters;
    if (opt.names) model->options |= NerModel::kNames, model->names = names;
    if (opt.gazetteer) model->gazetteer = opt.lists;
    StageResult first = train_stage(train_docs, all, &dev_docs, false, opt.epochs, false, opt, "first stage");
    model->first = std::move(first.model);
    EntityScore dev_score = first.dev;

    if (opt.document_stage) {
        // First-stage labels of each training document from a model trained without it.
        std::vector<std::vector<std::vector<int>>> held(train_docs.size());
        for (int f = 0; f < k; ++f) {
            std::vector<std::size_t> in, out;
            for (std::size_t d : all) (static_cast<int>(d % k) == f ? out : in).push_back(d);
            StageResult fold = train_stage(train_docs, in, nullptr, false, first.best_epoch, true, opt, "fold");
            for (std::size_t d : out) label(train_docs[d], fold.model, false, held[d]);
            if (opt.log) *opt.log << "fold " << f + 1 << "/" << k << " labelled\n" << std::flush;
        }
        for (std::size_t d : all) train_docs[d].features.set_first_stage(held[d]);
        std::vector<std::vector<int>> labels;
        for (Doc& doc : dev_docs) {
            label(doc, model->first, false, labels);
            doc.features.set_first_stage(labels);
        }
        StageResult second = train_stage(train_docs, all, &dev_docs, true, opt.epochs, false, opt, "document stage");
        // Kept only when it helps on dev.
        if (second.dev.all.f1() > dev_score.all.f1()) {
            model->second = std::move(second.model);
            model->options |= NerModel::kDocumentStage;
            dev_score = second.dev;
        }
    }
    char about[256];
    std::snprintf(about, sizeof about, "CoNLL-2003 %s (%zu documents); dev %s F1 %.4f; gazetteer %s, clusters %s, document stage %s",
                  base_name(train.name).c_str(), train.documents.size(), base_name(dev.name).c_str(), dev_score.all.f1(),
                  opt.gazetteer ? "yes" : "no", opt.clusters ? "yes" : "no",
                  model->has(NerModel::kDocumentStage) ? "yes" : "no");
    model->about = about;
    NerTrainResult result{EntityRecognizer(model), dev_score};
    return result;
}

EntityScore evaluate(const EntityRecognizer& r, const ConllFile& file, const WordClusters* clusters) {
    EntityScore score;
    std::vector<EntitySpan> spans;
    for (const ConllDocument& doc : file.documents) {
        auto words = word_views(doc);
        spans.clear();
        r.recognize(words, clusters, spans);
        auto gold = gold_spans(doc, file.name);
        score.add(gold, spans);
        // Word by word, the IOB2 tags agree (conlleval's accuracy).
        std::vector<ner::Chunk> g, p;
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            g.clear(), p.clear();
            for (const auto& e : gold)
                if (e.sentence == s) g.push_back({e.first, e.last, e.kind});
            for (const auto& e : spans)
                if (e.sentence == s) p.push_back({e.first, e.last, e.kind});
            std::size_t n = doc.sentences[s].words.size();
            auto gt = ner::iob2_of(n, g), pt = ner::iob2_of(n, p);
            for (std::size_t i = 0; i < n; ++i) score.tokens_correct += gt[i] == pt[i];
            score.tokens += n;
        }
    }
    return score;
}

}  // namespace kg::nlp
