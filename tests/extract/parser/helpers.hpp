// Shared by the parser tests: sentences written as "word/XPOS/UPOS" tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/parser/parser.hpp"

namespace kg::nlp::test {

struct Tagged {
    std::vector<std::string> words, upos, xpos;
    std::vector<std::string_view> wv, uv, xv;
};

// "The/DT/DET committee/NN/NOUN ..." -> parallel lists (and views of them).
Tagged tagged(const std::string& text);

// Parses with `parser` (and `clusters`, which may be null).
Parse parse(const Parser& parser, const Tagged& t, const WordClusters* clusters = nullptr);

// 1-based index of the word `w` in `t` (the first occurrence).
int index_of(const Tagged& t, std::string_view w);

// Whether `p` is a tree over n words: heads in 0..n, exactly one word on 0, no cycles.
bool single_rooted_tree(const Parse& p, std::size_t n);

}  // namespace kg::nlp::test
