// Detection reads only the head of a file. JSON is sniffed with a SAX parser that looks at the
// keys of the first top-level object and stops there, so a truncated head (a large graph, a
// long first line) is still recognised by the keys seen before the cut.
#include "io/input_kind.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "io/json_util.hpp"

namespace kg::io {
namespace {

// Keys of the first top-level JSON object, and whether "article" held an object.
class KeySniffer : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, KeySniffer> {
   public:
    bool Default() {
        last_key_.clear();
        return true;
    }
    bool Key(const char* s, rapidjson::SizeType n, bool) {
        if (depth_ == 1) {
            last_key_.assign(s, n);
            keys_.insert(last_key_);
        }
        return true;
    }
    bool StartObject() {
        if (depth_ == 1 && last_key_ == "article") article_object_ = true;
        return enter();
    }
    bool StartArray() { return enter(); }
    bool EndObject(rapidjson::SizeType) { return leave(); }
    bool EndArray(rapidjson::SizeType) { return leave(); }

    bool has(const char* key) const { return keys_.count(key) > 0; }
    bool article_object() const { return article_object_; }

   private:
    bool enter() {
        last_key_.clear();
        return ++depth_ <= json::kMaxDepth;
    }
    bool leave() {
        --depth_;
        return true;
    }
    std::size_t depth_ = 0;
    std::string last_key_;
    std::set<std::string, std::less<>> keys_;
    bool article_object_ = false;
};

std::string extension(std::string_view path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// The kind an extension suggests when the content does not decide.
InputKind kind_from_extension(std::string_view path, InputKind otherwise) {
    const std::string ext = extension(path);
    if (ext == ".graphml" || ext == ".xml") return InputKind::GraphML;
    if (ext == ".json") return InputKind::JsonGraph;
    if (ext == ".jsonl" || ext == ".ndjson") return InputKind::Statements;
    if (ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm")
        return InputKind::Articles;
    return otherwise;
}

InputKind sniff_json(std::string_view head, std::string_view path) {
    KeySniffer sniffer;
    rapidjson::MemoryStream stream(head.data(), head.size());
    rapidjson::Reader reader;
    // Errors are expected (the head may stop mid-value); the keys seen so far decide.
    reader.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(stream,
                                                                                      sniffer);
    if (sniffer.has("nodes") || sniffer.has("links") || sniffer.has("edges"))
        return InputKind::JsonGraph;
    if (sniffer.has("subject") || sniffer.has("entity") || sniffer.has("relation"))
        return InputKind::Statements;
    if (sniffer.has("text")) return InputKind::ArticleJsonl;
    if (sniffer.article_object()) return InputKind::Statements;
    return kind_from_extension(path, InputKind::Unknown);
}

InputKind sniff_markup(std::string_view head, std::string_view path) {
    if (head.find("<graphml") != std::string_view::npos) return InputKind::GraphML;
    return kind_from_extension(path, InputKind::Unknown);
}

std::string_view skip_bom_and_space(std::string_view s) {
    if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    auto first = s.find_first_not_of(" \t\r\n");
    return first == std::string_view::npos ? std::string_view{} : s.substr(first);
}

}  // namespace

std::string_view to_string(InputKind kind) {
    switch (kind) {
        case InputKind::Articles: return "articles";
        case InputKind::ArticleJsonl: return "articles (JSON Lines)";
        case InputKind::Statements: return "statements";
        case InputKind::GraphML: return "GraphML";
        case InputKind::JsonGraph: return "JSON graph";
        case InputKind::Directory: return "directory";
        case InputKind::Stdin: return "standard input";
        case InputKind::Unknown: return "unknown";
    }
    return "unknown";
}

InputKind detect_content_kind(std::string_view head, std::string_view path) {
    std::string_view start = skip_bom_and_space(head);
    if (start.empty()) return kind_from_extension(path, InputKind::Articles);
    if (start.front() == '{' || start.front() == '[') return sniff_json(start, path);
    if (start.front() == '<') return sniff_markup(start, path);
    // Anything else is text; an extension naming a structured format still wins so that
    // its reader reports what is wrong with the file.
    return kind_from_extension(path, InputKind::Articles);
}

InputKind detect_input_kind(const std::string& path) {
    if (path == "-") return InputKind::Stdin;
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec) return InputKind::Unknown;
    if (std::filesystem::is_directory(status)) return InputKind::Directory;
    std::ifstream in(path, std::ios::binary);
    if (!in) return InputKind::Unknown;
    std::string head(kSniffBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return detect_content_kind(head, path);
}

}  // namespace kg::io
