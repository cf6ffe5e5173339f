#include "graph/centrality/single_source.hpp"

#include <functional>
#include <queue>
#include <tuple>

namespace kg::detail {

void SearchState::reset() {
    for (std::size_t v : touched) {
        dist[v] = kUnreached;
        seen[v] = kUnreached;
        sigma[v] = 0.0;
        preds[v].clear();
    }
    touched.clear();
    order.clear();
}

namespace {

void breadth_first(const Adjacency& adj, std::size_t s, bool count_paths, SearchState& st) {
    st.dist[s] = 0.0;
    st.sigma[s] = 1.0;
    st.touched.push_back(s);
    st.order.push_back(s);
    for (std::size_t head = 0; head < st.order.size(); ++head) {
        std::size_t v = st.order[head];
        double dv = st.dist[v];
        for (const Neighbor& nb : adj[v]) {
            std::size_t w = nb.node;
            if (st.dist[w] == SearchState::kUnreached) {
                st.dist[w] = dv + 1.0;
                st.touched.push_back(w);
                st.order.push_back(w);
            }
            if (count_paths && st.dist[w] == dv + 1.0) {
                st.sigma[w] += st.sigma[v];
                st.preds[w].push_back(v);
            }
        }
    }
}

void dijkstra(const Adjacency& adj, std::size_t s, bool count_paths, SearchState& st) {
    // (distance, push counter, predecessor, node): ties pop in push order, as in NetworkX.
    using Entry = std::tuple<double, std::size_t, std::size_t, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    std::size_t counter = 0;
    st.sigma[s] = 1.0;
    st.seen[s] = 0.0;
    st.touched.push_back(s);
    queue.emplace(0.0, counter++, s, s);
    while (!queue.empty()) {
        auto [d, c, pred, v] = queue.top();
        queue.pop();
        if (st.dist[v] != SearchState::kUnreached) continue;
        if (count_paths && v != s) st.sigma[v] += st.sigma[pred];
        st.order.push_back(v);
        st.dist[v] = d;
        for (const Neighbor& nb : adj[v]) {
            if (!(nb.weight > 0.0)) continue;
            std::size_t w = nb.node;
            double vw = d + link_distance(nb.weight);
            bool settled = st.dist[w] != SearchState::kUnreached;
            if (!settled && vw < st.seen[w]) {
                if (st.seen[w] == SearchState::kUnreached) st.touched.push_back(w);
                st.seen[w] = vw;
                queue.emplace(vw, counter++, v, w);
                if (count_paths) {
                    st.sigma[w] = 0.0;
                    st.preds[w].assign(1, v);
                }
            } else if (vw == st.seen[w] && count_paths) {
                st.sigma[w] += st.sigma[v];
                st.preds[w].push_back(v);
            }
        }
    }
}

}  // namespace

void single_source_search(const Adjacency& adj, std::size_t s, bool weighted, bool count_paths,
                          SearchState& state) {
    state.reset();
    if (weighted)
        dijkstra(adj, s, count_paths, state);
    else
        breadth_first(adj, s, count_paths, state);
}

}  // namespace kg::detail
