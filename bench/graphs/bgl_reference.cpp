// bgl_reference: the plain Boost.Graph program that kgraph's analyses are measured against
// (bench/graphs/run_graph_bench.py). It reads a GraphML file's node ids and edge ends (a plain
// scan, not timed against anything), builds an undirected adjacency_list<vecS, vecS,
// undirectedS>, and times Boost's own algorithms in-process on one thread:
//   components    boost::connected_components
//   degree        out_degree of every vertex
//   betweenness   boost::brandes_betweenness_centrality (exact), rescaled as NetworkX does
//   closeness     one boost::breadth_first_search per vertex (Boost's closeness_centrality
//                 needs an n x n distance matrix), Wasserman-Faust corrected as NetworkX does
//   pagerank      boost::graph::page_rank until the L1 change of the ranks scaled to sum 1
//                 is below n * 1e-6, NetworkX's test (Boost's version has no dangling-node
//                 handling; the cost per iteration is the point)
//
//   bgl_reference GRAPH.graphml [TASK,...] [--values DIR]
// Prints one JSON object per task on stdout: {"task": NAME, "seconds": S, ...}; with --values,
// writes DIR/bgl.TASK.txt, one value per node in file order, for the runner's agreement check.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// The value of attribute `name` in the tag starting at `at` (no entity decoding: the
// generated files use plain ids).
std::string attribute(const std::string& text, std::size_t at, const char* name) {
    std::size_t end = text.find('>', at);
    std::string key = std::string(" ") + name + "=\"";
    std::size_t p = text.find(key, at);
    if (p == std::string::npos || p > end) throw std::runtime_error(std::string("missing ") + name);
    p += key.size();
    return text.substr(p, text.find('"', p) - p);
}

Graph read_graph(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string(path) + ": cannot open");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t p = text.find("<node "); p != std::string::npos; p = text.find("<node ", p + 1))
        index.emplace(attribute(text, p, "id"), index.size());
    for (std::size_t p = text.find("<edge "); p != std::string::npos; p = text.find("<edge ", p + 1)) {
        std::size_t s = index.at(attribute(text, p, "source")), t = index.at(attribute(text, p, "target"));
        if (s == t || !pairs.emplace(std::min(s, t), std::max(s, t)).second) continue;  // a simple graph
        edges.emplace_back(s, t);
    }
    return Graph(edges.begin(), edges.end(), index.size());
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void write_values(const std::string& dir, const std::string& task, const std::vector<double>& v) {
    if (dir.empty()) return;
    std::ofstream out(dir + "/bgl." + task + ".txt");
    char buf[32];
    for (double x : v) {
        std::snprintf(buf, sizeof buf, "%.17g\n", x);
        out << buf;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bgl_reference GRAPH.graphml [TASK,...] [--values DIR]\n";
        return 2;
    }
    std::string tasks = "components,degree,betweenness,closeness,pagerank", values_dir;
    for (int i = 2; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--values" && i + 1 < argc) values_dir = argv[++i];
        else tasks = a;
    }
    try {
        auto t0 = std::chrono::steady_clock::now();
        Graph g = read_graph(argv[1]);
        const std::size_t n = boost::num_vertices(g);
        std::printf("{\"task\": \"load\", \"seconds\": %.6f, \"nodes\": %zu, \"edges\": %zu}\n", seconds_since(t0), n,
                    static_cast<std::size_t>(boost::num_edges(g)));
        std::stringstream list(tasks);
        for (std::string task; std::getline(list, task, ',');) {
            auto t = std::chrono::steady_clock::now();
            std::vector<double> values;
            std::string extra;
            if (task == "components") {
                std::vector<int> comp(n);
                int count = boost::connected_components(g, comp.data());
                extra = ", \"components\": " + std::to_string(count);
            } else if (task == "degree") {
                values.resize(n);
                for (std::size_t v = 0; v < n; ++v) values[v] = static_cast<double>(boost::out_degree(v, g));
            } else if (task == "betweenness") {
                values.assign(n, 0.0);
                boost::brandes_betweenness_centrality(
                    g, boost::make_iterator_property_map(values.begin(), boost::get(boost::vertex_index, g)));
                // Boost counts each undirected pair once, as NetworkX does before its
                // normalisation by 2 / ((n-1)(n-2)).
                if (n > 2)
                    for (double& x : values) x *= 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
            } else if (task == "closeness") {
                values.assign(n, 0.0);
                std::vector<std::size_t> dist(n);
                std::vector<boost::default_color_type> color(n);
                auto cmap = boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, g));
                for (std::size_t s = 0; s < n; ++s) {
                    std::fill(dist.begin(), dist.end(), std::size_t(-1));
                    dist[s] = 0;
                    boost::breadth_first_search(
                        g, s,
                        boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                           boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, g)),
                                           boost::on_tree_edge())))
                            .color_map(cmap));
                    double total = 0, reached = 0;
                    for (std::size_t d : dist)
                        if (d != std::size_t(-1)) total += static_cast<double>(d), reached += 1;
                    if (total > 0 && n > 1)
                        values[s] = (reached - 1) / total * (reached - 1) / static_cast<double>(n - 1);
                }
            } else if (task == "pagerank") {
                values.assign(n, 1.0 / static_cast<double>(n));
                std::vector<double> previous = values;
                std::size_t iterations = 0;
                bool started = false;  // Boost asks before the first step too
                auto done = [&](const auto& rank, const Graph&) {
                    if (!started) return !(started = true);
                    // Boost's ranks sum to about n, NetworkX's (and kgraph's) to 1: the change
                    // is measured on the latter scale, so that both stop after the same work.
                    double change = 0;
                    for (std::size_t v = 0; v < n; ++v) change += std::fabs(rank[v] - previous[v]) / static_cast<double>(n);
                    for (std::size_t v = 0; v < n; ++v) previous[v] = rank[v];
                    ++iterations;
                    return change < static_cast<double>(n) * 1e-6 || iterations >= 100;
                };
                auto rank = boost::make_iterator_property_map(values.begin(), boost::get(boost::vertex_index, g));
                boost::graph::page_rank(g, rank, done, 0.85);
                extra = ", \"iterations\": " + std::to_string(iterations);
                // Boost's ranks are (1 - d) + d * sum, summing to about n: scaled to sum to 1.
                for (double& x : values) x /= static_cast<double>(n);
            } else {
                std::cerr << "bgl_reference: unknown task " << task << "\n";
                return 2;
            }
            std::printf("{\"task\": \"%s\", \"seconds\": %.6f%s}\n", task.c_str(), seconds_since(t), extra.c_str());
            std::fflush(stdout);
            write_values(values_dir, task, values);
        }
    } catch (const std::exception& e) {
        std::cerr << "bgl_reference: " << argv[1] << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
