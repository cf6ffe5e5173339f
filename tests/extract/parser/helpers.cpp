#include "helpers.hpp"

#include <sstream>
#include <stdexcept>

namespace kg::nlp::test {

Tagged tagged(const std::string& text) {
    Tagged t;
    std::istringstream in(text);
    std::string tok;
    while (in >> tok) {
        auto a = tok.rfind('/');
        auto b = tok.rfind('/', a - 1);
        if (a == std::string::npos || b == std::string::npos) throw std::invalid_argument("bad token " + tok);
        t.words.push_back(tok.substr(0, b));
        t.xpos.push_back(tok.substr(b + 1, a - b - 1));
        t.upos.push_back(tok.substr(a + 1));
    }
    for (std::size_t i = 0; i < t.words.size(); ++i) {
        t.wv.push_back(t.words[i]);
        t.uv.push_back(t.upos[i]);
        t.xv.push_back(t.xpos[i]);
    }
    return t;
}

Parse parse(const Parser& parser, const Tagged& t, const WordClusters* clusters) {
    Parse p;
    parser.parse(t.wv, t.uv, t.xv, clusters, p);
    return p;
}

int index_of(const Tagged& t, std::string_view w) {
    for (std::size_t i = 0; i < t.words.size(); ++i)
        if (t.words[i] == w) return static_cast<int>(i) + 1;
    throw std::invalid_argument("no word " + std::string(w));
}

bool single_rooted_tree(const Parse& p, std::size_t n) {
    if (p.head.size() != n || p.label.size() != n) return false;
    int roots = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (p.head[i] < 0 || p.head[i] > static_cast<int>(n) || p.head[i] == static_cast<int>(i) + 1) return false;
        roots += p.head[i] == 0;
    }
    if (roots != 1) return false;
    for (std::size_t i = 0; i < n; ++i) {  // every word reaches the root within n steps
        int k = static_cast<int>(i) + 1;
        std::size_t steps = 0;
        while (k != 0 && steps++ <= n) k = p.head[static_cast<std::size_t>(k - 1)];
        if (k != 0) return false;
    }
    return true;
}

}  // namespace kg::nlp::test
