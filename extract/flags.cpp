#include "extract/flags.hpp"

#include <string>

#include "graph/types.hpp"

namespace kg::extract {
namespace {

bool is_modal(std::string_view w) {
    return w == "might" || w == "may" || w == "could" || w == "would";
}

std::string_view lower_word(std::string_view text, std::string& out) {
    out.assign(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

}  // namespace

std::uint8_t statement_flags(const Document& doc, const Sentence& sentence, std::uint32_t first,
                             std::uint32_t last) {
    std::uint8_t flags = 0;
    const std::uint32_t near_first = first >= sentence.first_token + 4 ? first - 4 : sentence.first_token;
    const std::uint32_t near_last = std::min(last + 1, sentence.last_token);
    std::string w;
    for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
        // The flags the token keeps (its lexicon record's): most words have none of these,
        // and neither their record nor their text is read.
        std::uint32_t f = doc.tokens[t].flags();
        if (!(f & (lx::kAttrib | lx::kHedge | lx::kNegation))) continue;
        // "May 23, 2005": the month, not the modal.
        if ((f & lx::kMonth) && t + 1 < sentence.last_token && doc.tokens[t + 1].is(shape::kDigit)) continue;
        bool near = t >= near_first && t < near_last;
        if (f & lx::kAttrib) flags |= kAttributed;
        if ((f & lx::kHedge) && (near || !is_modal(lower_word(doc.token_text(t), w)))) flags |= kHedged;
        if ((f & lx::kNegation) && near) flags |= kNegated;
    }
    return flags;
}

}  // namespace kg::extract
