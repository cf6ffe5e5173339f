#include "io/joins_json.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "io/json_util.hpp"

namespace kg::io {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, const char* key, const std::string& value) {
    if (value.empty()) return;
    w.Key(key);
    const std::string clean = json::valid_utf8(value);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

// A string member, "" when absent; false when present but not a string.
bool get(const rapidjson::Value& obj, const char* key, std::string& out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return true;
    if (!it->value.IsString()) return false;
    out.assign(it->value.GetString(), it->value.GetStringLength());
    return true;
}

}  // namespace

std::string joins_to_json(const std::vector<Join>& joins) {
    if (joins.empty()) return {};
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartArray();
    for (const Join& j : joins) {
        w.StartObject();
        put(w, "name", j.name);
        put(w, "rule", j.rule);
        put(w, "with", j.with);
        put(w, "article", j.article);
        if (j.sentence) {
            w.Key("sentence");
            w.Int(*j.sentence);
        }
        put(w, "evidence", j.evidence);
        w.EndObject();
    }
    w.EndArray();
    return {buf.GetString(), buf.GetSize()};
}

std::optional<std::vector<Join>> joins_from_json(std::string_view text, std::string& error) {
    std::vector<Join> out;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;
    rapidjson::Document doc;
    if (auto e = json::parse(text, doc)) {
        error = "merge records are not valid JSON (" + e->message + ")";
        return std::nullopt;
    }
    const char* shape = "merge records must be an array of {\"name\", \"rule\", ...} objects";
    if (!doc.IsArray()) {
        error = shape;
        return std::nullopt;
    }
    for (const auto& v : doc.GetArray()) {
        Join j;
        bool ok = v.IsObject() && get(v, "name", j.name) && get(v, "rule", j.rule) &&
                  get(v, "with", j.with) && get(v, "article", j.article) &&
                  get(v, "evidence", j.evidence) && !j.name.empty();
        if (ok) {
            auto s = v.FindMember("sentence");
            if (s != v.MemberEnd() && !s->value.IsNull()) {
                if (!s->value.IsInt() || s->value.GetInt() < 0) ok = false;
                else j.sentence = s->value.GetInt();
            }
        }
        if (!ok) {
            error = shape;
            return std::nullopt;
        }
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace kg::io
