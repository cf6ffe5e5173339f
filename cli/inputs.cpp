#include "cli/inputs.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

#include "extract/extract.hpp"
#include "graph/errors.hpp"
#include "io/article_reader.hpp"
#include "io/input_kind.hpp"

namespace kg::cli {
namespace {

void print_warnings(io::Diagnostics& diag) {
    for (const auto& w : diag.warnings) std::cerr << "warning: " << w << "\n";
    diag.warnings.clear();
}

std::ifstream open_input(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open");
    return in;
}

// What one pass over the inputs found.
struct Gathered {
    StatementSet statements;
    std::vector<KnowledgeGraph> graphs;
    std::vector<std::string> article_inputs;
    std::vector<ArticleText> articles;  // read from article_inputs
    std::size_t skipped_lines = 0;
};

void read_stream(std::istream& in, const std::string& name, io::InputKind kind,
                 const LoadOptions& options, Gathered& out, io::Diagnostics& diag) {
    switch (kind) {
        case io::InputKind::Statements: {
            io::StatementReadOptions ro;
            ro.strict = options.strict;
            out.statements.append(io::read_statements(in, name, ro, diag));
            break;
        }
        case io::InputKind::GraphML: out.graphs.push_back(io::read_graphml(in, name)); break;
        case io::InputKind::JsonGraph: out.graphs.push_back(io::read_json_graph(in, name)); break;
        default: throw InputError(name + ": not a statements file or a saved graph");
    }
}

// Standard input can be read only once: it is read whole, its kind told from its content,
// and, for articles, handed to the article reader through std::cin's buffer.
class StdinContent {
   public:
    // Standard input is held in memory: beyond this, ask for a file instead.
    static constexpr std::size_t kMaxBytes = std::size_t{1} << 30;

    StdinContent() : text_(read_capped()), buffer_(text_) {}
    StdinContent(const StdinContent&) = delete;
    StdinContent& operator=(const StdinContent&) = delete;
    ~StdinContent() {
        if (saved_) std::cin.rdbuf(saved_);
    }
    const std::string& text() const { return text_; }
    void replay_into_cin() { saved_ = std::cin.rdbuf(&buffer_); }

   private:
    static std::string read_capped() {
        std::string text;
        std::string chunk(1 << 16, '\0');
        while (std::cin.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || std::cin.gcount() > 0) {
            text.append(chunk.data(), static_cast<std::size_t>(std::cin.gcount()));
            if (text.size() > kMaxBytes)
                throw InputError("standard input is larger than 1 GiB: save it to a file and give the file");
        }
        return text;
    }

    std::string text_;
    std::stringbuf buffer_;
    std::streambuf* saved_ = nullptr;
};

Gathered gather(const std::vector<std::string>& inputs, const LoadOptions& options,
                io::Diagnostics& diag, std::optional<StdinContent>& stdin_content) {
    Gathered out;
    for (const auto& path : inputs) {
        io::InputKind kind;
        if (path == "-") {
            if (stdin_content) throw InputError("'-' (standard input) is given twice");
            stdin_content.emplace();
            kind = io::detect_content_kind(
                std::string_view(stdin_content->text()).substr(0, io::kSniffBytes), "-");
            if (kind == io::InputKind::Statements || kind == io::InputKind::GraphML ||
                kind == io::InputKind::JsonGraph) {
                std::istringstream in(stdin_content->text());
                read_stream(in, "<stdin>", kind, options, out, diag);
                print_warnings(diag);
            } else {
                stdin_content->replay_into_cin();
                out.article_inputs.push_back(path);
            }
            continue;
        }
        kind = io::detect_input_kind(path);
        switch (kind) {
            case io::InputKind::Articles:
            case io::InputKind::ArticleJsonl:
            case io::InputKind::Directory: out.article_inputs.push_back(path); break;
            case io::InputKind::Unknown:
                throw InputError(path + ": cannot read it, or it is not an article, statements or graph file");
            default: {
                auto in = open_input(path);
                read_stream(in, path, kind, options, out, diag);
            }
        }
        print_warnings(diag);
    }
    if (!out.article_inputs.empty()) {
        out.articles = io::read_articles(out.article_inputs, diag);
        print_warnings(diag);
    }
    return out;
}

}  // namespace

nlp::Models load_models(const LoadOptions& options) {
    return nlp::Models::load(options.models_dir.empty() ? nlp::default_models_dir() : options.models_dir);
}

namespace {

void extract_articles(Gathered& g, const LoadOptions& options, io::Diagnostics& diag) {
    if (g.article_inputs.empty()) return;
    std::vector<ArticleText> articles = std::move(g.articles);
    extract::ExtractOptions eo;
    eo.co_mentions = options.co_mentions;
    eo.threads = options.threads;
    nlp::Models models = options.timings.time("models", [&] { return load_models(options); });
    eo.models = &models;
    std::vector<std::string> warnings;
    PhaseTimer::Scope timed(options.timings, "extract");
    g.statements.append(extract::extract(articles, eo, warnings));
    for (const auto& w : warnings) std::cerr << "warning: " << w << "\n";
}

void report_skipped(const io::Diagnostics& diag) {
    if (diag.skipped_lines)
        std::cerr << "warning: " << diag.skipped_lines
                  << " bad line(s) skipped (use --strict to stop at the first)\n";
}

}  // namespace

StatementSet load_statements(const std::vector<std::string>& inputs, const LoadOptions& options) {
    io::Diagnostics diag;
    std::optional<StdinContent> stdin_content;
    Gathered g = options.timings.time("load", [&] { return gather(inputs, options, diag, stdin_content); });
    extract_articles(g, options, diag);
    for (const auto& graph : g.graphs) g.statements.append(to_statements(graph));
    report_skipped(diag);
    return std::move(g.statements);
}

KnowledgeGraph load_graph(const std::vector<std::string>& inputs, const LoadOptions& options) {
    io::Diagnostics diag;
    std::optional<StdinContent> stdin_content;
    Gathered g = options.timings.time("load", [&] { return gather(inputs, options, diag, stdin_content); });
    report_skipped(diag);
    if (g.graphs.size() == 1 && g.article_inputs.empty() && g.statements.statements.empty() &&
        g.statements.entities.empty())
        return std::move(g.graphs.front());
    extract_articles(g, options, diag);
    for (const auto& graph : g.graphs) g.statements.append(to_statements(graph));
    BuildOptions bo;
    bo.include_co_mentions = options.co_mentions;
    return options.timings.time("build", [&] { return build_graph(g.statements, bo); });
}

}  // namespace kg::cli
