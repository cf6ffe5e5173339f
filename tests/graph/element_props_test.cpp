// The compact value types inside every node and edge: LabelList and AttrMap.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/attr_map.hpp"
#include "graph/label_list.hpp"

using namespace kg;

TEST_CASE("LabelList keeps labels in order, any bytes and any length") {
    LabelList l;
    CHECK(l.empty());
    CHECK(l.size() == 0);
    CHECK(l.joined('|').empty());
    l.push_back("met");
    l.push_back("meetings");
    CHECK_FALSE(l.empty());
    CHECK(l.size() == 2);
    CHECK(l.front() == "met");
    CHECK(l == std::vector<std::string>{"met", "meetings"});
    CHECK_FALSE(l == std::vector<std::string>{"met"});
    CHECK(l.joined('|') == "met|meetings");

    const std::string long_label(300, 'x');  // a length of two varint bytes
    const std::string odd("a|b\0c", 5);     // a bar and a NUL inside one label
    const std::vector<std::string> labels{long_label, "", odd, "z"};
    const LabelList from(labels);
    CHECK(static_cast<std::vector<std::string>>(from) == labels);
    CHECK(from.size() == 4);
    CHECK(from.front() == long_label);
    CHECK(from == LabelList(labels));
    CHECK_FALSE(from == LabelList{"z"});
}

TEST_CASE("LabelList::split leaves out empty parts, as the GraphML label column is read") {
    CHECK(LabelList::split("a||b|", '|') == std::vector<std::string>{"a", "b"});
    CHECK(LabelList::split("|only|", '|') == std::vector<std::string>{"only"});
    CHECK(LabelList::split("", '|').empty());
    CHECK(LabelList::split("one", '|') == LabelList{"one"});
}

TEST_CASE("AttrMap: sorted by name, found by name, added on operator[]") {
    AttrMap m;
    CHECK(m.empty());
    m["zeta"] = 1.5;
    m["alpha"] = std::int64_t{2};
    m[std::string("mid")] = std::string("text");
    m["alpha"] = std::int64_t{3};  // replaces
    REQUIRE(m.size() == 3);
    std::vector<std::string> names;
    for (const auto& [name, value] : m) names.push_back(name);
    CHECK(names == std::vector<std::string>{"alpha", "mid", "zeta"});
    CHECK(m.at("alpha") == AttrValue{std::int64_t{3}});
    CHECK(m.count("mid") == 1);
    CHECK(m.count("none") == 0);
    CHECK(m.find("none") == m.end());
    CHECK_THROWS_AS(m.at("none"), std::out_of_range);
    AttrMap other;
    other["mid"] = std::string("text");
    other["zeta"] = 1.5;
    other["alpha"] = std::int64_t{3};
    CHECK(m == other);
    CHECK(other.erase("mid") == 1);
    CHECK(other.erase("mid") == 0);
    CHECK_FALSE(m == other);
}
