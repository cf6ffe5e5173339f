#include "extract/ner/gazetteer.hpp"

#include <algorithm>
#include <bit>
#include <functional>

#include "extract/nlp/features.hpp"

namespace kg::nlp::ner {
namespace {

inline unsigned char lower_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

}  // namespace

void PhraseHash::add_word(std::string_view w) {
    if (!first_) h_ = (h_ ^ ' ') * 1099511628211ull;
    first_ = false;
    for (char c : w) h_ = (h_ ^ lower_ascii(static_cast<unsigned char>(c))) * 1099511628211ull;
}

std::uint64_t PhraseHash::key() const { return mix64(h_) | 1; }  // never 0

int Gazetteer::add_list(std::string name) {
    names_.push_back(std::move(name));
    return static_cast<int>(names_.size()) - 1;
}

void Gazetteer::add(int list, std::string_view phrase) {
    PhraseHash h;
    int n = 0;
    std::size_t i = 0;
    while (i < phrase.size()) {
        while (i < phrase.size() && phrase[i] == ' ') ++i;
        std::size_t start = i;
        while (i < phrase.size() && phrase[i] != ' ') ++i;
        if (i > start) h.add_word(phrase.substr(start, i - start)), ++n;
    }
    if (n == 0 || n > kMaxWords) return;
    PhraseHash prefix;
    int k = 0;
    for (std::size_t j = 0; j < phrase.size() && k + 1 < n;) {
        while (j < phrase.size() && phrase[j] == ' ') ++j;
        std::size_t start = j;
        while (j < phrase.size() && phrase[j] != ' ') ++j;
        if (j > start) {
            prefix.add_word(phrase.substr(start, j - start)), ++k;
            keys_.push_back(prefix.key());
            lists_.push_back(kPrefix);
        }
    }
    keys_.push_back(h.key());
    lists_.push_back(1u << list);
    longest_ = std::max(longest_, n);
}

void Gazetteer::finish() {
    // A loaded gazetteer is sorted and unique already: only its index is built.
    bool sorted = std::adjacent_find(keys_.begin(), keys_.end(), std::greater_equal<>()) == keys_.end();
    if (!sorted) sort_unique();
    std::size_t size = std::bit_ceil(std::max<std::size_t>(16, keys_.size() * 2));
    index_.assign(size, Slot{});
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        std::size_t s = keys_[i] & (size - 1);
        while (index_[s].key != 0) s = (s + 1) & (size - 1);
        index_[s] = Slot{keys_[i], lists_[i]};
    }
}

void Gazetteer::sort_unique() {
    std::vector<std::size_t> order(keys_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys_[a] < keys_[b]; });
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> lists;
    for (std::size_t i : order) {
        if (!keys.empty() && keys.back() == keys_[i]) {
            lists.back() |= lists_[i];
            continue;
        }
        keys.push_back(keys_[i]);
        lists.push_back(lists_[i]);
    }
    keys_ = std::move(keys);
    lists_ = std::move(lists);
}

std::uint32_t Gazetteer::lookup(std::uint64_t key) const {
    if (index_.empty()) return 0;
    std::size_t mask = index_.size() - 1;
    for (std::size_t s = key & mask;; s = (s + 1) & mask) {
        if (index_[s].key == key) return index_[s].lists;
        if (index_[s].key == 0) return 0;
    }
}

std::uint32_t Gazetteer::lists_of_word(std::string_view word) const {
    PhraseHash h;
    h.add_word(word);
    return lookup(h.key()) & ~kPrefix;
}

void Gazetteer::match(std::span<const std::string_view> words, std::span<std::uint64_t> marks) const {
    std::fill(marks.begin(), marks.end(), 0);
    for (std::size_t i = 0; i < words.size(); ++i) {
        PhraseHash h;
        for (std::size_t n = 1; n <= static_cast<std::size_t>(longest_) && i + n <= words.size(); ++n) {
            h.add_word(words[i + n - 1]);
            std::uint32_t found = lookup(h.key());
            std::uint32_t lists = found & ~kPrefix;
            while (lists) {
                int l = std::countr_zero(lists);
                lists &= lists - 1;
                std::uint64_t b = 1ull << (4 * l), in = b << 1, last = b << 2, unit = b << 3;
                if (n == 1) {
                    marks[i] |= unit;
                    continue;
                }
                marks[i] |= b;
                for (std::size_t j = i + 1; j + 1 < i + n; ++j) marks[j] |= in;
                marks[i + n - 1] |= last;
            }
            if (!(found & kPrefix)) break;
        }
    }
}

void Gazetteer::save(ModelWriter& out) const {
    out.put_strings(names_);
    out.put<std::int32_t>(longest_);
    out.put_vector<std::uint64_t>(keys_);
    out.put_vector<std::uint32_t>(lists_);
}

Gazetteer Gazetteer::load(ModelReader& in) {
    Gazetteer g;
    g.names_ = in.get_strings();
    g.longest_ = in.get<std::int32_t>();
    g.keys_ = in.get_vector<std::uint64_t>();
    g.lists_ = in.get_vector<std::uint32_t>();
    if (g.names_.size() > kMaxLists || g.longest_ < 0 || g.longest_ > kMaxWords || g.keys_.size() != g.lists_.size())
        in.fail("inconsistent gazetteer (corrupt file)");
    g.finish();
    return g;
}

}  // namespace kg::nlp::ner
