#include "extract/lexicon.hpp"

namespace kg::extract {

Lexicon::Lexicon() {
    map_.reserve(kLexRecordCount);
    for (std::size_t i = 0; i < kLexRecordCount; ++i) map_.emplace(kLexRecords[i].key, &kLexRecords[i]);
}

std::string_view to_lower_ascii(std::string_view s, std::string& out) {
    out.assign(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

}  // namespace kg::extract
