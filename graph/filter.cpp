// The selection and the filters, in the order filter.hpp documents.
#include "graph/filter.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "graph/errors.hpp"

namespace kg {

bool EdgeSelection::keeps(const EdgeProps& edge) const {
    if (!relations.empty()) {
        if (std::find(relations.begin(), relations.end(), edge.type) == relations.end()) return false;
    } else if (edge.type == Relation::co_mention && !co_mentions) {
        return false;
    }
    return hedged || !(edge.flags & (kHedged | kNegated));
}

bool EdgeSelection::keeps(const NodeProps& node) const {
    return types.empty() || std::find(types.begin(), types.end(), node.type) != types.end();
}

ConnectionOptions connection_options(const EdgeSelection& selection, bool directed) {
    ConnectionOptions o;
    o.directed = directed;
    o.include_co_mentions = selection.co_mentions;
    o.skip_hedged = !selection.hedged;
    o.include_media = selection.media;
    o.relations = selection.relations;
    return o;
}

KnowledgeGraph induced_subgraph(const KnowledgeGraph& kg, const std::vector<char>& keep_node,
                                const std::vector<char>& keep_edge) {
    KnowledgeGraph out;
    out.node_attrs = kg.node_attrs;
    out.edge_attrs = kg.edge_attrs;
    out.articles = kg.articles;
    std::vector<std::optional<Vertex>> new_vertex(kg.node_count());
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g)))
        if (keep_node[v]) new_vertex[v] = out.add_node(kg.g[v]);
    const std::vector<Edge> edges = edges_in_order(kg);
    const auto kept = [&](std::size_t i) {
        return (keep_edge.empty() || keep_edge[i]) && new_vertex[boost::source(edges[i], kg.g)] &&
               new_vertex[boost::target(edges[i], kg.g)];
    };
    std::size_t kept_edges = 0;
    for (std::size_t i = 0; i < edges.size(); ++i) kept_edges += kept(i) ? 1 : 0;
    out.reserve_edges(kept_edges);
    for (std::size_t i = 0; i < edges.size(); ++i)
        if (kept(i))
            out.add_edge(*new_vertex[boost::source(edges[i], kg.g)], *new_vertex[boost::target(edges[i], kg.g)],
                         kg.g[edges[i]]);
    return out;
}

namespace {

bool all_set(const std::vector<char>& keep) {
    return std::all_of(keep.begin(), keep.end(), [](char c) { return c != 0; });
}

// Replaces kg by the nodes marked in keep (and the edges among them), unless every one is.
void keep_nodes(KnowledgeGraph& kg, const std::vector<char>& keep) {
    if (!all_set(keep)) kg = induced_subgraph(kg, keep);
}

// 1. The selection's types and relations, and the weight floor.
void select(KnowledgeGraph& kg, const GraphFilter& f) {
    std::vector<char> keep_node(kg.node_count(), 1);
    for (std::size_t v = 0; v < keep_node.size(); ++v)
        keep_node[v] = f.selection.keeps(kg.g[v]) && !(f.drop_outlets && kg.g[v].media);
    const auto keeps = [&](const EdgeProps& e) {
        return f.selection.keeps(e) && (!f.min_weight || e.weight >= *f.min_weight);
    };
    // Mostly nothing is left out: tell that from the edges in any order before ordering them.
    const auto edge_range = boost::make_iterator_range(boost::edges(kg.g));
    if (all_set(keep_node) &&
        std::all_of(edge_range.begin(), edge_range.end(), [&](const Edge& e) { return keeps(kg.g[e]); }))
        return;
    const std::vector<Edge> edges = edges_in_order(kg);
    std::vector<char> keep_edge(edges.size(), 1);
    for (std::size_t i = 0; i < edges.size(); ++i) keep_edge[i] = keeps(kg.g[edges[i]]);
    kg = induced_subgraph(kg, keep_node, keep_edge);
}

// 2. The entities named by --exclude.
void exclude(KnowledgeGraph& kg, const GraphFilter& f) {
    if (f.exclude.empty()) return;
    std::vector<char> keep(kg.node_count(), 1);
    for (const auto& id : f.exclude)
        if (auto v = kg.find_node_id(id)) keep[*v] = 0;
    keep_nodes(kg, keep);
}

// 3. Entities with fewer than min_degree neighbours.
void degree_floor(KnowledgeGraph& kg, const GraphFilter& f) {
    if (f.min_degree == 0) return;
    const ConnectionGraph g = connection_graph(kg, connection_options(f.selection));
    std::vector<char> keep(kg.node_count());
    for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = g.out[v].size() >= f.min_degree;
    keep_nodes(kg, keep);
}

// 4. The ego network, isolated entities, the largest component.
void components(KnowledgeGraph& kg, const GraphFilter& f) {
    const ConnectionOptions view = connection_options(f.selection);
    if (f.ego) {
        const auto center = kg.find_node_id(*f.ego);
        if (!center) throw InputError("the entity of --ego (" + *f.ego + ") is left out by the other filters");
        const auto dist = ego_distances(kg, *center, f.ego_depth, view);
        std::vector<char> keep(kg.node_count());
        for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = dist[v].has_value();
        keep_nodes(kg, keep);
    }
    if (f.drop_isolates) {
        const ConnectionGraph g = connection_graph(kg, view);
        std::vector<char> keep(kg.node_count());
        for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = !g.out[v].empty();
        keep_nodes(kg, keep);
    }
    if (f.largest_component && kg.node_count() > 0) {
        const std::vector<std::size_t> comp = connected_components(connection_graph(kg, view));
        std::map<std::size_t, std::size_t> size;
        for (std::size_t c : comp) ++size[c];
        std::size_t best = 0;
        for (const auto& [c, n] : size)
            if (n > size[best]) best = c;  // map order: ties keep the smallest node's component
        std::vector<char> keep(kg.node_count());
        for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = comp[v] == best;
        keep_nodes(kg, keep);
    }
}

// 5. The top N by a measure.
void top(KnowledgeGraph& kg, const GraphFilter& f, const AnalysisOptions& analysis) {
    if (!f.top || *f.top >= kg.node_count()) return;
    AnalysisOptions o = analysis;
    o.connection = connection_options(f.selection, analysis.connection.directed);
    const Measures m = compute_measures(kg, o, {f.by});
    const std::vector<std::size_t> order = rank_nodes(kg, m, f.by);
    std::vector<char> keep(kg.node_count(), 0);
    for (std::size_t i = 0; i < *f.top; ++i) keep[order[i]] = 1;
    keep_nodes(kg, keep);
}

}  // namespace

KnowledgeGraph filter_graph(KnowledgeGraph kg, const GraphFilter& filter, const AnalysisOptions& analysis) {
    select(kg, filter);
    exclude(kg, filter);
    degree_floor(kg, filter);
    components(kg, filter);
    top(kg, filter, analysis);
    return kg;
}

std::vector<std::size_t> rank_nodes(const KnowledgeGraph& kg, const std::vector<double>& values, bool ascending,
                                    std::size_t limit) {
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Node ids are distinct, so the order is total and a partial sort's first rows are the sort's.
    const auto before = [&](std::size_t a, std::size_t b) {
        if (values[a] != values[b]) return ascending ? values[a] < values[b] : values[a] > values[b];
        if (kg.g[a].label != kg.g[b].label) return kg.g[a].label < kg.g[b].label;
        return kg.g[a].id < kg.g[b].id;
    };
    if (limit < order.size()) {
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(limit), order.end(), before);
        order.resize(limit);
    } else {
        std::sort(order.begin(), order.end(), before);
    }
    return order;
}

std::vector<std::size_t> rank_nodes(const KnowledgeGraph& kg, const Measures& values, Measure by) {
    std::vector<double> v(kg.node_count());
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = values.value(by, i);
    return rank_nodes(kg, v, by == Measure::community);
}

}  // namespace kg
