#include "extract/parser/state.hpp"

namespace kg::nlp::parser {

void State::reset(int words) {
    n = words;
    stack.clear();
    b = 0;
    auto sz = static_cast<std::size_t>(n + 1);
    head.assign(sz, -1);
    label.assign(sz, -1);
    l1.assign(sz, -1);
    l2.assign(sz, -1);
    r1.assign(sz, -1);
    r2.assign(sz, -1);
    lv.assign(sz, 0);
    rv.assign(sz, 0);
    lset.assign(sz, 0);
    rset.assign(sz, 0);
}

bool State::valid(Move m) const {
    switch (m) {
        case kShift:
            return b < n;
        case kRight:
            return b < n && !stack.empty();
        case kLeft:
            if (stack.empty() || head[stack.back()] >= 0) return false;
            return b < n || stack.size() == 1;
        case kReduce:
            return !stack.empty() && (head[stack.back()] >= 0 || stack.size() >= 2);
    }
    return false;
}

void State::arc_of(Move m, int& h, int& d) const {
    h = d = -1;
    switch (m) {
        case kShift:
            return;
        case kRight:
            h = s0();
            d = b;
            return;
        case kLeft:
            h = b;
            d = s0();
            return;
        case kReduce:
            if (head[s0()] < 0) {
                h = s1();
                d = s0();
            }
            return;
    }
}

void State::add_arc(int h, int d, int lab) {
    head[d] = h;
    label[d] = lab;
    std::uint64_t bit = std::uint64_t{1} << (static_cast<unsigned>(lab) & 63u);
    if (d < h) {
        ++lv[h];
        lset[h] |= bit;
        if (l1[h] < 0 || d < l1[h]) {
            l2[h] = l1[h];
            l1[h] = d;
        } else if (l2[h] < 0 || d < l2[h]) {
            l2[h] = d;
        }
    } else {
        ++rv[h];
        rset[h] |= bit;
        if (r1[h] < 0 || d > r1[h]) {
            r2[h] = r1[h];
            r1[h] = d;
        } else if (r2[h] < 0 || d > r2[h]) {
            r2[h] = d;
        }
    }
}

void State::apply(Move m, int lab) {
    switch (m) {
        case kShift:
            stack.push_back(b++);
            return;
        case kRight:
            add_arc(stack.back(), b, lab);
            stack.push_back(b++);
            return;
        case kLeft:
            add_arc(b, stack.back(), lab);
            stack.pop_back();
            return;
        case kReduce: {
            int s = stack.back();
            stack.pop_back();
            if (head[s] < 0) add_arc(stack.back(), s, lab);
            return;
        }
    }
}

}  // namespace kg::nlp::parser
