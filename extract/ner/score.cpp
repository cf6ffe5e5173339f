#include "extract/ner/score.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <vector>

namespace kg::nlp {
namespace {

bool span_less(const EntitySpan& a, const EntitySpan& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    if (a.first != b.first) return a.first < b.first;
    if (a.last != b.last) return a.last < b.last;
    return a.kind < b.kind;
}

std::vector<EntitySpan> sorted_unique(std::span<const EntitySpan> spans) {
    std::vector<EntitySpan> v(spans.begin(), spans.end());
    std::sort(v.begin(), v.end(), span_less);
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

void line(std::ostream& out, const char* name, const EntityCounts& c) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %zu\n", name,
                  100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.predicted);
    out << buf;
}

}  // namespace

void EntityScore::add(std::span<const EntitySpan> gold, std::span<const EntitySpan> predicted) {
    auto g = sorted_unique(gold);
    auto p = sorted_unique(predicted);
    for (const auto& e : g) ++all.gold, ++by_kind[static_cast<int>(e.kind)].gold;
    for (const auto& e : p) ++all.predicted, ++by_kind[static_cast<int>(e.kind)].predicted;
    std::size_t i = 0, j = 0;
    while (i < g.size() && j < p.size()) {
        if (span_less(g[i], p[j])) {
            ++i;
        } else if (span_less(p[j], g[i])) {
            ++j;
        } else {
            ++all.correct, ++by_kind[static_cast<int>(g[i].kind)].correct;
            ++i, ++j;
        }
    }
}

void print_score(std::ostream& out, const EntityScore& s) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n",
                  s.tokens, s.all.gold, s.all.predicted, s.all.correct);
    out << buf;
    double acc = s.tokens ? 100.0 * s.tokens_correct / s.tokens : 0.0;
    std::snprintf(buf, sizeof buf, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", acc,
                  100 * s.all.precision(), 100 * s.all.recall(), 100 * s.all.f1());
    out << buf;
    for (int k = 0; k < kEntityKinds; ++k) {
        std::string name(kind_name(static_cast<EntityKind>(k)));
        line(out, name.c_str(), s.by_kind[k]);
    }
}

}  // namespace kg::nlp
