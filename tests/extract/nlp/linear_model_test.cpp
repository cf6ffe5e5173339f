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
