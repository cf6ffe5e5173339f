#include <algorithm>
#include <array>
#include <cctype>

#include "io/io.hpp"

namespace kg::io {
namespace {
struct FormatName {
    Format format;
    std::string_view name;
};
constexpr std::array<FormatName, 9> kFormats = {{{Format::GraphML, "graphml"},
                                                 {Format::Gexf, "gexf"},
                                                 {Format::Dot, "dot"},
                                                 {Format::Json, "json"},
                                                 {Format::Csv, "csv"},
                                                 {Format::CsvEdges, "edges.csv"},
                                                 {Format::Svg, "svg"},
                                                 {Format::Png, "png"},
                                                 {Format::Statements, "jsonl"}}};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}
}  // namespace

std::optional<Format> parse_format(const std::string& name) {
    std::string n = lower(name);
    if (n == "gv") return Format::Dot;
    if (n == "statements") return Format::Statements;
    for (const auto& f : kFormats)
        if (f.name == n) return f.format;
    return std::nullopt;
}

std::optional<Format> format_from_path(const std::string& path) {
    auto slash = path.find_last_of('/');
    auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return std::nullopt;
    std::string ext = path.substr(dot + 1);
    if (lower(ext) == "xml" && lower(path).ends_with(".graphml.xml")) return Format::GraphML;
    if (lower(path.substr(slash == std::string::npos ? 0 : slash + 1)).ends_with(".edges.csv"))
        return Format::CsvEdges;
    return parse_format(ext);
}

std::string_view format_name(Format f) {
    for (const auto& entry : kFormats)
        if (entry.format == f) return entry.name;
    return "?";
}

}  // namespace kg::io
