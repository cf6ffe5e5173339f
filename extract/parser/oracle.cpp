#include "extract/parser/oracle.hpp"

#include <algorithm>
#include <cstdlib>

namespace kg::nlp::parser {
namespace {

constexpr int kInvalid = 1 << 20;

// Gold dependents of `w` still in the buffer (real words only): lost once w leaves the stack.
int buffer_dependents(const State& st, const std::vector<int>& gold, int w) {
    int c = 0;
    for (int k = st.b; k < st.n; ++k) c += gold[static_cast<std::size_t>(k)] == w;
    return c;
}

// Gold dependents of `w` on the stack without a head yet: lost once w is pushed.
int stack_dependents(const State& st, const std::vector<int>& gold, int w) {
    int c = 0;
    for (int k : st.stack) c += gold[static_cast<std::size_t>(k)] == w && st.head[static_cast<std::size_t>(k)] < 0;
    return c;
}

// Whether `k` has left the parser (popped from the stack): arcs to it can no longer be made.
bool gone(const State& st, const std::vector<char>& on_stack, int k) {
    return k < st.b && !on_stack[static_cast<std::size_t>(k)];
}

}  // namespace

void move_costs(const State& st, const std::vector<int>& gold, std::vector<char>& on_stack,
                std::array<int, 4>& cost) {
    on_stack.assign(static_cast<std::size_t>(st.n + 1), 0);
    for (int k : st.stack) on_stack[static_cast<std::size_t>(k)] = 1;
    auto g = [&](int w) { return gold[static_cast<std::size_t>(w)]; };
    cost.fill(kInvalid);
    int s = st.s0(), b = st.b, n = st.n;
    if (st.valid(kShift)) {
        int gh = g(b);
        cost[kShift] = stack_dependents(st, gold, b) + (gh < n && on_stack[static_cast<std::size_t>(gh)]) +
                       (gh == n && !st.stack.empty());
    }
    if (st.valid(kRight)) {
        int gh = g(b);
        cost[kRight] = (gh != s && !gone(st, on_stack, gh)) + stack_dependents(st, gold, b);
    }
    if (st.valid(kLeft)) {
        int gh = g(s);
        bool head_ahead = gh != b && gh > b && (gh < n || st.stack.size() == 1);
        cost[kLeft] = head_ahead + buffer_dependents(st, gold, s);
    }
    if (st.valid(kReduce)) {
        int c = buffer_dependents(st, gold, s);
        if (st.head[static_cast<std::size_t>(s)] < 0) {
            int gh = g(s);
            c += gh != st.s1() && gh >= b && gh < n;
        }
        cost[kReduce] = c;
    }
}

namespace {

bool dominates(const std::vector<int>& head, int h, int k) {
    int n = static_cast<int>(head.size());
    for (int steps = 0; k >= 0 && k < n && steps <= n; ++steps) {
        if (k == h) return true;
        k = head[static_cast<std::size_t>(k)];
    }
    return k == h;
}

bool arc_projective(const std::vector<int>& head, int d) {
    int h = head[static_cast<std::size_t>(d)];
    int n = static_cast<int>(head.size());
    if (h == n) {
        // The root dominates everything; an arc from the root crosses an arc spanning its
        // dependent: that arc is the one reported non-projective.
        return true;
    }
    for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k)
        if (!dominates(head, h, k)) return false;
    return true;
}

}  // namespace

bool is_projective(const std::vector<int>& head) {
    for (int d = 0; d < static_cast<int>(head.size()); ++d)
        if (!arc_projective(head, d)) return false;
    return true;
}

void projectivise(std::vector<int>& head) {
    int n = static_cast<int>(head.size());
    for (int round = 0; round < n * n; ++round) {
        int best = -1, best_len = 0;
        for (int d = 0; d < n; ++d) {
            if (arc_projective(head, d)) continue;
            int len = std::abs(head[static_cast<std::size_t>(d)] - d);
            if (best < 0 || len < best_len) {
                best = d;
                best_len = len;
            }
        }
        if (best < 0) return;
        int h = head[static_cast<std::size_t>(best)];
        head[static_cast<std::size_t>(best)] = head[static_cast<std::size_t>(h)];
    }
}

}  // namespace kg::nlp::parser
