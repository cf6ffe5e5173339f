// The generated graphs of fixtures/reference.json and NetworkX's values on them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/connection_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace kgtest {

struct FixtureEdge {
    std::size_t source = 0;
    std::size_t target = 0;
    double weight = 1.0;
    kg::Relation relation = kg::Relation::related;
};

// Pairs with NetworkX's shortest_simple_paths lengths (first 8) and all_shortest_paths count.
struct PathCase {
    std::size_t source = 0;
    std::size_t target = 0;
    std::vector<double> k_lengths, k_lengths_weighted;
    std::size_t all_count = 0, all_count_weighted = 0;
};

struct FixtureGraph {
    std::string name;
    bool directed = false;
    std::size_t nodes = 0;
    std::size_t links = 0;  // links of NetworkX's simple graph
    std::vector<FixtureEdge> edges;
    // Expected vectors by name ("betweenness_weighted"); nullopt where NetworkX did not
    // converge.
    std::map<std::string, std::optional<std::vector<double>>> expected;
    std::map<std::string, double> scalars;  // "modularity", ...
    std::vector<PathCase> paths;
    std::vector<std::string> node_ids;  // the sample graph's node ids, by index

    const std::vector<double>& vec(const std::string& key) const;
};

// Every graph of fixtures/reference.json.
const std::vector<FixtureGraph>& fixture_graphs();
const FixtureGraph& fixture_graph(const std::string& name);

// A KnowledgeGraph with nodes "n0", "n1", ... and the fixture's edges, in order.
kg::KnowledgeGraph to_knowledge_graph(const FixtureGraph& f);

// |a - b| within `rel` of the larger magnitude (values below 1e-300 compare as 0).
bool close(double a, double b, double rel = 1e-9);

// The largest relative difference between two vectors, for messages.
double max_relative_error(const std::vector<double>& got, const std::vector<double>& want);

}  // namespace kgtest
