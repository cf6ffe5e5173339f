// IdIndex: ids of up to 8 bytes are compared in the slot, longer ones through the element.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/id_index.hpp"

namespace {

struct IdOf {
    const std::vector<std::string>* ids;
    std::string_view operator()(std::uint32_t i) const { return (*ids)[i]; }
};

}  // namespace

TEST_CASE("IdIndex finds ids of every length, and only those it holds") {
    using Index = kg::io::IdIndex<IdOf>;
    // Ids that differ only past the 8th byte, in their length, or by a trailing NUL.
    std::vector<std::string> ids = {"abcdefgh", "abcdefghi", "abcdefghj", "", "a",
                                    std::string("a\0", 2), "n12", "p190000", "a-long-node-identifier"};
    for (int i = 0; i < 3000; ++i) ids.push_back("n" + std::to_string(i * 7));  // grows the table
    Index index{IdOf{&ids}};
    for (std::uint32_t i = 0; i < ids.size(); ++i) index.insert(i);
    for (std::uint32_t i = 0; i < ids.size(); ++i) CHECK(index.find(ids[i]) == i);
    for (const std::string missing :
         {"abcdefg", "abcdefghk", "abcdefghij", "b", "n1", "n20999", "a-long-node-identifieR"})
        CHECK(index.find(missing) == Index::kNone);
    CHECK(index.find(std::string("a\0\0", 3)) == Index::kNone);
    CHECK(Index{IdOf{&ids}}.find("a") == Index::kNone);  // an empty index
}
