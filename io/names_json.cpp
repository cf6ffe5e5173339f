#include "io/names_json.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "io/json_util.hpp"

namespace kg::io {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

bool whole(const rapidjson::Value& v, std::int64_t low, std::int64_t& out) {
    if (!v.IsInt64() || v.GetInt64() < low) return false;
    out = v.GetInt64();
    return true;
}

bool small(const rapidjson::Value& v, int low, int& out) {
    if (!v.IsInt() || v.GetInt() < low) return false;
    out = v.GetInt();
    return true;
}

bool text(const rapidjson::Value& v, std::string& out) {
    if (!v.IsString()) return false;
    out.assign(v.GetString(), v.GetStringLength());
    return true;
}

// One name object; false when a field has the wrong shape.
bool read_name(const rapidjson::Value& v, NodeType node_type, NameRecord& n) {
    if (!v.IsObject()) return false;
    n.type = node_type;
    for (const auto& m : v.GetObject()) {
        const std::string_view key(m.name.GetString(), m.name.GetStringLength());
        const rapidjson::Value& x = m.value;
        bool ok = true;
        if (key == "name") ok = text(x, n.name);
        else if (key == "type") {
            std::string t;
            auto type = text(x, t) ? parse_node_type(t) : std::nullopt;
            ok = type.has_value();
            if (ok) n.type = *type;
        } else if (key == "scope") ok = text(x, n.scope);
        else if (key == "mentions") ok = whole(x, 0, n.mentions);
        else if (key == "articles") {
            ok = x.IsArray();
            for (rapidjson::SizeType i = 0; ok && i < x.Size(); ++i) ok = text(x[i], n.articles.emplace_back());
        } else if (key == "order") ok = small(x, 0, n.order);
        else if (key == "late") ok = x.IsBool() && ((n.late = x.GetBool()), true);
        else if (key == "declared") ok = small(x, 0, n.declared);
        else if (key == "tied") ok = small(x, 0, n.tied);
        else if (key == "media") ok = x.IsBool() && ((n.media = x.GetBool()), true);
        else if (key == "first") {
            ok = x.IsArray() && x.Size() >= 1 && x.Size() <= 2 && text(x[0], n.first_article);
            int sentence = 0;
            if (ok && x.Size() == 2) {
                ok = small(x[1], 0, sentence);
                n.first_sentence = sentence;
            }
        } else if (key == "forms") {
            ok = x.IsArray();
            for (rapidjson::SizeType i = 0; ok && i < x.Size(); ++i) {
                const rapidjson::Value& f = x[i];
                auto& [form, article] = n.forms.emplace_back();
                ok = f.IsArray() && f.Size() == 2 && text(f[0], form) && text(f[1], article);
            }
        }  // other keys: a later kgraph's, ignored
        if (!ok) return false;
    }
    return !n.name.empty();
}

}  // namespace

std::string names_to_json(const std::vector<NameRecord>& names, NodeType node_type) {
    if (names.empty()) return {};
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartArray();
    for (const NameRecord& n : names) {
        w.StartObject();
        w.Key("name");
        json::write_string(w, n.name);
        if (n.type != node_type) {
            w.Key("type");
            json::write_string(w, to_string(n.type));
        }
        if (!n.scope.empty()) {
            w.Key("scope");
            json::write_string(w, n.scope);
        }
        w.Key("mentions");
        w.Int64(n.mentions);
        w.Key("articles");
        w.StartArray();
        for (const std::string& a : n.articles) json::write_string(w, a);
        w.EndArray();
        w.Key("order");
        w.Int(n.order);
        if (n.late) {
            w.Key("late");
            w.Bool(true);
        }
        if (n.declared >= 0) {
            w.Key("declared");
            w.Int(n.declared);
        }
        if (n.tied >= 0) {
            w.Key("tied");
            w.Int(n.tied);
        }
        if (n.media) {
            w.Key("media");
            w.Bool(true);
        }
        if (!n.first_article.empty() || n.first_sentence) {
            w.Key("first");
            w.StartArray();
            json::write_string(w, n.first_article);
            if (n.first_sentence) w.Int(*n.first_sentence);
            w.EndArray();
        }
        if (!n.forms.empty()) {
            w.Key("forms");
            w.StartArray();
            for (const auto& [form, article] : n.forms) {
                w.StartArray();
                json::write_string(w, form);
                json::write_string(w, article);
                w.EndArray();
            }
            w.EndArray();
        }
        w.EndObject();
    }
    w.EndArray();
    return {buf.GetString(), buf.GetSize()};
}

std::optional<std::vector<NameRecord>> names_from_json(std::string_view text, NodeType node_type,
                                                       std::string& error) {
    std::vector<NameRecord> out;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;
    rapidjson::Document doc;
    if (auto e = json::parse(text, doc)) {
        error = "name evidence is not valid JSON (" + e->message + ")";
        return std::nullopt;
    }
    if (doc.IsArray())
        for (const auto& v : doc.GetArray())
            if (!read_name(v, node_type, out.emplace_back())) {
                out.clear();
                error = "name evidence must be an array of {\"name\", \"mentions\", \"articles\", ...} objects";
                return std::nullopt;
            }
    if (!doc.IsArray()) {
        error = "name evidence must be an array of {\"name\", \"mentions\", \"articles\", ...} objects";
        return std::nullopt;
    }
    return out;
}

std::string ends_to_json(const std::vector<EdgeEnds>& ends, std::size_t kept_evidence) {
    if (ends.empty()) return {};
    rapidjson::StringBuffer buf;
    Writer w(buf);
    w.StartArray();
    for (const EdgeEnds& e : ends) {
        w.StartArray();
        w.Int(e.source);
        w.Int(e.target);
        w.Double(e.weight);
        w.Int64(e.articles);
        w.StartArray();
        for (int i : e.evidence)
            if (static_cast<std::size_t>(i) < kept_evidence) w.Int(i);
        w.EndArray();
        w.EndArray();
    }
    w.EndArray();
    return {buf.GetString(), buf.GetSize()};
}

std::optional<std::vector<EdgeEnds>> ends_from_json(std::string_view text, std::string& error) {
    std::vector<EdgeEnds> out;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;
    rapidjson::Document doc;
    if (auto e = json::parse(text, doc)) {
        error = "name pairs are not valid JSON (" + e->message + ")";
        return std::nullopt;
    }
    const char* shape = "name pairs must be an array of [source, target, weight, articles, [evidence, ...]]";
    if (!doc.IsArray()) {
        error = shape;
        return std::nullopt;
    }
    for (const auto& v : doc.GetArray()) {
        EdgeEnds& e = out.emplace_back();
        bool ok = v.IsArray() && v.Size() == 5 && small(v[0], 0, e.source) && small(v[1], 0, e.target) &&
                  v[2].IsNumber() && whole(v[3], 0, e.articles) && v[4].IsArray();
        if (ok) {
            e.weight = v[2].GetDouble();
            for (const auto& i : v[4].GetArray()) ok = ok && small(i, 0, e.evidence.emplace_back());
        }
        if (!ok) {
            error = shape;
            return std::nullopt;
        }
    }
    return out;
}

}  // namespace kg::io
