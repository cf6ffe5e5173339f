// The parser's features. Each word is reduced once per sentence to a few 64-bit keys (its
// lower-cased form, XPOS, UPOS, cluster prefixes); a state's features combine the keys of
// the words around the stack top and buffer front (Zhang & Nivre 2011: words, tags,
// distance, valency, the labels and label sets of dependents, second- and third-order
// context) and are written into a reused buffer.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/nlp/features.hpp"
#include "extract/parser/state.hpp"

namespace kg::nlp {
class WordClusters;
}

namespace kg::nlp::parser {

struct TokenKeys {
    std::uint64_t w = 0, p = 0, u = 0;  // form (lower-cased), XPOS, UPOS
    std::uint64_t c4 = 0, c6 = 0, cf = 0;  // cluster path prefixes of 4 and 6 bits, full path
    std::uint64_t s = 0, sh = 0;  // last three letters (lower-cased), shape (capitals, digits, punctuation)
};

// keys[0..n-1] the words, keys[n] the root, keys[n+1] "no word" (positions off the edge).
void encode_sentence(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                     std::span<const std::string_view> xpos, const WordClusters* clusters,
                     std::vector<TokenKeys>& keys);

// Features of the state for choosing a move.
void move_features(const State& st, const std::vector<TokenKeys>& keys, bool clusters, std::vector<Feature>& out);
// The same features in three lists, each appended to: those of the buffer's first three
// words alone (the same in every state with the same buffer front b) go to `front`, those of
// the stack top's word alone (the same for the same top) to `top`, the rest to `rest`. A
// null list leaves its features out (their template numbers are counted all the same).
void move_features(const State& st, const std::vector<TokenKeys>& keys, bool clusters, std::vector<Feature>* rest,
                   std::vector<Feature>* front, std::vector<Feature>* top);

// Features for labelling the arc h -> d the chosen move makes.
void label_features(const State& st, const std::vector<TokenKeys>& keys, bool clusters, int h, int d,
                    std::vector<Feature>& out);

}  // namespace kg::nlp::parser
