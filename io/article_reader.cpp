#include "io/article_reader.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "graph/errors.hpp"

namespace kg::io {
namespace {

namespace fs = std::filesystem;

// Larger articles are cut: a news article is a few kilobytes; this bounds memory (the
// extractor keeps about six bytes per byte of text) whatever the input.
constexpr std::size_t kMaxArticleBytes = std::size_t{16} << 20;

constexpr int kJsonFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseFullPrecisionFlag |
                           rapidjson::kParseStopWhenDoneFlag;

bool has_extension(const fs::path& p, std::initializer_list<std::string_view> exts) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(exts.begin(), exts.end(), e) != exts.end();
}

bool is_text_article(const fs::path& p) { return has_extension(p, {".txt", ".md", ".markdown", ".text"}); }
bool is_jsonl(const fs::path& p) { return has_extension(p, {".jsonl", ".json", ".ndjson"}); }

std::string read_whole(std::istream& in) {
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The first non-empty line, trimmed, without Markdown heading marks.
std::string first_line(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    while (!text.empty()) {
        std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        std::size_t b = line.find_first_not_of(" \t\r#");
        if (b != std::string_view::npos) {
            std::size_t e = line.find_last_not_of(" \t\r");
            return std::string(line.substr(b, e - b + 1));
        }
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return {};
}

std::string first_nonempty_line(std::string_view text) {
    while (!text.empty()) {
        std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) return std::string(line);
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return {};
}

bool line_is_article_object(std::string_view line) {
    if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    rapidjson::Document d;
    d.Parse<kJsonFlags>(line.data(), line.size());
    return !d.HasParseError() && d.IsObject() && d.HasMember("text") && d["text"].IsString();
}

std::string json_string(const rapidjson::Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) return {};
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

class Collector {
   public:
    Collector(Diagnostics& diag, const std::vector<std::string>& read_before)
        : diag_(diag), read_before_(read_before.begin(), read_before.end()) {}

    void add(ArticleText a) {
        if (!ids_.insert(a.meta.id).second) {
            duplicate(a.origin + ": article '" + a.meta.id + "' given twice; counted once");
            return;
        }
        // Two articles with the same text are one (an empty text is no article's identity).
        bool blank = a.text.find_first_not_of(" \t\r\n") == std::string::npos;
        std::size_t hash = blank ? 0 : std::hash<std::string>{}(a.text);
        a.meta.text_hash = text_fingerprint(a.text);
        // A saved graph keeps its articles' fingerprints, not their texts: equal fingerprints
        // are taken for the same text (two texts share one by chance once in about 2^64 pairs).
        if (!blank && (has_same_text(hash, a.text) || read_before_.count(a.meta.text_hash))) {
            duplicate(a.origin + ": same text as an article read before; counted once");
            return;
        }
        if (!blank) texts_.emplace(hash, articles_.size());
        articles_.push_back(std::move(a));
    }

    // The first few duplicates are named; the rest are counted in one closing warning.
    void finish() {
        if (duplicates_ > kNamedDuplicates)
            diag_.warn(std::to_string(duplicates_ - kNamedDuplicates) + " more duplicate article(s) counted once");
    }

    void text_file(std::string text, std::string id, std::string origin) {
        if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
            diag_.warn(origin + ": empty article; skipped");
            return;
        }
        check_text(text, origin);
        ArticleText a;
        a.meta.id = std::move(id);
        a.meta.title = first_line(text);
        a.text = std::move(text);
        a.origin = std::move(origin);
        add(std::move(a));
    }

    // An article larger than kMaxArticleBytes is cut (at a line or character boundary) with a
    // warning; NUL bytes are reported (the extractor ignores control characters).
    void check_text(std::string& text, const std::string& where) {
        if (text.size() > kMaxArticleBytes) {
            std::size_t cut = text.rfind('\n', kMaxArticleBytes);
            if (cut == std::string::npos || cut < kMaxArticleBytes / 2) {
                cut = kMaxArticleBytes;
                while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            }
            diag_.warn(where + ": article of " + std::to_string(text.size()) + " bytes cut to its first " +
                       std::to_string(cut) + " bytes (the limit is " + std::to_string(kMaxArticleBytes >> 20) +
                       " MiB)");
            text.resize(cut);
        }
        if (text.find('\0') != std::string::npos) diag_.warn(where + ": NUL bytes in the text are ignored");
    }

    void jsonl(std::istream& in, const std::string& name, const std::string& fallback_id) {
        std::string line;
        std::size_t number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            std::string_view view = line;
            if (number == 1 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
            if (view.find_first_not_of(" \t") == std::string_view::npos) continue;
            std::string where = name + ":" + std::to_string(number);
            // Parsed in place: the strings stay in `line` (unescaped there), none is copied
            // into the document; `line` ends in its own NUL, where parsing stops.
            rapidjson::Document d;
            d.ParseInsitu<kJsonFlags | rapidjson::kParseInsituFlag>(line.data() + (view.data() - line.data()));
            if (d.HasParseError() || !d.IsObject()) {
                skip(where, "not a JSON object");
                continue;
            }
            auto text = d.FindMember("text");
            if (text == d.MemberEnd() || !text->value.IsString()) {
                skip(where, "no \"text\" string");
                continue;
            }
            ArticleText a;
            auto id = d.FindMember("id");
            if (id == d.MemberEnd() || id->value.IsNull()) {
                a.meta.id = fallback_id + ":" + std::to_string(number);
            } else if (id->value.IsString()) {
                a.meta.id.assign(id->value.GetString(), id->value.GetStringLength());
            } else if (id->value.IsInt64()) {
                a.meta.id = std::to_string(id->value.GetInt64());
            } else if (id->value.IsUint64()) {
                a.meta.id = std::to_string(id->value.GetUint64());
            } else if (id->value.IsNumber()) {
                std::ostringstream os;
                os << id->value.GetDouble();
                a.meta.id = os.str();
            } else {
                skip(where, "\"id\" is neither a string nor a number");
                continue;
            }
            if (a.meta.id.empty()) {
                skip(where, "empty \"id\"");
                continue;
            }
            a.text.assign(text->value.GetString(), text->value.GetStringLength());
            check_text(a.text, where);
            a.meta.title = json_string(d, "title");
            if (a.meta.title.empty()) a.meta.title = first_line(a.text);
            a.meta.date = json_string(d, "date");
            a.meta.url = json_string(d, "url");
            a.origin = where;
            add(std::move(a));
        }
    }

    std::vector<ArticleText> take() {
        finish();
        return std::move(articles_);
    }
    Diagnostics& diag() { return diag_; }

   private:
    Diagnostics& diag_;
    std::vector<ArticleText> articles_;
    std::unordered_set<std::string> ids_;  // only asked "seen before?"
    std::unordered_multimap<std::size_t, std::size_t> texts_;  // hash of a text -> its article
    std::unordered_set<std::string> read_before_;  // fingerprints of the saved graphs' articles

    static constexpr std::size_t kNamedDuplicates = 5;
    std::size_t duplicates_ = 0;

    void duplicate(std::string message) {
        if (++duplicates_ <= kNamedDuplicates) diag_.warn(std::move(message));
    }

    // Only the articles whose text has the same hash are compared.
    bool has_same_text(std::size_t hash, const std::string& text) const {
        auto [first, last] = texts_.equal_range(hash);
        return std::any_of(first, last, [&](const auto& entry) { return articles_[entry.second].text == text; });
    }

    void skip(const std::string& where, const std::string& why) {
        diag_.warn(where + ": " + why + "; line skipped");
        ++diag_.skipped_lines;
    }
};

std::string id_from(const fs::path& relative) {
    fs::path p = relative;
    p.replace_extension();
    return p.generic_string();
}

void read_file(const fs::path& path, const std::string& id, Collector& c) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string() + ": cannot open");
    if (is_jsonl(path) && is_article_jsonl(path.string())) {
        c.jsonl(in, path.string(), id);
        return;
    }
    std::string text = read_whole(in);
    if (in.bad()) throw InputError(path.string() + ": cannot read");
    c.text_file(text, id, path.string());
}

// Regular article files below `dir`, sorted by their path below `root`. Directory symlinks
// are followed unless they lead back to a folder being walked (a loop).
void walk(const fs::path& root, const fs::path& dir, std::vector<fs::path>& ancestors,
          std::vector<fs::path>& files, Diagnostics& diag) {
    std::error_code ec;
    fs::path canonical = fs::canonical(dir, ec);
    if (ec) {
        diag.warn(dir.string() + ": cannot read folder (" + ec.message() + "); skipped");
        return;
    }
    if (std::find(ancestors.begin(), ancestors.end(), canonical) != ancestors.end()) {
        diag.warn(dir.string() + ": symbolic link loop; skipped");
        return;
    }
    ancestors.push_back(canonical);
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        diag.warn(dir.string() + ": cannot read folder (" + ec.message() + "); skipped");
        ancestors.pop_back();
        return;
    }
    std::vector<fs::path> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
            diag.warn(dir.string() + ": " + ec.message() + "; rest of the folder skipped");
            break;
        }
        entries.push_back(it->path());
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::path& p : entries) {
        std::error_code sec;
        fs::file_status st = fs::status(p, sec);
        if (sec) {
            diag.warn(p.string() + ": cannot read (" + sec.message() + "); skipped");
            continue;
        }
        if (fs::is_directory(st)) {
            walk(root, p, ancestors, files, diag);
        } else if (fs::is_regular_file(st) && (is_text_article(p) || (is_jsonl(p) && is_article_jsonl(p.string())))) {
            files.push_back(p);
        }
    }
    ancestors.pop_back();
}

void read_directory(const fs::path& root, Collector& c) {
    std::vector<fs::path> files, ancestors;
    walk(root, root, ancestors, files, c.diag());
    std::sort(files.begin(), files.end(), [&](const fs::path& a, const fs::path& b) {
        return a.lexically_relative(root).generic_string() < b.lexically_relative(root).generic_string();
    });
    for (const fs::path& f : files) {
        try {
            read_file(f, id_from(f.lexically_relative(root)), c);
        } catch (const InputError& e) {
            c.diag().warn(std::string(e.what()) + "; skipped");
        }
    }
}

}  // namespace

std::string text_fingerprint(std::string_view text) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return {};
    std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, 64-bit
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    static const char* hex = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15];
    return out;
}

bool is_article_jsonl(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::string line;
    for (std::size_t read = 0; std::getline(in, line) && read < (1u << 26); read += line.size() + 1) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        if (line.find_first_not_of(" \t\r\xEF\xBB\xBF") == std::string::npos) continue;
        return line_is_article_object(line);
    }
    return false;
}

std::vector<ArticleText> read_articles(const std::vector<std::string>& inputs, Diagnostics& diag,
                                       std::istream* standard_input, const std::vector<std::string>& read_before) {
    Collector c(diag, read_before);
    for (const std::string& input : inputs) {
        if (input == "-") {
            if (!standard_input) throw InputError("'-': standard input is not read here");
            std::string text = read_whole(*standard_input);
            if (line_is_article_object(first_nonempty_line(text))) {
                std::istringstream in(text);
                c.jsonl(in, "<stdin>", "stdin");
            } else {
                c.text_file(text, "stdin", "<stdin>");
            }
            continue;
        }
        fs::path p(input);
        std::error_code ec;
        fs::file_status st = fs::status(p, ec);
        if (ec || !fs::exists(st)) throw InputError(input + ": no such file or folder");
        if (fs::is_directory(st)) read_directory(p, c);
        else read_file(p, id_from(p.filename()), c);
    }
    return c.take();
}

}  // namespace kg::io
