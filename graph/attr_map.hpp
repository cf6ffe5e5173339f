// The extra columns of one node or edge (analysis results, other tools' attributes): a vector
// of (name, value) sorted by name, with the part of std::map's interface the code uses. An
// element holds none or a few, so a vector is as fast to search, and it is 24 bytes in every
// node and edge where a std::map is 48, with one allocation for all entries instead of one each.
#pragma once

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kg {

// monostate = no value for this element.
using AttrValue = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

class AttrMap {
   public:
    using value_type = std::pair<std::string, AttrValue>;
    using iterator = std::vector<value_type>::iterator;
    using const_iterator = std::vector<value_type>::const_iterator;

    // The value of `name`, added (no value) when missing.
    AttrValue& operator[](std::string_view name) {
        auto it = lower_bound(name);
        if (it == items_.end() || it->first != name) it = items_.emplace(it, std::string(name), AttrValue{});
        return it->second;
    }
    const AttrValue& at(std::string_view name) const {
        auto it = find(name);
        if (it == end()) throw std::out_of_range("no attribute '" + std::string(name) + "'");
        return it->second;
    }
    iterator find(std::string_view name) {
        auto it = lower_bound(name);
        return it != items_.end() && it->first == name ? it : items_.end();
    }
    const_iterator find(std::string_view name) const {
        auto it = std::lower_bound(items_.begin(), items_.end(), name,
                                   [](const value_type& item, std::string_view n) { return item.first < n; });
        return it != items_.end() && it->first == name ? it : items_.end();
    }
    std::size_t count(std::string_view name) const { return find(name) == end() ? 0 : 1; }
    std::size_t erase(std::string_view name) {
        auto it = find(name);
        if (it == items_.end()) return 0;
        items_.erase(it);
        return 1;
    }

    iterator begin() { return items_.begin(); }
    iterator end() { return items_.end(); }
    const_iterator begin() const { return items_.begin(); }
    const_iterator end() const { return items_.end(); }
    std::size_t size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }

    bool operator==(const AttrMap&) const = default;

   private:
    iterator lower_bound(std::string_view name) {
        return std::lower_bound(items_.begin(), items_.end(), name,
                                [](const value_type& item, std::string_view n) { return item.first < n; });
    }
    std::vector<value_type> items_;  // sorted by name, names distinct
};

}  // namespace kg
