#include "extract/flags.hpp"

#include <string>

#include "graph/types.hpp"

namespace kg::extract {
namespace {

bool is_modal(std::string_view w) {
    return w == "might" || w == "may" || w == "could" || w == "would";
}

}  // namespace

std::uint8_t statement_flags(const Document& doc, const Sentence& sentence, std::uint32_t first,
                             std::uint32_t last) {
    std::uint8_t flags = 0;
    const std::uint32_t near_first = first >= sentence.first_token + 4 ? first - 4 : sentence.first_token;
    const std::uint32_t near_last = std::min(last + 1, sentence.last_token);
    std::string w;
    for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
        const Token& tok = doc.tokens[t];
        if (!tok.lex) continue;
        std::uint32_t f = tok.lex->flags;
        bool near = t >= near_first && t < near_last;
        w.assign(doc.token_text(t));
        for (char& c : w)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (f & lx::kAttrib) flags |= kAttributed;
        if ((f & lx::kHedge) && (near || !is_modal(w))) flags |= kHedged;
        if ((f & lx::kNegation) && near) flags |= kNegated;
    }
    return flags;
}

}  // namespace kg::extract
