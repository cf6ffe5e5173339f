// kgraph extract INPUT... [-o statements.jsonl]: articles -> statements (JSON Lines).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/graph_options.hpp"
#include "cli/inputs.hpp"
#include "cli/options.hpp"
#include "extract/extract.hpp"
#include "io/article_reader.hpp"
#include "io/input_kind.hpp"
#include "io/io.hpp"

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

bool is_article_input(const std::string& path) {
    if (path == "-") return true;  // standard input: articles unless it holds statements
    io::InputKind k = io::detect_input_kind(path);
    return k == io::InputKind::Articles || k == io::InputKind::ArticleJsonl || k == io::InputKind::Directory;
}

}  // namespace

int run_extract(const Args& args) {
    po::options_description opts("Options");
    std::vector<std::string> inputs;
    std::string output = "-";
    opts.add_options()
        ("input", po::value(&inputs)->required(), "article files or folders, '-', article JSON Lines")
        ("output,o", po::value(&output), "statements file (JSON Lines); default: standard output")
        ("no-progress", "never print a progress line");
    add_load_options(opts);
    po::positional_options_description pos;
    pos.add("input", -1);
    po::variables_map vm;
    if (!parse_command_line("extract", "INPUT... [-o statements.jsonl] [options]",
                            "Reads news articles (.txt, .md, folders, '-', JSON Lines of articles) "
                            "and writes the entities and relations found in them as statements "
                            "(one JSON object per line, see DESIGN.md). Statement and graph "
                            "inputs are passed through.",
                            args, opts, pos, vm))
        return 0;
    LoadOptions lo = load_options(vm);
    const PhaseTimer& timings = lo.timings;

    std::vector<std::string> article_inputs, other_inputs;
    for (const auto& in : inputs) (is_article_input(in) ? article_inputs : other_inputs).push_back(in);

    StatementSet out;
    if (!article_inputs.empty()) {
        io::Diagnostics diag;
        std::vector<ArticleText> articles =
            timings.time("load", [&] { return io::read_articles(article_inputs, diag); });
        for (const auto& w : diag.warnings) std::cerr << "warning: " << w << "\n";
        if (diag.skipped_lines)
            std::cerr << "warning: " << diag.skipped_lines << " bad line(s) skipped\n";
        extract::ExtractOptions eo;
        eo.co_mentions = lo.co_mentions;
        eo.threads = lo.threads;
        nlp::Models models = timings.time("models", [&] { return load_models(lo); });
        eo.models = &models;
        std::size_t bytes = 0;
        for (const auto& a : articles) bytes += a.text.size();
        if (bytes >= kLargeInput && !vm.count("no-progress") && isatty(STDERR_FILENO))
            eo.progress = ProgressLine(articles.size(), bytes);
        std::vector<std::string> warnings;
        out = timings.time("extract", [&] { return extract::extract(articles, eo, warnings); });
        for (const auto& w : warnings) std::cerr << "warning: " << w << "\n";
    }
    if (!other_inputs.empty()) out.append(load_statements(other_inputs, lo));
    PhaseTimer::Scope timed(timings, "write");
    io::write_file_atomically(output, [&](std::ostream& os) { io::write_statements(out, os); });
    return 0;
}

}  // namespace kg::cli
