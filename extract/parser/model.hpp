// What a parser model holds: the label names, the transition and label models, and the
// decoders (greedy or beam) that run them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/parser/parser.hpp"
#include "extract/parser/weights.hpp"

namespace kg::nlp {

class ParserModel {
   public:
    std::vector<std::string> labels;  // full UD relations, sorted
    std::uint16_t root_label = 0;
    bool clusters = false;  // trained with cluster features
    // Beam width of decoding: 1 = greedy; wider = beam search over the transitions (the
    // model was then trained globally for that width).
    int beam = 1;
    parser::MoveModel moves;
    parser::LabelModel labeler;

    void parse(std::span<const std::string_view> words, std::span<const std::string_view> upos,
               std::span<const std::string_view> xpos, const WordClusters* word_clusters, Parse& out) const;
    void parse_beam(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                    std::span<const std::string_view> xpos, const WordClusters* word_clusters, int width,
                    Parse& out) const;
    void save(const std::string& path) const;
    static ParserModel load(const std::string& path);
};

constexpr std::string_view kParserKind = "parser";
// Version 2 adds the beam width (written only for beam models); version 1 is a greedy model.
constexpr std::uint32_t kParserVersion = 2;

}  // namespace kg::nlp
