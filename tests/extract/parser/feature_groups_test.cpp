// The move features in groups (parser::move_features with `front` and `top`): the parser
// remembers the scores of the buffer-front and stack-top groups per word, which gives the
// same parse only if the groups hold exactly the whole list's features and each group
// depends on its word alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "extract/parser/features.hpp"
#include "extract/parser/state.hpp"

using namespace kg::nlp;
using namespace kg::nlp::parser;

namespace {

// Every state of a run of valid moves over an invented sentence: the first valid move of a
// fixed rotation (Shift, Right, Left, Reduce, ...), so stacks of several words, left and
// right arcs and reduces all occur.
std::vector<State> states_of(int n) {
    std::vector<State> out;
    State st;
    st.reset(n);
    for (int step = 0; !st.terminal(); ++step) {
        out.push_back(st);
        static constexpr Move kOrder[] = {kShift, kRight, kShift, kLeft, kRight, kReduce, kShift, kReduce};
        for (int k = 0; k < 8; ++k) {
            Move m = kOrder[(step + k) % 8];
            if (st.valid(m)) {
                st.apply(m, 1 + step % 5);
                break;
            }
        }
    }
    out.push_back(st);
    return out;
}

}  // namespace

TEST_CASE("the front and top groups are the whole list split, each the same for the same word") {
    const std::vector<std::string_view> words = {"Quorvex", "shares", "rose", "3", "pct", "after", "the",
                                                 "Brindle", "Corp.", "bid", ",", "dealers", "said", "."};
    const std::vector<std::string_view> upos = {"PROPN", "NOUN", "VERB", "NUM", "NOUN", "ADP", "DET",
                                                "PROPN", "PROPN", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"};
    const std::vector<std::string_view> xpos = {"NNP", "NNS", "VBD", "CD", "NN", "IN", "DT",
                                                "NNP", "NNP", "NN", ",", "NNS", "VBD", "."};
    std::vector<TokenKeys> keys;
    encode_sentence(words, upos, xpos, nullptr, keys);
    const auto states = states_of(static_cast<int>(words.size()));
    REQUIRE(states.size() > words.size());
    std::map<int, std::vector<Feature>> front_of, top_of;
    int reused_front = 0, reused_top = 0;
    for (bool clusters : {false, true})
        for (const State& st : states) {
            if (st.terminal()) continue;
            std::vector<Feature> whole, rest, front, top;
            move_features(st, keys, clusters, whole);
            move_features(st, keys, clusters, &rest, &front, &top);
            CHECK(front.size() == (clusters ? 22u : 15u));
            CHECK(top.size() == (clusters ? 7u : 4u));
            std::vector<Feature> joined = rest;
            joined.insert(joined.end(), front.begin(), front.end());
            joined.insert(joined.end(), top.begin(), top.end());
            std::sort(joined.begin(), joined.end());
            std::sort(whole.begin(), whole.end());
            CHECK(joined == whole);
            // Without the lists, the rest is unchanged: no template shifts its number.
            std::vector<Feature> rest_only;
            move_features(st, keys, clusters, &rest_only, nullptr, nullptr);
            CHECK(rest_only == rest);
            std::vector<Feature> front_only, top_only;
            move_features(st, keys, clusters, nullptr, &front_only, nullptr);
            move_features(st, keys, clusters, nullptr, nullptr, &top_only);
            CHECK(front_only == front);
            CHECK(top_only == top);
            const int key = st.b * 2 + clusters, top_key = (st.s0() + 1) * 2 + clusters;
            auto [f, new_front] = front_of.emplace(key, front);
            if (!new_front) {
                ++reused_front;
                CHECK(f->second == front);
            }
            auto [t, new_top] = top_of.emplace(top_key, top);
            if (!new_top) {
                ++reused_top;
                CHECK(t->second == top);
            }
        }
    // The run visits the same front and the same top more than once (else nothing is tested).
    CHECK(reused_front > 5);
    CHECK(reused_top > 5);
}
