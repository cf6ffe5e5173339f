// IOB1, IOB2 and BILOU: the conversions and the label constraints of the decoder.
#include <doctest/doctest.h>

#include "extract/ner/tags.hpp"

using namespace kg::nlp;
using namespace kg::nlp::ner;

namespace {

std::vector<Chunk> chunks(std::vector<std::string> tags) {
    std::vector<Chunk> out;
    std::size_t bad = 0;
    REQUIRE(chunks_of_iob(tags, out, bad));
    return out;
}

}  // namespace

TEST_CASE("IOB1 chunks: I- opens a name after O or another kind, B- splits two names of one kind") {
    auto c = chunks({"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC"});
    REQUIRE(c.size() == 5);
    CHECK(c[0] == Chunk{0, 2, EntityKind::PER});
    CHECK(c[1] == Chunk{3, 4, EntityKind::LOC});
    CHECK(c[2] == Chunk{4, 5, EntityKind::LOC});
    CHECK(c[3] == Chunk{5, 6, EntityKind::ORG});
    CHECK(c[4] == Chunk{6, 7, EntityKind::MISC});
}

TEST_CASE("IOB1 to IOB2 and back") {
    std::vector<std::string> iob1 = {"I-PER", "I-PER", "B-PER", "O", "I-ORG"};
    auto c = chunks(iob1);
    CHECK(iob2_of(5, c) == std::vector<std::string>{"B-PER", "I-PER", "B-PER", "O", "B-ORG"});
    CHECK(iob1_of(5, c) == iob1);
    CHECK(chunks(iob2_of(5, c)) == c);
}

TEST_CASE("a tag that is no entity tag is refused with its position") {
    std::vector<Chunk> out;
    std::size_t bad = 0;
    CHECK_FALSE(chunks_of_iob(std::vector<std::string>{"O", "I-PER", "I-PERSON"}, out, bad));
    CHECK(bad == 2);
}

TEST_CASE("BILOU labels of chunks and back") {
    std::vector<Chunk> c = {{0, 1, EntityKind::LOC}, {2, 5, EntityKind::ORG}};
    std::vector<int> labels;
    bilou_of(6, c, labels);
    std::vector<std::string> names;
    for (int l : labels) names.push_back(label_name(l));
    CHECK(names == std::vector<std::string>{"U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "O"});
    std::vector<Chunk> back;
    chunks_of_bilou(labels, back);
    CHECK(back == c);
}

TEST_CASE("the decoder's constraints: an open name goes on in its kind and closes by the sentence's end") {
    int b_per = label_of(Part::B, EntityKind::PER), l_per = label_of(Part::L, EntityKind::PER);
    int i_org = label_of(Part::I, EntityKind::ORG), u_loc = label_of(Part::U, EntityKind::LOC);
    CHECK(label_allowed(-1, b_per, false));
    CHECK_FALSE(label_allowed(-1, b_per, true));
    CHECK_FALSE(label_allowed(-1, l_per, false));
    CHECK(label_allowed(b_per, l_per, true));
    CHECK_FALSE(label_allowed(b_per, i_org, false));
    CHECK_FALSE(label_allowed(b_per, 0, false));
    CHECK(label_allowed(l_per, u_loc, false));
}
