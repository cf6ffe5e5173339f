#include "io/style.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

namespace kg::io {
namespace {

// ColorBrewer "Paired" light tones for types; "Set3" for communities (12 distinct hues).
constexpr std::array<Rgb, kNodeTypeCount> kTypeColors = {{{166, 206, 227},   // Person
                                                          {178, 223, 138},   // Organization
                                                          {253, 191, 111},   // Place
                                                          {202, 178, 214},   // Event
                                                          {217, 217, 217}}};  // Other
constexpr std::array<Rgb, 12> kCommunityColors = {{{141, 211, 199}, {255, 255, 179},
                                                   {190, 186, 218}, {251, 128, 114},
                                                   {128, 177, 211}, {253, 180, 98},
                                                   {179, 222, 105}, {252, 205, 229},
                                                   {217, 217, 217}, {188, 128, 189},
                                                   {204, 235, 197}, {255, 237, 111}}};
constexpr std::array<std::string_view, kNodeTypeCount> kShapes = {"ellipse", "box", "house",
                                                                  "note", "octagon"};

std::optional<double> numeric_column(const NodeProps& n, std::string_view name) {
    auto it = n.extra.find(name);
    if (it == n.extra.end()) return std::nullopt;
    if (auto d = std::get_if<double>(&it->second)) return *d;
    if (auto i = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*i);
    return std::nullopt;
}

// A "#rrggbb" text column as a colour.
std::optional<Rgb> hex_color_column(const NodeProps& n, std::string_view name) {
    auto it = n.extra.find(name);
    if (it == n.extra.end()) return std::nullopt;
    const auto* text = std::get_if<std::string>(&it->second);
    if (!text || text->size() != 7 || (*text)[0] != '#') return std::nullopt;
    int rgb[3];
    for (int i = 0; i < 3; ++i) {
        const char* first = text->data() + 1 + 2 * i;
        auto [end, ec] = std::from_chars(first, first + 2, rgb[i], 16);
        if (ec != std::errc() || end != first + 2) return std::nullopt;
    }
    return Rgb{rgb[0], rgb[1], rgb[2]};
}

}  // namespace

std::string Rgb::hex() const {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r & 0xFF, g & 0xFF, b & 0xFF);
    return buf;
}

Rgb type_color(NodeType t) { return kTypeColors[static_cast<int>(t)]; }

Rgb node_color(const KnowledgeGraph& kg, Vertex v, const WriteOptions& opt) {
    const NodeProps& n = kg.g[v];
    if (opt.color_by == WriteOptions::ColorBy::Community) {
        if (auto c = numeric_column(n, "community"); c && *c >= 0)
            return kCommunityColors[static_cast<std::size_t>(*c) % kCommunityColors.size()];
    } else if (auto own = hex_color_column(n, "color")) {
        return *own;
    }
    return type_color(n.type);
}

double node_size(const KnowledgeGraph& kg, Vertex v) {
    const NodeProps& n = kg.g[v];
    if (auto own = numeric_column(n, "size"); own && std::isfinite(*own) && *own >= 0) return *own;
    if (auto pr = numeric_column(n, "pagerank")) {
        // pagerank sums to 1: scale by the node count so that an average node gets 15.
        double rel = *pr * static_cast<double>(std::max<std::size_t>(kg.node_count(), 1));
        return std::round(std::clamp(10.0 + 5.0 * rel, 10.0, 50.0) * 100.0) / 100.0;
    }
    double degree = static_cast<double>(boost::in_degree(v, kg.g) + boost::out_degree(v, kg.g));
    return std::round(std::min(10.0 + 6.0 * std::log2(1.0 + degree), 50.0) * 100.0) / 100.0;
}

std::string_view dot_shape(NodeType t) { return kShapes[static_cast<int>(t)]; }

}  // namespace kg::io
