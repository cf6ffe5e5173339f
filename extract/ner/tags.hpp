// Entity tags: IOB1 and IOB2 tags as CoNLL files write them, and the BILOU labels the
// recogniser predicts (Ratinov & Roth 2009 found BILOU better than BIO: the model learns
// the first, inner, last and only words of a name apart).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner/ner.hpp"

namespace kg::nlp::ner {

// A span within one sentence: words [first, last).
struct Chunk {
    std::uint32_t first, last;
    EntityKind kind;
    friend bool operator==(const Chunk&, const Chunk&) = default;
};

// BILOU labels: 0 is O; kind k has B = 1 + 4k, I = 2 + 4k, L = 3 + 4k, U = 4 + 4k.
inline constexpr int kLabels = 1 + 4 * kEntityKinds;
enum class Part : std::uint8_t { O, B, I, L, U };
inline int label_of(Part p, EntityKind k) { return p == Part::O ? 0 : 1 + 4 * static_cast<int>(k) + static_cast<int>(p) - 1; }
inline Part part_of(int label) { return label == 0 ? Part::O : static_cast<Part>((label - 1) % 4 + 1); }
inline EntityKind kind_of(int label) { return static_cast<EntityKind>((label - 1) / 4); }
std::string label_name(int label);  // "O", "B-PER", ...

// Whether `label` may follow `prev` (-1 at the start of a sentence); `last` says the word
// ends the sentence (a name must be closed by then).
bool label_allowed(int prev, int label, bool last);

// Chunks of a sentence's IOB tags. Reads IOB1 (a name starts at I- after O or another kind,
// or at B-) and IOB2 alike, as conlleval does. Returns false (and `bad` = the word index)
// on a tag that is not O, B-KIND or I-KIND.
bool chunks_of_iob(std::span<const std::string> tags, std::vector<Chunk>& out, std::size_t& bad);
// IOB2 tags of `n` words from chunks (B- on every first word).
std::vector<std::string> iob2_of(std::size_t n, std::span<const Chunk> chunks);
// IOB1 tags (B- only where a name follows another of its kind).
std::vector<std::string> iob1_of(std::size_t n, std::span<const Chunk> chunks);

// BILOU labels of `n` words from chunks, and back.
void bilou_of(std::size_t n, std::span<const Chunk> chunks, std::vector<int>& labels);
// Chunks of a BILOU label sequence; an ill-formed sequence is read leniently (a B or I not
// closed ends where the kind changes or O comes).
void chunks_of_bilou(std::span<const int> labels, std::vector<Chunk>& out);

}  // namespace kg::nlp::ner
