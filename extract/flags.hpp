// Stage 8: flags, not facts. A statement is hedged ("might", "It had been speculated"),
// negated ("have denied any collusion") or attributed ("according to state media", "the BBC
// reported") by words of its sentence: speculation and attribution words anywhere in the
// sentence, modals and negations near the words the statement rests on.
#pragma once

#include <cstdint>

#include "extract/document.hpp"

namespace kg::extract {

std::uint8_t statement_flags(const Document& doc, const Sentence& sentence, std::uint32_t first,
                             std::uint32_t last);

}  // namespace kg::extract
