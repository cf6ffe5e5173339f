// Writing statements JSON Lines exactly as DESIGN.md shows them: articles, then entities,
// then statements, one compact object per line, fields in the documented order, optional
// fields left out when absent, so that read_statements(write_statements(x)) == x.
#include <cmath>
#include <ostream>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "io/io.hpp"
#include "io/json_util.hpp"

namespace kg::io {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Strings are made valid UTF-8 first: a statement built from a damaged article must still
// give a file every JSON parser accepts.
void put_string(JsonWriter& w, std::string_view s) {
    if (json::is_valid_utf8(s)) {  // the common case: written without a copy
        w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
        return;
    }
    const std::string valid = json::valid_utf8(s);
    w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void put_key(JsonWriter& w, const char* key) { w.Key(key); }

void put_optional(JsonWriter& w, const char* key, std::string_view s) {
    if (s.empty()) return;
    put_key(w, key);
    put_string(w, s);
}

void put_ref(JsonWriter& w, const char* key, const EntityRef& ref) {
    put_key(w, key);
    w.StartObject();
    put_key(w, "name");
    put_string(w, ref.name);
    put_key(w, "type");
    put_string(w, to_string(ref.type));
    w.EndObject();
}

void put_flags(JsonWriter& w, std::uint8_t flags) {
    if (!flags) return;
    put_key(w, "flags");
    w.StartArray();
    for (std::uint8_t bit : {kHedged, kNegated, kAttributed})
        if (flags & bit) put_string(w, flags_to_string(bit));
    w.EndArray();
}

// A confidence that is not a finite number cannot be written as JSON (WriteDouble refuses
// it); it is left out, as for a statement without one.
void put_confidence(JsonWriter& w, const std::optional<double>& confidence) {
    if (!confidence || !std::isfinite(*confidence)) return;
    put_key(w, "confidence");
    w.Double(*confidence);
}

void write_article(JsonWriter& w, const Article& a) {
    w.StartObject();
    put_key(w, "article");
    w.StartObject();
    put_key(w, "id");
    put_string(w, a.id);
    put_optional(w, "title", a.title);
    put_optional(w, "date", a.date);
    put_optional(w, "url", a.url);
    w.EndObject();
    w.EndObject();
}

void write_entity(JsonWriter& w, const EntityDecl& e) {
    w.StartObject();
    put_key(w, "entity");
    w.StartObject();
    put_key(w, "name");
    put_string(w, e.name);
    put_key(w, "type");
    put_string(w, to_string(e.type));
    if (!e.aliases.empty()) {
        put_key(w, "aliases");
        w.StartArray();
        for (const auto& alias : e.aliases) put_string(w, alias);
        w.EndArray();
    }
    w.EndObject();
    put_optional(w, "article", e.article);
    w.EndObject();
}

void write_statement(JsonWriter& w, const Statement& s) {
    w.StartObject();
    put_ref(w, "subject", s.subject);
    put_key(w, "relation");
    put_string(w, to_string(s.relation));
    put_optional(w, "label", s.label);
    put_ref(w, "object", s.object);
    put_optional(w, "article", s.article);
    if (s.sentence) {
        put_key(w, "sentence");
        w.Int(*s.sentence);
    }
    if (s.span) {
        put_key(w, "span");
        w.StartArray();
        w.Uint64(s.span->first);
        w.Uint64(s.span->second);
        w.EndArray();
    }
    put_optional(w, "evidence", s.evidence);
    put_flags(w, s.flags);
    put_confidence(w, s.confidence);
    w.EndObject();
}

// One object per line: each is written to a fresh buffer, then to the stream.
template <typename T, typename Fn>
void write_lines(const std::vector<T>& items, Fn write_one, std::ostream& out) {
    rapidjson::StringBuffer buffer;
    for (const T& item : items) {
        buffer.Clear();
        JsonWriter w(buffer);
        write_one(w, item);
        out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
        out.put('\n');
    }
}

}  // namespace

void write_statements(const StatementSet& set, std::ostream& out) {
    write_lines(set.articles, write_article, out);
    write_lines(set.entities, write_entity, out);
    write_lines(set.statements, write_statement, out);
}

}  // namespace kg::io
