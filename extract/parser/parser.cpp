#include "extract/parser/parser.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <limits>
#include <stdexcept>

#include "extract/parser/features.hpp"
#include "extract/parser/model.hpp"
#include "extract/parser/state.hpp"

namespace kg::nlp {
namespace {

// Per-thread buffers, reused from sentence to sentence so parsing does not allocate.
struct Scratch {
    parser::State st, probe;
    std::vector<parser::TokenKeys> keys;
    std::vector<Feature> feats;
    std::vector<std::size_t> ends;
    std::vector<std::int32_t> label_scores;
    // The move scores of the buffer-front features of each front word b (0..n, n the root)
    // and of the stack-top features of each top word s0 (index s0 + 1, 0 for an empty
    // stack), all looked up in one stream before the sentence's first move (the lookups
    // overlap there; a word is often the front of several scored states and comes back as
    // the top after a left arc or a reduce), so a state looks up only the rest of its
    // features. The sums are integers: added in parts, they are the same scores.
    std::vector<std::array<std::int32_t, parser::kMoves>> parts;
};

// Beam search buffers: the states of the current and next beam, their scores, and the
// candidate expansions of a step.
struct BeamScratch {
    std::vector<parser::State> cur, next;
    std::vector<std::int64_t> cur_score, next_score;
    struct Candidate {
        std::int64_t score;
        int parent, move;
    };
    std::vector<Candidate> cands;
    std::vector<parser::TokenKeys> keys;
    std::vector<Feature> feats;
    std::vector<std::int32_t> label_scores;
};

}  // namespace

void ParserModel::parse(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                        std::span<const std::string_view> xpos, const WordClusters* word_clusters,
                        Parse& out) const {
    using namespace parser;
    if (upos.size() != words.size() || xpos.size() != words.size())
        throw std::invalid_argument("Parser::parse: words, upos and xpos differ in length");
    if (beam > 1) {
        parse_beam(words, upos, xpos, word_clusters, beam, out);
        return;
    }
    thread_local Scratch s;
    const int n = static_cast<int>(words.size());
    encode_sentence(words, upos, xpos, clusters ? word_clusters : nullptr, s.keys);
    s.st.reset(n);
    s.label_scores.resize(labels.size());
    // parts[b]: front b's sums; parts[n + 1 + s0 + 1]: top s0's. A probe state has only the
    // front or the top in place: those groups read nothing else of a state.
    s.feats.clear();
    s.ends.clear();
    s.probe.reset(n);
    for (int b = 0; b <= n; ++b) {
        s.probe.b = b;
        move_features(s.probe, s.keys, clusters, nullptr, &s.feats, nullptr);
        s.ends.push_back(s.feats.size());
    }
    s.probe.b = 0;
    for (int top = -1; top < n; ++top) {
        s.probe.stack.clear();
        if (top >= 0) s.probe.stack.push_back(top);
        move_features(s.probe, s.keys, clusters, nullptr, nullptr, &s.feats);
        s.ends.push_back(s.feats.size());
    }
    s.parts.resize(s.ends.size());
    moves.scores_parts(s.feats, s.ends, s.parts);
    const auto* front_scores = s.parts.data();
    const auto* top_scores = s.parts.data() + n + 1;  // top_scores[s0 + 1]
    std::array<std::int32_t, kMoves> scores;
    while (!s.st.terminal()) {
        // A state with one valid move takes it unscored: the best of one candidate is that
        // one whatever the scores, so the parse is the same, and its hundred-odd feature
        // lookups are saved. Such states are common: every empty stack (the sentence's
        // start, and after a left arc from its only word) allows only Shift, and once the
        // buffer is down to the root each move is forced.
        int best = -1, valid = 0;
        for (int m = 0; m < kMoves; ++m)
            if (s.st.valid(static_cast<Move>(m))) {
                best = m;
                ++valid;
            }
        if (valid > 1) {
            s.feats.clear();
            move_features(s.st, s.keys, clusters, &s.feats, nullptr, nullptr);
            moves.scores(s.feats, scores);
            const auto& front = front_scores[s.st.b];
            const auto& top = top_scores[s.st.s0() + 1];
            for (int m = 0; m < kMoves; ++m) scores[m] += front[m] + top[m];
            best = -1;
            for (int m = 0; m < kMoves; ++m)
                if (s.st.valid(static_cast<Move>(m)) && (best < 0 || scores[m] > scores[best])) best = m;
        }
        auto move = static_cast<Move>(best);
        int h, d;
        s.st.arc_of(move, h, d);
        int lab = root_label;
        if (d >= 0 && h < n) {
            label_features(s.st, s.keys, clusters, h, d, s.feats);
            std::fill(s.label_scores.begin(), s.label_scores.end(), 0);
            labeler.scores(s.feats, s.label_scores);
            lab = -1;
            for (int l = 0; l < static_cast<int>(labels.size()); ++l)
                if (l != root_label && (lab < 0 || s.label_scores[l] > s.label_scores[lab])) lab = l;
        }
        s.st.apply(move, lab);
    }
    out.head.resize(words.size());
    out.label.resize(words.size());
    for (int i = 0; i < n; ++i) {
        int h = s.st.head[static_cast<std::size_t>(i)];
        out.head[static_cast<std::size_t>(i)] = h == n ? 0 : h + 1;
        out.label[static_cast<std::size_t>(i)] = static_cast<std::uint16_t>(s.st.label[static_cast<std::size_t>(i)]);
    }
}

void ParserModel::parse_beam(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                             std::span<const std::string_view> xpos, const WordClusters* word_clusters, int width,
                             Parse& out) const {
    using namespace parser;
    thread_local BeamScratch s;
    const int n = static_cast<int>(words.size());
    const auto k = static_cast<std::size_t>(width);
    encode_sentence(words, upos, xpos, clusters ? word_clusters : nullptr, s.keys);
    if (s.cur.size() < k) {
        s.cur.resize(k);
        s.next.resize(k);
        s.cur_score.resize(k);
        s.next_score.resize(k);
    }
    s.label_scores.resize(labels.size());
    std::size_t live = 1;
    s.cur[0].reset(n);
    s.cur_score[0] = 0;
    std::array<std::int32_t, kMoves> scores;
    // Every word is pushed once and popped once: all items end together after 2n moves.
    while (!s.cur[0].terminal()) {
        s.cands.clear();
        for (std::size_t i = 0; i < live; ++i) {
            const State& st = s.cur[i];
            move_features(st, s.keys, clusters, s.feats);
            moves.scores(s.feats, scores);
            for (int m = 0; m < kMoves; ++m)
                if (st.valid(static_cast<Move>(m)))
                    s.cands.push_back({s.cur_score[i] + scores[static_cast<std::size_t>(m)], static_cast<int>(i), m});
        }
        // Best first; ties by parent then move, so the result does not depend on the sort.
        auto better = [](const BeamScratch::Candidate& a, const BeamScratch::Candidate& b) {
            if (a.score != b.score) return a.score > b.score;
            if (a.parent != b.parent) return a.parent < b.parent;
            return a.move < b.move;
        };
        std::size_t keep = std::min(k, s.cands.size());
        std::partial_sort(s.cands.begin(), s.cands.begin() + static_cast<std::ptrdiff_t>(keep), s.cands.end(), better);
        for (std::size_t j = 0; j < keep; ++j) {
            const auto& c = s.cands[j];
            State& st = s.next[j];
            st = s.cur[static_cast<std::size_t>(c.parent)];
            auto move = static_cast<Move>(c.move);
            int h, d;
            st.arc_of(move, h, d);
            int lab = root_label;
            if (d >= 0 && h < n) {
                label_features(st, s.keys, clusters, h, d, s.feats);
                std::fill(s.label_scores.begin(), s.label_scores.end(), 0);
                labeler.scores(s.feats, s.label_scores);
                lab = -1;
                for (int l = 0; l < static_cast<int>(labels.size()); ++l)
                    if (l != root_label && (lab < 0 || s.label_scores[static_cast<std::size_t>(l)] >
                                                           s.label_scores[static_cast<std::size_t>(lab)]))
                        lab = l;
            }
            st.apply(move, lab);
            s.next_score[j] = c.score;
        }
        live = keep;
        std::swap(s.cur, s.next);
        std::swap(s.cur_score, s.next_score);
    }
    const State& best = s.cur[0];
    out.head.resize(words.size());
    out.label.resize(words.size());
    for (int i = 0; i < n; ++i) {
        int h = best.head[static_cast<std::size_t>(i)];
        out.head[static_cast<std::size_t>(i)] = h == n ? 0 : h + 1;
        out.label[static_cast<std::size_t>(i)] = static_cast<std::uint16_t>(best.label[static_cast<std::size_t>(i)]);
    }
}

void ParserModel::save(const std::string& path) const {
    ModelWriter w;
    w.put_strings(labels);
    w.put<std::uint16_t>(root_label);
    w.put<std::uint8_t>(clusters ? 1 : 0);
    // A greedy model is written in format 1 (no beam width), byte for byte as before beam
    // search existed; format 2 only when it needs one.
    if (beam > 1) w.put<std::uint16_t>(static_cast<std::uint16_t>(beam));
    moves.save(w);
    labeler.save(w);
    w.save(path, kParserKind, beam > 1 ? kParserVersion : 1);
}

namespace {

// The format version in a model file's header (0 when the file is too short to have one:
// ModelReader then says what is wrong with it).
std::uint32_t stored_version(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char header[28];
    if (!in.read(header, sizeof header)) return 0;
    std::uint32_t v;
    std::memcpy(&v, header + 24, sizeof v);
    return v;
}

}  // namespace

ParserModel ParserModel::load(const std::string& path) {
    const std::uint32_t version = stored_version(path) == 1 ? 1 : kParserVersion;
    ModelReader r(path, kParserKind, version);
    ParserModel m;
    m.labels = r.get_strings();
    m.root_label = r.get<std::uint16_t>();
    m.clusters = r.get<std::uint8_t>() != 0;
    m.beam = version >= 2 ? r.get<std::uint16_t>() : 1;
    if (m.beam < 1 || m.beam > 256) r.fail("inconsistent parser model (beam width)");
    m.moves = parser::MoveModel::load(r);
    m.labeler = parser::LabelModel::load(r);
    r.expect_end();
    if (m.labels.empty() || m.root_label >= m.labels.size() || m.labels[m.root_label] != "root" ||
        m.labeler.labels() != m.labels.size())
        r.fail("inconsistent parser model (labels)");
    return m;
}

Parser::Parser() = default;
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

Parser Parser::load(const std::string& path) {
    Parser p;
    p.model_ = std::make_unique<ParserModel>(ParserModel::load(path));
    return p;
}

void Parser::save(const std::string& path) const {
    if (!model_) throw ModelError(path + ": no parser model to save");
    model_->save(path);
}

void Parser::parse(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                   std::span<const std::string_view> xpos, const WordClusters* clusters, Parse& out) const {
    if (!model_) throw std::logic_error("Parser::parse: no model loaded");
    model_->parse(words, upos, xpos, clusters, out);
}

std::string_view Parser::label_name(std::uint16_t id) const {
    return model_ && id < model_->labels.size() ? std::string_view(model_->labels[id]) : std::string_view("_");
}

std::size_t Parser::label_count() const { return model_ ? model_->labels.size() : 0; }

std::optional<std::uint16_t> Parser::label_id(std::string_view name) const {
    if (!model_) return std::nullopt;
    auto it = std::lower_bound(model_->labels.begin(), model_->labels.end(), name);
    if (it == model_->labels.end() || *it != name) return std::nullopt;
    return static_cast<std::uint16_t>(it - model_->labels.begin());
}

int Parser::beam_width() const { return model_ ? model_->beam : 1; }

void Parser::set_beam_width(int width) {
    if (width < 1 || width > 256) throw std::invalid_argument("Parser::set_beam_width: width must be 1 to 256");
    if (model_) model_->beam = width;
}

bool Parser::uses_clusters() const { return model_ && model_->clusters; }

std::size_t Parser::features() const { return model_ ? model_->moves.features() + model_->labeler.features() : 0; }

}  // namespace kg::nlp
