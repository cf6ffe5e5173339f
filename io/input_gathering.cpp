// Inputs are classified first and read after, so that every article reaches the article
// reader in one call (it counts the same article given twice once).
#include "io/input_gathering.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <sstream>

#include "graph/errors.hpp"
#include "io/article_reader.hpp"
#include "io/input_kind.hpp"

namespace kg::io {
namespace {

namespace fs = std::filesystem;

// Up to 16 bytes of a file's start, printable ASCII as is and other bytes as \xNN.
std::string first_bytes(std::string_view head) {
    std::string out;
    for (unsigned char c : head.substr(0, 16)) {
        if (c >= 0x20 && c < 0x7f && c != '\\') {
            out += static_cast<char>(c);
        } else {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return "\"" + out + "\"" + (head.size() > 16 ? "..." : "");
}

std::string read_head(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(64, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

// Why a path cannot be read: "no such file", "permission denied", ...; empty when it can.
std::string unreadable(const std::string& path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return "no such file";
    if (::access(path.c_str(), R_OK) != 0) return errno == EACCES ? "permission denied" : std::strerror(errno);
    return {};
}

bool is_graph_or_statements(InputKind k) {
    return k == InputKind::Statements || k == InputKind::GraphML || k == InputKind::JsonGraph;
}

bool is_articles(InputKind k) { return k == InputKind::Articles || k == InputKind::ArticleJsonl; }

class Gatherer {
   public:
    Gatherer(std::istream& standard_input, const GatherOptions& options, Diagnostics& diag)
        : stdin_(standard_input), options_(options), diag_(diag) {}

    void add(const std::string& path) {
        if (path == "-") return add_standard_input();
        if (const std::string why = unreadable(path); !why.empty()) throw InputError(path + ": " + why);
        const InputKind kind = detect_input_kind(path);
        if (kind == InputKind::Directory) return add_folder(path);
        if (is_articles(kind)) return article_inputs_.push_back(path);
        if (!is_graph_or_statements(kind))
            throw InputError(path + ": not an article, statements or graph file (first bytes: " +
                             first_bytes(read_head(path)) + ")");
        std::ifstream in(path, std::ios::binary);
        if (!in) throw InputError(path + ": " + unreadable(path));
        read(in, path, kind);
    }

    GatheredInputs take() {
        if (!article_inputs_.empty()) {
            std::istringstream in(std::move(stdin_text_));
            // An article of a saved graph given again (under any id) counts once, as it
            // would if the graph's articles were among the inputs.
            std::vector<std::string> read_before;
            for (const KnowledgeGraph& g : out_.graphs)
                for (const Article& a : g.articles)
                    if (!a.text_hash.empty()) read_before.push_back(a.text_hash);
            out_.articles = read_articles(article_inputs_, diag_, &in, read_before);
        }
        return std::move(out_);
    }

   private:
    std::istream& stdin_;
    const GatherOptions& options_;
    Diagnostics& diag_;
    GatheredInputs out_;
    std::vector<std::string> article_inputs_;
    bool stdin_read_ = false;
    bool statements_read_ = false;
    std::string stdin_text_;  // standard input's articles, for the article reader

    void read(std::istream& in, const std::string& name, InputKind kind) {
        switch (kind) {
            case InputKind::Statements: {
                StatementReadOptions ro;
                ro.strict = options_.strict;
                out_.statements.append(read_statements(in, name, ro, diag_));
                statements_read_ = true;
                break;
            }
            case InputKind::GraphML: out_.graphs.push_back(read_graphml(in, name)); break;
            case InputKind::JsonGraph: out_.graphs.push_back(read_json_graph(in, name)); break;
            default: throw InputError(name + ": not a statements file or a saved graph");
        }
        if (kind != InputKind::Statements && !statements_read_ && article_inputs_.empty())
            out_.leading_graphs = out_.graphs.size();
    }

    void add_standard_input() {
        if (stdin_read_) throw InputError("'-' (standard input) is given twice");
        stdin_read_ = true;
        std::string text;
        std::string chunk(1 << 16, '\0');
        while (stdin_.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || stdin_.gcount() > 0) {
            text.append(chunk.data(), static_cast<std::size_t>(stdin_.gcount()));
            if (text.size() > kMaxStandardInputBytes)
                throw InputError("standard input is larger than 1 GiB: save it to a file and give the file");
        }
        const InputKind kind = detect_content_kind(std::string_view(text).substr(0, kSniffBytes), "-");
        if (is_graph_or_statements(kind)) {
            std::istringstream in(std::move(text));
            read(in, "<stdin>", kind);
            return;
        }
        stdin_text_ = std::move(text);
        article_inputs_.push_back("-");
    }

    // Every input file below `folder`; the article reader walks it again for the articles so
    // that their ids are their paths below the folder.
    void add_folder(const std::string& folder) {
        std::vector<fs::path> files;
        std::error_code ec;
        for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
             !ec && it != end; it.increment(ec)) {
            std::error_code sec;
            if (it->is_regular_file(sec)) files.push_back(it->path());
        }
        std::sort(files.begin(), files.end());
        bool has_articles = false;
        std::vector<std::string> skipped;
        for (const fs::path& f : files) {
            const std::string path = f.string();
            if (!unreadable(path).empty()) {
                skipped.push_back(f.lexically_relative(folder).string() + " (" + unreadable(path) + ")");
                continue;
            }
            const InputKind kind = detect_input_kind(path);
            const std::string ext = f.extension().string();
            if (is_articles(kind) && (kind == InputKind::ArticleJsonl || ext == ".txt" || ext == ".md" ||
                                      ext == ".markdown" || ext == ".text")) {
                has_articles = true;
            } else if (is_graph_or_statements(kind) &&
                       (ext == ".jsonl" || ext == ".ndjson" || ext == ".json" || ext == ".graphml" || ext == ".xml")) {
                std::ifstream in(path, std::ios::binary);
                read(in, path, kind);
            } else {
                skipped.push_back(f.lexically_relative(folder).string());
            }
        }
        if (has_articles) article_inputs_.push_back(folder);
        if (skipped.empty()) return;
        std::string names;
        for (std::size_t i = 0; i < skipped.size() && i < 5; ++i) names += (i ? ", " : "") + skipped[i];
        if (skipped.size() > 5) names += " and " + std::to_string(skipped.size() - 5) + " more";
        diag_.warn(folder + ": skipped " + std::to_string(skipped.size()) + " file" +
                   (skipped.size() == 1 ? "" : "s") + " that are not articles, statements or graphs: " + names);
    }
};

}  // namespace

GatheredInputs gather_inputs(const std::vector<std::string>& paths, std::istream& standard_input,
                             const GatherOptions& options, Diagnostics& diag) {
    Gatherer g(standard_input, options, diag);
    for (const auto& path : paths) g.add(path);
    return g.take();
}

}  // namespace kg::io
