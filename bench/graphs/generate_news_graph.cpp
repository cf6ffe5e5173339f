// generate_news_graph: a deterministic news-shaped graph in kgraph's GraphML, for the graph
// benchmarks (bench/graphs/run_graph_bench.py). Not a test; nothing here is linked into kgraph.
//
//   generate_news_graph SIZE OUT.graphml [--seed N]
//   SIZE: M (20k nodes, 100k edges), L (200k / 1M), XL (2M / 10M), or NODES:EDGES
//
// Shape (what a graph built from years of news looks like):
// - typed nodes: 40% Person, 30% Organization, 15% Place, 5% Event, 10% Other;
// - heavy-tailed degrees: the giant part is a Chung-Lu graph whose expected degrees follow a
//   power law (exponent 2.3, so a few hubs such as capitals and governments link to
//   thousands), which leaves some low-weight nodes isolated;
// - small components: 5% of the nodes form separate trees of 2 to 8 nodes (one-off stories);
// - typed, weighted edges: the relation follows the endpoint types (person -> organisation is
//   a role or membership, anything -> place is located_in, person - person meets, ...); the
//   weight (statements behind the edge) is 1 + a geometric count, articles at most the weight.
// One edge per unordered pair and no self-loops, so every tool sees the same simple graph
// whether it reads the file as directed, undirected or as kgraph's connection view.
//
// Deterministic: the same SIZE and seed give the same bytes (splitmix64, no std::
// distributions, whose output differs between standard libraries).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    std::uint64_t below(std::uint64_t n) { return next() % n; }
};

enum Type : std::uint8_t { Person, Organization, Place, Event, Other };
constexpr const char* kTypeName[] = {"Person", "Organization", "Place", "Event", "Other"};
constexpr const char* kIdPrefix[] = {"p", "o", "pl", "ev", "x"};
constexpr const char* kColor[] = {"#1f78b4", "#33a02c", "#ff7f00", "#cab2d6", "#b2b2b2"};

Type type_of(Rng& r) {
    double u = r.unit();
    return u < 0.40 ? Person : u < 0.70 ? Organization : u < 0.85 ? Place : u < 0.90 ? Event : Other;
}

// The relation a news graph would hold between two typed entities; `swap` when the edge
// should point the other way (the place or the employer is the target).
struct Relation {
    const char* name;
    bool swap;
};
Relation relation_of(Type a, Type b, Rng& r) {
    if (b == Place && a != Place) return {"located_in", false};
    if (a == Place && b != Place) return {"located_in", true};
    if (a == Person && b == Organization) return {r.unit() < 0.6 ? "role" : "member_of", false};
    if (a == Organization && b == Person) return {r.unit() < 0.6 ? "role" : "member_of", true};
    if (a == Person && b == Person) {
        static constexpr const char* kPP[] = {"meets", "meets", "meets", "succeeds", "appoints", "accuses",
                                              "supports", "communicates", "family", "related"};
        return {kPP[r.below(10)], false};
    }
    if (a == Organization && b == Organization) {
        static constexpr const char* kOO[] = {"part_of", "opposes", "supports", "investigates", "related"};
        return {kOO[r.below(5)], false};
    }
    if (a == Place && b == Place) return {"part_of", false};
    static constexpr const char* kAny[] = {"related", "supports", "opposes", "related"};
    return {kAny[r.below(4)], false};
}

// Buffered output to a FILE, failing loudly (the benchmark must not time a truncated file).
class Out {
   public:
    explicit Out(const char* path) : f_(std::fopen(path, "wb")), path_(path) {
        if (!f_) throw std::runtime_error(std::string(path) + ": cannot open for writing");
        buf_.reserve(kBuf);
    }
    ~Out() {
        if (f_) std::fclose(f_);
    }
    void put(std::string_view s) {
        buf_.append(s);
        if (buf_.size() >= kBuf) flush();
    }
    void put(std::uint64_t v) {
        char tmp[24];
        auto [end, ec] = std::to_chars(tmp, tmp + sizeof tmp, v);
        (void)ec;
        put(std::string_view(tmp, static_cast<std::size_t>(end - tmp)));
    }
    void close() {
        flush();
        if (std::fclose(f_) != 0) throw std::runtime_error(path_ + ": write failed");
        f_ = nullptr;
    }

   private:
    static constexpr std::size_t kBuf = 1 << 20;
    void flush() {
        if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size())
            throw std::runtime_error(path_ + ": write failed");
        buf_.clear();
    }
    std::FILE* f_;
    std::string path_;
    std::string buf_;
};

// Open-addressing set of unordered pairs (one 64-bit key each).
class PairSet {
   public:
    explicit PairSet(std::size_t expected) {
        std::size_t cap = 16;
        while (cap < expected * 2) cap <<= 1;
        slots_.assign(cap, kEmpty);
    }
    bool insert(std::uint32_t a, std::uint32_t b) {
        std::uint64_t key = (static_cast<std::uint64_t>(std::min(a, b)) << 32) | std::max(a, b);
        std::size_t mask = slots_.size() - 1;
        std::uint64_t h = key * 0x9E3779B97F4A7C15ull;
        for (std::size_t i = (h >> 17) & mask;; i = (i + 1) & mask) {
            if (slots_[i] == key) return false;
            if (slots_[i] == kEmpty) {
                slots_[i] = key;
                return true;
            }
        }
    }

   private:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
    std::vector<std::uint64_t> slots_;
};

struct Edge {
    std::uint32_t source, target;
    const char* relation;
    std::uint32_t weight, articles;
};

void usage() {
    std::fprintf(stderr, "usage: generate_news_graph M|L|XL|NODES:EDGES OUT.graphml [--seed N]\n");
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 5) usage();
    std::string size = argv[1];
    std::uint64_t nodes = 0, edges = 0, seed = 11;
    if (size == "M") nodes = 20'000, edges = 100'000;
    else if (size == "L") nodes = 200'000, edges = 1'000'000;
    else if (size == "XL") nodes = 2'000'000, edges = 10'000'000;
    else if (auto colon = size.find(':'); colon != std::string::npos) {
        nodes = std::strtoull(size.c_str(), nullptr, 10);
        edges = std::strtoull(size.c_str() + colon + 1, nullptr, 10);
    }
    if (argc == 5) {
        if (std::strcmp(argv[3], "--seed") != 0) usage();
        seed = std::strtoull(argv[4], nullptr, 10);
    }
    if (nodes < 100 || edges < nodes / 2 || edges > nodes * (nodes - 1) / 4) usage();
    try {
        Rng rng{seed};
        std::vector<Type> type(nodes);
        for (auto& t : type) t = type_of(rng);

        // Small components: trees over the last 5% of the nodes.
        const std::uint64_t giant = nodes - nodes / 20;
        PairSet seen(edges);
        std::vector<Edge> out;
        out.reserve(edges);
        auto add = [&](std::uint32_t a, std::uint32_t b) {
            if (a == b || !seen.insert(a, b)) return false;
            Relation rel = relation_of(type[a], type[b], rng);
            if (rel.swap) std::swap(a, b);
            std::uint32_t w = 1;
            while (w < 50 && rng.unit() < 0.35) ++w;
            std::uint32_t articles = 1 + static_cast<std::uint32_t>(rng.below(w));
            out.push_back({a, b, rel.name, w, articles});
            return true;
        };
        for (std::uint64_t first = giant; first < nodes;) {
            std::uint64_t n = std::min<std::uint64_t>(2 + rng.below(7), nodes - first);
            for (std::uint64_t k = 1; k < n; ++k)
                add(static_cast<std::uint32_t>(first + k), static_cast<std::uint32_t>(first + rng.below(k)));
            first += n;
        }

        // The giant part: Chung-Lu on power-law expected degrees, endpoints drawn by their
        // cumulative weight (binary search).
        const double exponent = 2.3;
        std::vector<double> cumulative(giant);
        double total = 0;
        for (std::uint64_t i = 0; i < giant; ++i) {
            total += std::pow(static_cast<double>(i + 1), -1.0 / (exponent - 1));
            cumulative[i] = total;
        }
        // Node order decides who is a hub: shuffle so hubs have every type and id.
        std::vector<std::uint32_t> rank(giant);
        for (std::uint64_t i = 0; i < giant; ++i) rank[i] = static_cast<std::uint32_t>(i);
        for (std::uint64_t i = giant; i > 1; --i) std::swap(rank[i - 1], rank[rng.below(i)]);
        auto draw = [&]() {
            double u = rng.unit() * total;
            auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
            std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()), giant - 1);
            return rank[i];
        };
        std::uint64_t attempts = 0;
        while (out.size() < edges) {
            if (++attempts > edges * 50) throw std::runtime_error("too dense: cannot place the edges");
            add(draw(), draw());
        }
        cumulative = {};

        Out f(argv[2]);
        f.put(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            "  <key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
            "  <key id=\"n_type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
            "  <key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n"
            "  <key id=\"n_color\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n"
            "  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
            "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
            "  <key id=\"e_articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"long\"/>\n"
            "  <graph id=\"news\" edgedefault=\"directed\">\n");
        std::vector<std::uint32_t> mentions(nodes, 0);
        for (const Edge& e : out) mentions[e.source] += e.weight, mentions[e.target] += e.weight;
        for (std::uint64_t i = 0; i < nodes; ++i) {
            f.put("    <node id=\"");
            f.put(kIdPrefix[type[i]]);
            f.put(i);
            f.put("\"><data key=\"n_label\">");
            f.put(kTypeName[type[i]]);
            f.put(" ");
            f.put(i);
            f.put("</data><data key=\"n_type\">");
            f.put(kTypeName[type[i]]);
            f.put("</data><data key=\"n_mentions\">");
            f.put(std::max<std::uint64_t>(1, mentions[i]));
            f.put("</data><data key=\"n_color\">");
            f.put(kColor[type[i]]);
            f.put("</data></node>\n");
        }
        for (std::uint64_t k = 0; k < out.size(); ++k) {
            const Edge& e = out[k];
            f.put("    <edge id=\"e");
            f.put(k);
            f.put("\" source=\"");
            f.put(kIdPrefix[type[e.source]]);
            f.put(e.source);
            f.put("\" target=\"");
            f.put(kIdPrefix[type[e.target]]);
            f.put(e.target);
            f.put("\"><data key=\"e_type\">");
            f.put(e.relation);
            f.put("</data><data key=\"e_weight\">");
            f.put(e.weight);
            f.put("</data><data key=\"e_articles\">");
            f.put(e.articles);
            f.put("</data></edge>\n");
        }
        f.put("  </graph>\n</graphml>\n");
        f.close();
        std::fprintf(stderr, "%s: %llu nodes, %zu edges\n", argv[2], static_cast<unsigned long long>(nodes),
                     out.size());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "generate_news_graph: %s\n", e.what());
        return 1;
    }
    return 0;
}
