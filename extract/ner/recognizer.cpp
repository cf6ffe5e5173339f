#include "extract/ner/decode.hpp"
#include "extract/ner/model.hpp"
#include "extract/ner/ner.hpp"

namespace kg::nlp {
namespace {

struct Workspace {
    ner::DocumentFeatures doc;
    std::vector<std::vector<int>> labels;
    std::vector<Feature> feats;
    std::vector<ner::Chunk> chunks;
};

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
    auto& feats = ws.feats;
    auto nothing = [](std::size_t, std::span<const Feature>, int) {};
    auto first = [&](std::span<const Feature> f, std::span<float> sc) { m.first.add_scores(f, sc); };
    for (std::size_t s = 0; s < sentences.size(); ++s) ner::decode_sentence(doc, s, false, first, nothing, labels[s], feats);
    if (m.has(NerModel::kDocumentStage)) {
        doc.set_first_stage(std::span(labels).first(sentences.size()));
        auto second = [&](std::span<const Feature> f, std::span<float> sc) { m.second.add_scores(f, sc); };
        for (std::size_t s = 0; s < sentences.size(); ++s)
            ner::decode_sentence(doc, s, true, second, nothing, labels[s], feats);
    }
    auto& chunks = ws.chunks;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        chunks.clear();
        ner::chunks_of_bilou(labels[s], chunks);
        for (const auto& c : chunks) out.push_back({static_cast<std::uint32_t>(s), c.first, c.last, c.kind});
    }
}

}  // namespace kg::nlp
