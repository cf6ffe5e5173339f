#include "cli/inputs.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "extract/extract.hpp"
#include "io/input_gathering.hpp"

namespace kg::cli {
namespace {

// Articles of at least this many bytes get a progress line when stderr is a terminal.
constexpr std::size_t kLargeInput = 4u << 20;

// "articles 1200/21578, 3.4 MB/s, 5 s left" on one line, redrawn in place.
class ProgressLine {
   public:
    ProgressLine(std::size_t articles, std::size_t bytes) : articles_(articles), bytes_(bytes) {}
    void operator()(std::size_t done, std::size_t bytes_done) const {
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        double rate = secs > 0 ? static_cast<double>(bytes_done) / secs : 0;
        double left = rate > 0 ? static_cast<double>(bytes_ - bytes_done) / rate : 0;
        std::fprintf(stderr, "\rarticles %zu/%zu, %.1f MB/s, %.0f s left   ", done, articles_, rate / 1e6, left);
        if (done == articles_) std::fputc('\n', stderr);
        std::fflush(stderr);
    }

   private:
    std::size_t articles_, bytes_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

void print_warnings(const std::vector<std::string>& warnings) {
    for (const auto& w : warnings) std::cerr << "warning: " << w << "\n";
}

io::GatheredInputs gather(const std::vector<std::string>& inputs, const LoadOptions& options) {
    io::Diagnostics diag;
    io::GatherOptions go;
    go.strict = options.strict;
    io::GatheredInputs g = options.timings.time("load", [&] { return io::gather_inputs(inputs, std::cin, go, diag); });
    print_warnings(diag.warnings);
    if (diag.skipped_lines)
        std::cerr << "warning: " << diag.skipped_lines << " bad line(s) skipped (use --strict to stop at the first)\n";
    return g;
}

StatementSet extract_articles(const std::vector<ArticleText>& articles, const LoadOptions& options) {
    if (articles.empty()) return {};
    extract::ExtractOptions eo;
    eo.co_mentions = options.co_mentions;
    eo.threads = options.threads;
    nlp::Models models = options.timings.time("models", [&] { return load_models(options); });
    eo.models = &models;
    std::size_t bytes = 0;
    for (const auto& a : articles) bytes += a.text.size();
    if (options.progress && bytes >= kLargeInput && isatty(STDERR_FILENO))
        eo.progress = ProgressLine(articles.size(), bytes);
    std::vector<std::string> warnings;
    StatementSet out = options.timings.time("extract", [&] { return extract::extract(articles, eo, warnings); });
    print_warnings(warnings);
    return out;
}

// The saved graphs given before every other input first, then the statements, the articles'
// statements and the other graphs.
StatementSet in_input_order(io::GatheredInputs g, const LoadOptions& options) {
    StatementSet out;
    for (std::size_t i = 0; i < g.leading_graphs; ++i) out.append(to_statements(g.graphs[i]));
    out.append(std::move(g.statements));
    out.append(extract_articles(g.articles, options));
    for (std::size_t i = g.leading_graphs; i < g.graphs.size(); ++i) out.append(to_statements(g.graphs[i]));
    return out;
}

}  // namespace

nlp::Models load_models(const LoadOptions& options) {
    return nlp::Models::load(options.models_dir.empty() ? nlp::default_models_dir() : options.models_dir);
}

StatementSet load_statements(const std::vector<std::string>& inputs, const LoadOptions& options) {
    io::GatheredInputs g = gather(inputs, options);
    return in_input_order(std::move(g), options);
}

KnowledgeGraph load_graph(const std::vector<std::string>& inputs, const LoadOptions& options) {
    io::GatheredInputs g = gather(inputs, options);
    if (g.graphs.size() == 1 && g.articles.empty() && g.statements.statements.empty() &&
        g.statements.entities.empty())
        return std::move(g.graphs.front());
    StatementSet statements = in_input_order(std::move(g), options);
    BuildOptions bo;
    bo.include_co_mentions = options.co_mentions;
    return options.timings.time("build", [&] { return build_graph(statements, bo); });
}

}  // namespace kg::cli
