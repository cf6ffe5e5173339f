// The averaged perceptron and the compact model it produces.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "extract/nlp/linear_model.hpp"

using namespace kg::nlp;

namespace {

int best(const LinearModel& m, std::span<const Feature> feats) {
    std::vector<float> s(m.classes(), 0.0f);
    m.add_scores(feats, s);
    return static_cast<int>(std::max_element(s.begin(), s.end()) - s.begin());
}

// Two classes told apart by one feature each, plus a shared bias feature.
PerceptronTrainer trained_toy() {
    PerceptronTrainer t(3);
    std::vector<std::vector<Feature>> xs = {{feature(1, "a"), feature(0, "bias")},
                                            {feature(1, "b"), feature(0, "bias")},
                                            {feature(1, "c"), feature(0, "bias")}};
    for (int epoch = 0; epoch < 5; ++epoch)
        for (int y = 0; y < 3; ++y) {
            std::vector<float> s(3, 0.0f);
            t.add_scores(xs[y], s);
            int guess = static_cast<int>(std::max_element(s.begin(), s.end()) - s.begin());
            t.update(xs[y], y, guess);
            t.tick();
        }
    return t;
}

}  // namespace

TEST_CASE("the averaged perceptron learns separable classes and the model predicts them") {
    LinearModel m = trained_toy().averaged();
    CHECK(m.classes() == 3);
    CHECK(best(m, std::vector<Feature>{feature(1, "a"), feature(0, "bias")}) == 0);
    CHECK(best(m, std::vector<Feature>{feature(1, "b"), feature(0, "bias")}) == 1);
    CHECK(best(m, std::vector<Feature>{feature(1, "c"), feature(0, "bias")}) == 2);
}

TEST_CASE("unknown features add nothing to the scores") {
    LinearModel m = trained_toy().averaged();
    std::vector<float> s(3, 0.0f);
    m.add_scores(feature(7, "never seen"), s);
    CHECK(s == std::vector<float>{0, 0, 0});
}

TEST_CASE("a model survives saving and loading with its predictions and nearly its weights") {
    LinearModel m = trained_toy().averaged();
    ModelWriter w;
    m.save(w);
    ModelReader r(w.bytes(), "toy");
    LinearModel back = LinearModel::load(r);
    r.expect_end();
    CHECK(back.features() == m.features());
    CHECK(back.weights() == m.weights());
    for (const char* v : {"a", "b", "c"}) {
        std::vector<float> s1(3, 0.0f), s2(3, 0.0f);
        m.add_scores(feature(1, v), s1);
        back.add_scores(feature(1, v), s2);
        for (int c = 0; c < 3; ++c) CHECK(s2[c] == doctest::Approx(s1[c]).epsilon(0.001));
    }
}

TEST_CASE("training twice on the same data gives the same bytes") {
    ModelWriter a, b;
    trained_toy().averaged().save(a);
    trained_toy().averaged().save(b);
    CHECK(a.bytes() == b.bytes());
}

TEST_CASE("pruning drops rarely updated features") {
    PerceptronTrainer t(2);
    t.add(feature(1, "rare"), 0, 1.0f);
    for (int i = 0; i < 3; ++i) t.add(feature(1, "common"), 1, 1.0f);
    t.tick();
    CHECK(t.averaged(0.0f, 1).features() == 2);
    CHECK(t.averaged(0.0f, 2).features() == 1);
}

// The scores as the plain definition gives them: every stored weight of every feature fired,
// added in the order of the features.
static std::vector<float> reference_scores(const std::vector<LinearModel::Entry>& entries, std::size_t classes,
                                    const std::vector<Feature>& feats) {
    std::vector<float> s(classes, 0.0f);
    for (Feature f : feats)
        for (const auto& e : entries)
            if (e.feature == f) s[e.cls] += e.weight;
    return s;
}

TEST_CASE("rows of one cell, a few cells and many cells score as the plain sum, to the bit") {
    // 20 classes: rows of 5 or more cells are kept dense, rows of one cell in the hash table
    // itself; the sums must not depend on where a row lives.
    const std::size_t classes = 20;
    std::vector<LinearModel::Entry> entries;
    for (std::uint32_t f = 0; f < 300; ++f) {
        std::size_t cells = f % 3 == 0 ? 1 : f % 3 == 1 ? 3 : 12;
        for (std::size_t k = 0; k < cells; ++k)
            entries.push_back({feature(5, f), static_cast<std::uint16_t>((f * 7 + k * 3) % classes),
                               0.37f * static_cast<float>(f % 11) - 1.9f + 0.013f * static_cast<float>(k)});
    }
    LinearModel m = LinearModel::from_entries(classes, entries);
    auto stored = m.entries();  // without zero weights, one entry per (feature, class)
    std::vector<Feature> feats;
    for (std::uint32_t f = 0; f < 340; f += 7) feats.push_back(feature(5, f));  // some unknown
    feats.push_back(feature(5, 3u));  // fired twice: counts twice
    std::vector<float> s(classes, 0.0f);
    m.add_scores(feats, s);
    CHECK(s == reference_scores(stored, classes, feats));
    // Saved and loaded (weights rounded to 16 bits), the loaded model still sums its own
    // weights exactly.
    ModelWriter w;
    m.save(w);
    ModelReader r(w.bytes(), "toy");
    LinearModel back = LinearModel::load(r);
    std::vector<float> s2(classes, 0.0f);
    back.add_scores(feats, s2);
    CHECK(s2 == reference_scores(back.entries(), classes, feats));
}

TEST_CASE("a model larger than a huge page scores and round-trips like a small one") {
    std::vector<LinearModel::Entry> entries;
    for (std::uint32_t f = 0; f < 300000; ++f) entries.push_back({feature(9, f), static_cast<std::uint16_t>(f % 3), 1.0f});
    LinearModel m = LinearModel::from_entries(3, entries);
    CHECK(m.features() == 300000);
    LinearModel copy = m;
    std::vector<float> s(3, 0.0f);
    copy.add_scores(std::vector<Feature>{feature(9, 3u), feature(9, 6u), feature(9, 299999u)}, s);
    CHECK(s == std::vector<float>{2.0f, 0.0f, 1.0f});
}
