#include "io/article_texts_json.hpp"

#include <algorithm>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "io/json_util.hpp"

namespace kg::io {
namespace {

bool is_fingerprint(const rapidjson::Value& v) {
    if (!v.IsString() || v.GetStringLength() != 16) return false;
    const std::string_view s(v.GetString(), v.GetStringLength());
    return s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace

std::string article_texts_to_json(const std::vector<Article>& articles) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    bool any = false;
    w.StartArray();
    for (const Article& a : articles) {
        if (a.text_hash.empty()) continue;
        any = true;
        w.StartArray();
        const std::string id = json::valid_utf8(a.id);
        w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
        w.String(a.text_hash.data(), static_cast<rapidjson::SizeType>(a.text_hash.size()));
        w.EndArray();
    }
    w.EndArray();
    return any ? std::string(buf.GetString(), buf.GetSize()) : std::string();
}

std::optional<std::vector<Article>> article_texts_from_json(std::string_view text, std::string& error) {
    std::vector<Article> out;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;
    rapidjson::Document doc;
    if (auto e = json::parse(text, doc)) {
        error = "article_texts is not valid JSON (" + e->message + ")";
        return std::nullopt;
    }
    const auto pair = [](const rapidjson::Value& v) {
        return v.IsArray() && v.Size() == 2 && v[0].IsString() && v[0].GetStringLength() > 0 && is_fingerprint(v[1]);
    };
    if (!doc.IsArray() || !std::all_of(doc.Begin(), doc.End(), pair)) {
        error = "article_texts must be an array of [\"article id\", \"16 hex digits\"] pairs";
        return std::nullopt;
    }
    for (const auto& v : doc.GetArray()) {
        Article& a = out.emplace_back();
        a.id.assign(v[0].GetString(), v[0].GetStringLength());
        a.text_hash.assign(v[1].GetString(), v[1].GetStringLength());
    }
    return out;
}

}  // namespace kg::io
