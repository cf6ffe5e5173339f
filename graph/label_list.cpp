#include "graph/label_list.hpp"

#include <algorithm>

namespace kg {

void LabelList::const_iterator::read(const char* at) {
    at_ = at;
    if (at == end_) return;
    std::size_t length = 0;
    int shift = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(at);
    for (;; shift += 7) {
        const unsigned char b = *p++;
        length |= std::size_t{b & 0x7fu} << shift;
        if (!(b & 0x80u)) break;
    }
    label_ = std::string_view(reinterpret_cast<const char*>(p), length);
    next_ = label_.data() + length;
}

LabelList::LabelList(std::initializer_list<std::string_view> labels) {
    for (std::string_view l : labels) push_back(l);
}

LabelList::LabelList(const std::vector<std::string>& labels) {
    for (const std::string& l : labels) push_back(l);
}

LabelList::operator std::vector<std::string>() const {
    std::vector<std::string> out;
    for (std::string_view l : *this) out.emplace_back(l);
    return out;
}

LabelList LabelList::split(std::string_view joined, char separator) {
    LabelList out;
    while (!joined.empty()) {
        const std::size_t bar = joined.find(separator);
        if (bar != 0) out.push_back(joined.substr(0, bar));
        if (bar == std::string_view::npos) break;
        joined.remove_prefix(bar + 1);
    }
    return out;
}

void LabelList::push_back(std::string_view label) {
    for (std::size_t n = label.size(); ; n >>= 7) {
        if (n < 0x80) {
            bytes_ += static_cast<char>(n);
            break;
        }
        bytes_ += static_cast<char>((n & 0x7f) | 0x80);
    }
    bytes_ += label;
}

std::string LabelList::joined(char separator) const {
    std::string out;
    out.reserve(bytes_.size());
    for (auto it = begin(); it != end(); ++it) {
        if (it != begin()) out += separator;
        out += *it;
    }
    return out;
}

}  // namespace kg
