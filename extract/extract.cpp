#include "extract/extract.hpp"

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#include "extract/article_pipeline.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {
namespace {

struct ArticleResult {
    StatementSet statements;
    std::vector<std::string> warnings;
};

}  // namespace

StatementSet extract(const std::vector<ArticleText>& articles, const ExtractOptions& options,
                     std::vector<std::string>& warnings) {
    const Lexicon lexicon;
    std::vector<ArticleResult> results(articles.size());
    unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(articles.size(), 1)));

    // Workers take the next article; each result goes to its article's slot, so the merge
    // below is in article order whatever the thread count.
    std::atomic<std::size_t> next{0}, done{0}, bytes{0};
    auto work = [&] {
        TokenScratch scratch;  // this worker's tokenizer memory
        AnalysedArticle work;  // and analysis memory
        std::optional<nlp::Annotator> core;  // and the NLP core's buffers
        if (options.models) core.emplace(*options.models);
        for (std::size_t i; (i = next.fetch_add(1)) < articles.size();) {
            results[i].statements = extract_article(articles[i], lexicon, options, results[i].warnings, &scratch,
                                                    &work, core ? &*core : nullptr);
            bytes += articles[i].text.size();
            ++done;
        }
    };
    if (threads <= 1 && !options.progress) {
        work();
    } else {
        std::vector<std::jthread> pool;
        pool.reserve(threads);
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
        // The calling thread reports progress while the workers run.
        while (options.progress && done.load() < articles.size()) {
            options.progress(done.load(), bytes.load());
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
    if (options.progress) options.progress(done.load(), bytes.load());

    // Room for everything first: the merge then moves each statement once.
    StatementSet out;
    std::size_t articles_total = 0, entities_total = 0, statements_total = 0;
    for (const ArticleResult& r : results) {
        articles_total += r.statements.articles.size();
        entities_total += r.statements.entities.size();
        statements_total += r.statements.statements.size();
    }
    out.articles.reserve(articles_total);
    out.entities.reserve(entities_total);
    out.statements.reserve(statements_total);
    for (ArticleResult& r : results) {
        out.append(std::move(r.statements));
        for (std::string& w : r.warnings) warnings.push_back(std::move(w));
    }
    return out;
}

}  // namespace kg::extract
