// Node-link JSON, the shape networkx.node_link_graph reads ("nodes", "links"), strict RFC 8259:
// no NaN or Infinity, UTF-8 without BOM, ids as strings. Beyond the GraphML columns, each link
// carries all its evidence ("evidence_all") for scripts.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <cmath>
#include <ostream>

#include "graph/names.hpp"
#include "io/article_texts_json.hpp"
#include "io/columns.hpp"
#include "io/io.hpp"

namespace kg::io {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void put_string(Writer& w, std::string_view s) {
    std::string clean = strip_control_chars(s, /*keep_newlines=*/true);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void put_value(Writer& w, const AttrValue& v, AttrKind kind) {
    if (auto b = std::get_if<bool>(&v)) {
        w.Bool(*b);
    } else if (auto i = std::get_if<std::int64_t>(&v)) {
        w.Int64(*i);
    } else if (auto d = std::get_if<double>(&v)) {
        if (std::isfinite(*d)) w.Double(*d);
        else w.Null();  // RFC 8259 has no NaN or Infinity
    } else if (auto s = std::get_if<std::string>(&v)) {
        put_string(w, *s);
    } else if (kind == AttrKind::String) {
        w.String("");
    } else {
        w.Null();
    }
}

void put_evidence(Writer& w, const Evidence& ev) {
    w.StartObject();
    w.Key("article");
    put_string(w, ev.article);
    if (ev.sentence) {
        w.Key("sentence");
        w.Int(*ev.sentence);
    }
    if (ev.span) {
        w.Key("span");
        w.StartArray();
        w.Uint64(ev.span->first);
        w.Uint64(ev.span->second);
        w.EndArray();
    }
    w.Key("text");
    put_string(w, ev.text);
    if (ev.confidence && std::isfinite(*ev.confidence)) {
        w.Key("confidence");
        w.Double(*ev.confidence);
    }
    if (ev.flags) {
        w.Key("flags");
        put_string(w, flags_to_string(ev.flags));
    }
    if (!ev.source.empty()) {
        w.Key("source");
        put_string(w, ev.source);
    }
    w.EndObject();
}

}  // namespace

void write_json(const KnowledgeGraph& kg, std::ostream& out, const WriteOptions& opt) {
    rapidjson::OStreamWrapper stream(out);
    Writer w(stream);
    w.SetIndent(' ', 1);
    w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
    auto ncols = node_columns(kg);
    auto ecols = edge_columns(kg);

    w.StartObject();
    w.Key("directed");
    w.Bool(true);
    w.Key("multigraph");
    w.Bool(true);
    w.Key("graph");
    w.StartObject();
    w.Key("name");
    put_string(w, opt.graph_name);
    // The articles' text fingerprints, for kgraph reading the graph back with more articles.
    if (const std::string texts = article_texts_to_json(kg.articles); !texts.empty()) {
        w.Key("article_texts");
        put_string(w, texts);
    }
    w.EndObject();

    w.Key("nodes");
    w.StartArray();
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        w.StartObject();
        w.Key("id");
        put_string(w, kg.g[v].id);
        for (const auto& c : ncols) {
            w.Key(c.name.c_str());
            put_value(w, node_value(kg, v, c, opt), c.kind);
        }
        w.EndObject();
    }
    w.EndArray();

    w.Key("links");
    w.StartArray();
    for (Edge e : edges_in_order(kg)) {
        w.StartObject();
        w.Key("id");
        put_string(w, kg.g[e].id);
        w.Key("source");
        put_string(w, kg.g[boost::source(e, kg.g)].id);
        w.Key("target");
        put_string(w, kg.g[boost::target(e, kg.g)].id);
        for (const auto& c : ecols) {
            w.Key(c.name.c_str());
            put_value(w, edge_value(kg, e, c), c.kind);
        }
        w.Key("evidence_all");
        w.StartArray();
        for (const auto& ev : kg.g[e].evidence) put_evidence(w, ev);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    stream.Flush();
    out << '\n';
}

}  // namespace kg::io
