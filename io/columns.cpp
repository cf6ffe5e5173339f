#include "io/columns.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "io/joins_json.hpp"
#include "io/names_json.hpp"
#include "io/style.hpp"
#include "io/text_escape.hpp"

namespace kg::io {
namespace {

const std::vector<Column>& builtin_node_columns() {
    static const std::vector<Column> cols = {
        {"label", AttrKind::String},    {"type", AttrKind::String},
        {"aliases", AttrKind::String},  {"mentions", AttrKind::Long},
        {"articles", AttrKind::Long},   {"joined", AttrKind::String},
        {"size", AttrKind::Double, true},
        {"color", AttrKind::String, true}};
    return cols;
}

const std::vector<Column>& builtin_edge_columns() {
    static const std::vector<Column> cols = {
        {"type", AttrKind::String},           {"label", AttrKind::String},
        {"weight", AttrKind::Double},         {"articles", AttrKind::Long},
        {"flags", AttrKind::String},          {"evidence", AttrKind::String},
        {"evidence_article", AttrKind::String}, {"evidence_sentence", AttrKind::Long}};
    return cols;
}

bool contains(const std::vector<Column>& cols, std::string_view name) {
    for (const auto& c : cols)
        if (c.name == name) return true;
    return false;
}

std::vector<Column> with_extras(const std::vector<Column>& builtins,
                                const std::vector<AttrDecl>& extras) {
    std::vector<Column> out = builtins;
    for (const auto& d : extras)
        if (!contains(builtins, d.name)) out.push_back({d.name, d.kind});
    return out;
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += '|';
        out += p;
    }
    return out;
}

std::vector<std::string> split_bars(std::string_view s) {
    std::vector<std::string> out;
    while (!s.empty()) {
        auto bar = s.find('|');
        auto part = s.substr(0, bar);
        if (!part.empty()) out.emplace_back(part);
        if (bar == std::string_view::npos) break;
        s.remove_prefix(bar + 1);
    }
    return out;
}

template <typename T>
std::optional<T> parse_number(std::string_view s) {
    T v{};
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

std::optional<std::int64_t> parse_count(std::string_view s) {
    auto v = parse_number<std::int64_t>(s);
    if (!v) {  // other tools write counts as doubles ("3.0")
        auto d = parse_number<double>(s);
        if (d && std::isfinite(*d) && *d == std::floor(*d) && std::fabs(*d) < 9e15)
            v = static_cast<std::int64_t>(*d);
    }
    return v;
}

// Columns written only for graphs that have such data, so that the files of graphs without
// news outlets stay as they were.
const Column kMediaColumn{"media", AttrKind::Boolean};
const Column kSourcesColumn{"sources", AttrKind::String};
// Written for graphs whose nodes keep their names (every graph kgraph builds), so that a graph
// fed back in is resolved with the other inputs (README, "Saved graphs as inputs").
const Column kNamesColumn{"name_evidence", AttrKind::String, false, true};
const Column kEndsColumn{"name_pairs", AttrKind::String, false, true};

bool any_media(const KnowledgeGraph& kg) {
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g)))
        if (kg.g[v].media) return true;
    return false;
}

bool any_names(const KnowledgeGraph& kg) {
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g)))
        if (!kg.g[v].names.empty()) return true;
    return false;
}

bool any_source(const KnowledgeGraph& kg) {
    for (auto e : boost::make_iterator_range(boost::edges(kg.g)))
        for (const Evidence& ev : kg.g[e].evidence)
            if (!ev.source.empty()) return true;
    return false;
}

}  // namespace

std::vector<Column> node_columns(const KnowledgeGraph& kg) {
    std::vector<Column> builtins = builtin_node_columns();
    if (any_media(kg)) builtins.insert(builtins.begin() + 6, kMediaColumn);  // after "joined"
    if (any_names(kg)) builtins.insert(builtins.end() - 2, kNamesColumn);  // before size, color
    return with_extras(builtins, kg.node_attrs);
}
std::vector<Column> edge_columns(const KnowledgeGraph& kg) {
    std::vector<Column> builtins = builtin_edge_columns();
    if (any_source(kg)) builtins.push_back(kSourcesColumn);
    if (any_names(kg)) builtins.push_back(kEndsColumn);
    return with_extras(builtins, kg.edge_attrs);
}

std::string edge_sources(const EdgeProps& e) {
    std::vector<std::string> sources;
    for (const Evidence& ev : e.evidence)
        for (const std::string& s : split_bars(ev.source))
            if (std::find(sources.begin(), sources.end(), s) == sources.end()) sources.push_back(s);
    std::sort(sources.begin(), sources.end());
    return join(sources);
}

AttrValue node_value(const KnowledgeGraph& kg, Vertex v, const Column& c, const WriteOptions& opt) {
    const NodeProps& n = kg.g[v];
    if (c.name == "label") return n.label;
    if (c.name == "type") return std::string(to_string(n.type));
    if (c.name == "aliases") return join(n.aliases);
    if (c.name == "mentions") return n.mentions;
    if (c.name == "articles") return n.articles;
    if (c.name == "joined") return joins_to_json(n.joined);
    if (c.name == "media") return n.media;
    if (c.name == kNamesColumn.name) return names_to_json(n.names, n.type);
    if (c.name == "size") return node_size(kg, v);
    if (c.name == "color") {
        // Another tool's colour as it wrote it ("red"), unless colouring by community.
        auto own = n.extra.find("color");
        if (own != n.extra.end() && opt.color_by == WriteOptions::ColorBy::Type)
            if (const auto* text = std::get_if<std::string>(&own->second)) return *text;
        return node_color(kg, v, opt).hex();
    }
    auto it = n.extra.find(c.name);
    return it == n.extra.end() ? AttrValue{} : it->second;
}

AttrValue edge_value(const KnowledgeGraph& kg, Edge e, const Column& c, std::size_t kept_evidence) {
    const EdgeProps& p = kg.g[e];
    if (c.name == "type") return std::string(to_string(p.type));
    if (c.name == "label") return p.joined_labels();
    if (c.name == "weight") return p.weight;
    if (c.name == "articles") return p.articles;
    if (c.name == "flags") return flags_to_string(p.flags);
    const Evidence* best = p.evidence.empty() ? nullptr : &p.evidence.front();
    if (c.name == "evidence") return best ? best->text : std::string();
    if (c.name == "evidence_article") return best ? best->article : std::string();
    if (c.name == "evidence_sentence")
        return static_cast<std::int64_t>(best && best->sentence ? *best->sentence : -1);
    if (c.name == "sources") return edge_sources(p);
    if (c.name == kEndsColumn.name) return ends_to_json(p.ends, kept_evidence);
    auto it = p.extra.find(c.name);
    return it == p.extra.end() ? AttrValue{} : it->second;
}

bool is_builtin_node_column(std::string_view name) {
    return name == kMediaColumn.name || name == kNamesColumn.name || contains(builtin_node_columns(), name);
}
bool is_builtin_edge_column(std::string_view name) {
    return name == kSourcesColumn.name || name == kEndsColumn.name || contains(builtin_edge_columns(), name);
}
bool is_derived_node_column(std::string_view name) {
    for (const Column& c : builtin_node_columns())
        if (c.derived && c.name == name) return true;
    return false;
}

bool is_kgraph_only_node_column(std::string_view name) {
    return is_derived_node_column(name) || name == "joined" || name == kNamesColumn.name;
}

std::optional<std::string> set_node_builtin(NodeProps& n, std::string_view name,
                                            std::string_view text) {
    if (name == "label") {
        n.label = std::string(text);
    } else if (name == "type") {
        auto type = map_foreign_node_type(text);
        n.type = type.value_or(NodeType::Other);
        if (!type) n.extra[std::string(kOriginalType)] = std::string(text);
    } else if (name == "aliases") {
        n.aliases = split_bars(text);
    } else if (name == "joined") {
        std::string error;
        auto joins = joins_from_json(text, error);
        if (!joins) return error;
        n.joined = std::move(*joins);
    } else if (name == kNamesColumn.name) {
        // Read after "type" (columns come in their declared order): a name's type is written
        // only where it is not the node's.
        std::string error;
        auto names = names_from_json(text, n.type, error);
        if (!names) return error;
        n.names = std::move(*names);
    } else if (name == "media") {
        auto v = parse_value(text, AttrKind::Boolean);
        if (!v) return "'" + std::string(text) + "' is not true or false";
        n.media = std::get<bool>(*v);
    } else if (name == "mentions" || name == "articles") {
        auto v = parse_count(text);
        if (!v) return "'" + std::string(text) + "' is not a whole number";
        (name == "mentions" ? n.mentions : n.articles) = *v;
    }
    return std::nullopt;  // size and color are derived: ignored
}

void declare_original_type(KnowledgeGraph& kg) {
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g)))
        if (kg.g[v].extra.count(kOriginalType)) {
            kg.declare_node_attr(std::string(kOriginalType), AttrKind::String);
            return;
        }
}

std::optional<std::string> set_edge_builtin(EdgeProps& e, std::string_view name,
                                            std::string_view text) {
    auto evidence = [&]() -> Evidence& {
        if (e.evidence.empty()) e.evidence.emplace_back();
        return e.evidence.front();
    };
    if (name == "type") {
        e.type = parse_relation(text).value_or(Relation::related);
    } else if (name == "label") {
        e.labels = LabelList::split(text, '|');
    } else if (name == "weight") {
        auto v = parse_number<double>(text);
        if (!v || !std::isfinite(*v)) return "weight '" + std::string(text) + "' is not a number";
        e.weight = *v;
    } else if (name == "articles") {
        auto v = parse_count(text);
        if (!v) return "'" + std::string(text) + "' is not a whole number";
        e.articles = *v;
    } else if (name == "flags") {
        auto f = parse_flags(text);
        if (!f) return "unknown flag in '" + std::string(text) + "'";
        e.flags = *f;
    } else if (name == "evidence") {
        if (!text.empty()) evidence().text = std::string(text);
    } else if (name == kEndsColumn.name) {
        std::string error;
        auto ends = ends_from_json(text, error);
        if (!ends) return error;
        e.ends = std::move(*ends);
    } else if (name == "sources") {  // a GraphML keeps one evidence: it holds them all
        if (!text.empty()) evidence().source = std::string(text);
    } else if (name == "evidence_article") {
        if (!text.empty()) evidence().article = std::string(text);
    } else if (name == "evidence_sentence") {
        auto v = parse_count(text);
        if (!v) return "'" + std::string(text) + "' is not a whole number";
        if (*v >= 0) evidence().sentence = static_cast<int>(*v);
    }
    return std::nullopt;
}

std::string value_text(const AttrValue& v, AttrKind kind) {
    if (auto b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    if (auto i = std::get_if<std::int64_t>(&v)) {
        if (kind == AttrKind::Double || kind == AttrKind::Float)
            return format_double(static_cast<double>(*i));
        return std::to_string(*i);
    }
    if (auto d = std::get_if<double>(&v)) {
        if (kind == AttrKind::Int || kind == AttrKind::Long)
            return std::to_string(static_cast<std::int64_t>(std::llround(*d)));
        return format_double(*d);
    }
    if (auto s = std::get_if<std::string>(&v)) return *s;
    // No value: the empty value of the kind, so that the element still carries the key.
    switch (kind) {
        case AttrKind::Boolean: return "false";
        case AttrKind::Int:
        case AttrKind::Long: return "0";
        case AttrKind::Float:
        case AttrKind::Double: return "0";
        case AttrKind::String: return "";
    }
    return "";
}

std::optional<AttrValue> parse_value(std::string_view text, AttrKind kind) {
    switch (kind) {
        case AttrKind::Boolean:
            if (text == "true" || text == "True" || text == "1") return AttrValue{true};
            if (text == "false" || text == "False" || text == "0") return AttrValue{false};
            return std::nullopt;
        case AttrKind::Int:
        case AttrKind::Long:
            if (auto v = parse_count(text)) return AttrValue{*v};
            return std::nullopt;
        case AttrKind::Float:
        case AttrKind::Double:
            if (auto v = parse_number<double>(text); v && std::isfinite(*v)) return AttrValue{*v};
            return std::nullopt;
        case AttrKind::String: return AttrValue{std::string(text)};
    }
    return std::nullopt;
}

}  // namespace kg::io
