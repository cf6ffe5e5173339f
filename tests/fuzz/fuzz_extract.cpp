// libFuzzer target: the extractor never crashes or hangs on any bytes given as an article
// (invalid UTF-8, NUL bytes, huge tokens), and what it finds builds a graph.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/extract.hpp"
#include "graph/build.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kg::ArticleText article;
    article.meta.id = "fuzz";
    article.text.assign(reinterpret_cast<const char*>(data), size);
    article.origin = "fuzz.txt";
    kg::extract::ExtractOptions options;
    options.threads = 1;
    options.co_mentions = size % 2 == 1;
    std::vector<std::string> warnings;
    kg::StatementSet set = kg::extract::extract({article}, options, warnings);
    kg::build_graph(set);
    return 0;
}
