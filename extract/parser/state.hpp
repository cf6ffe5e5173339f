// The arc-eager transition system (Nivre 2003) with the root at the end of the buffer
// (Ballesteros & Nivre 2013) and a non-monotonic Reduce (Honnibal & Johnson 2014):
//
//   Shift   push the buffer's front word b onto the stack            (b is a word)
//   Reduce  pop the stack's top s; if s has no head yet, it becomes a right dependent of
//           the word below it (so no word is ever left without a head)
//   Left    s becomes b's left dependent, popped; b may be the root only when s is the last
//           word on the stack (so exactly one word attaches to the root)
//   Right   b becomes s's right dependent and is pushed                 (b is a word)
//
// Words are 0-based here; the root is word n. The state keeps what the features read: heads,
// labels, the two outermost dependents on each side, valencies and label sets.
#pragma once

#include <cstdint>
#include <vector>

namespace kg::nlp::parser {

enum Move : int { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };

struct State {
    int n = 0;  // words; the root is n
    std::vector<int> stack;
    int b = 0;  // the buffer's front (n = only the root is left)
    std::vector<int> head, label;  // -1 = none yet
    std::vector<int> l1, l2, r1, r2;  // leftmost, second leftmost, rightmost, second rightmost dependents
    std::vector<int> lv, rv;  // left and right valency
    std::vector<std::uint64_t> lset, rset;  // labels of left/right dependents, one bit each

    void reset(int words);
    bool terminal() const { return b == n && stack.empty(); }
    int s0() const { return stack.empty() ? -1 : stack.back(); }
    int s1() const { return stack.size() < 2 ? -1 : stack[stack.size() - 2]; }
    bool valid(Move m) const;
    // The arc a move makes as (head, dependent), or (-1, -1) for Shift and a plain Reduce.
    void arc_of(Move m, int& h, int& d) const;
    // Applies a valid move; `lab` labels the arc it makes (ignored when it makes none).
    void apply(Move m, int lab);

   private:
    void add_arc(int h, int d, int lab);
};

}  // namespace kg::nlp::parser
