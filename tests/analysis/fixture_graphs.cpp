#include "fixture_graphs.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kgtest {
namespace {

std::vector<FixtureGraph> load() {
    std::ifstream in(std::string(KGRAPH_ANALYSIS_FIXTURES) + "/reference.json");
    if (!in) throw std::runtime_error("cannot open fixtures/reference.json");
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseFullPrecisionFlag>(text.c_str());
    if (doc.HasParseError()) throw std::runtime_error("reference.json does not parse");
    std::vector<FixtureGraph> out;
    for (const auto& g : doc["graphs"].GetArray()) {
        FixtureGraph f;
        f.name = g["name"].GetString();
        f.directed = g["directed"].GetBool();
        f.nodes = g["nodes"].GetUint64();
        f.links = g["links"].GetUint64();
        for (const auto& e : g["edges"].GetArray()) {
            auto rel = kg::parse_relation(e[3].GetString());
            if (!rel) throw std::runtime_error("unknown relation in reference.json");
            f.edges.push_back({e[0].GetUint64(), e[1].GetUint64(), e[2].GetDouble(), *rel});
        }
        for (const auto& m : g["expected"].GetObject()) {
            std::string key = m.name.GetString();
            if (m.value.IsNull()) {
                f.expected[key] = std::nullopt;
            } else if (m.value.IsArray()) {
                std::vector<double> v;
                for (const auto& x : m.value.GetArray()) v.push_back(x.GetDouble());
                f.expected[key] = std::move(v);
            } else {
                f.scalars[key] = m.value.GetDouble();
            }
        }
        if (g.HasMember("node_ids"))
            for (const auto& id : g["node_ids"].GetArray()) f.node_ids.emplace_back(id.GetString());
        if (g.HasMember("paths"))
            for (const auto& pc : g["paths"].GetArray()) {
                PathCase c;
                c.source = pc["source"].GetUint64();
                c.target = pc["target"].GetUint64();
                for (const auto& x : pc["k_lengths"].GetArray()) c.k_lengths.push_back(x.GetDouble());
                for (const auto& x : pc["k_lengths_weighted"].GetArray())
                    c.k_lengths_weighted.push_back(x.GetDouble());
                c.all_count = pc["all_count"].GetUint64();
                c.all_count_weighted = pc["all_count_weighted"].GetUint64();
                f.paths.push_back(std::move(c));
            }
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace

const std::vector<double>& FixtureGraph::vec(const std::string& key) const {
    auto it = expected.find(key);
    if (it == expected.end() || !it->second)
        throw std::runtime_error(name + ": no expected " + key);
    return *it->second;
}

const std::vector<FixtureGraph>& fixture_graphs() {
    static const std::vector<FixtureGraph> graphs = load();
    return graphs;
}

const FixtureGraph& fixture_graph(const std::string& name) {
    for (const auto& g : fixture_graphs())
        if (g.name == name) return g;
    throw std::runtime_error("no fixture graph " + name);
}

kg::KnowledgeGraph to_knowledge_graph(const FixtureGraph& f) {
    kg::KnowledgeGraph k;
    for (std::size_t i = 0; i < f.nodes; ++i) {
        kg::NodeProps p;
        p.id = "n" + std::to_string(i);
        p.label = "Node " + std::to_string(i);
        p.type = kg::NodeType::Person;
        k.add_node(std::move(p));
    }
    for (std::size_t i = 0; i < f.edges.size(); ++i) {
        const FixtureEdge& e = f.edges[i];
        kg::EdgeProps p;
        p.id = "e" + std::to_string(i);
        p.type = e.relation;
        p.weight = e.weight;
        p.labels = {std::string(kg::to_string(e.relation))};
        kg::Evidence ev;
        ev.article = "fixture";
        ev.sentence = static_cast<int>(i);
        ev.text = "Sentence " + std::to_string(i) + ".";
        p.evidence.push_back(ev);
        k.add_edge(e.source, e.target, std::move(p));
    }
    return k;
}

bool close(double a, double b, double rel) {
    if (std::fabs(a) < 1e-300 && std::fabs(b) < 1e-300) return true;
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

double max_relative_error(const std::vector<double>& got, const std::vector<double>& want) {
    double worst = got.size() == want.size() ? 0.0 : INFINITY;
    for (std::size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
        double scale = std::max(std::fabs(got[i]), std::fabs(want[i]));
        if (scale < 1e-300) continue;
        worst = std::max(worst, std::fabs(got[i] - want[i]) / scale);
    }
    return worst;
}

}  // namespace kgtest
