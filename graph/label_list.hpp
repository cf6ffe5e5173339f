// The wordings of an edge ("met", "meetings"), most frequent first, in one string: each label
// is its length (a varint) and its bytes. One label of up to 14 bytes, the usual edge, lives in
// the string itself (no allocation); a std::vector<std::string> cost an allocation and 48 bytes
// of heap per edge, a million of them in a large graph. Any bytes may be in a label.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

class LabelList {
   public:
    class const_iterator {
       public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = std::string_view;

        const_iterator() = default;
        std::string_view operator*() const { return label_; }
        const_iterator& operator++() {
            read(next_);
            return *this;
        }
        const_iterator operator++(int) {
            const_iterator old = *this;
            ++*this;
            return old;
        }
        bool operator==(const const_iterator& o) const { return at_ == o.at_; }

       private:
        friend class LabelList;
        const_iterator(const char* at, const char* end) : end_(end) { read(at); }
        void read(const char* at);  // the label starting at `at` (end_: none)
        const char* at_ = nullptr;
        const char* next_ = nullptr;
        const char* end_ = nullptr;
        std::string_view label_;
    };
    using value_type = std::string_view;
    using iterator = const_iterator;

    LabelList() = default;
    LabelList(std::initializer_list<std::string_view> labels);
    // From and to the vector form statements use, so the two assign to each other.
    LabelList(const std::vector<std::string>& labels);  // NOLINT(google-explicit-constructor)
    operator std::vector<std::string>() const;         // NOLINT(google-explicit-constructor)

    // The labels of "a|b|c", leaving out empty parts ("a||b" is a and b).
    static LabelList split(std::string_view joined, char separator);

    void push_back(std::string_view label);
    void emplace_back(std::string_view label) { push_back(label); }
    void clear() { bytes_.clear(); }

    bool empty() const { return bytes_.empty(); }
    std::size_t size() const { return static_cast<std::size_t>(std::distance(begin(), end())); }
    std::string_view front() const { return *begin(); }
    const_iterator begin() const { return {bytes_.data(), bytes_.data() + bytes_.size()}; }
    const_iterator end() const {
        const char* e = bytes_.data() + bytes_.size();
        return {e, e};
    }

    // "a|b": the labels joined by `separator`.
    std::string joined(char separator) const;

    bool operator==(const LabelList&) const = default;
    friend bool operator==(const LabelList& a, const std::vector<std::string>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

   private:
    std::string bytes_;
};

}  // namespace kg
