#include "graph/name_lookup.hpp"

#include <algorithm>
#include <limits>
#include <sstream>
#include <tuple>

#include "graph/errors.hpp"
#include "graph/names.hpp"

namespace kg {
namespace {

std::vector<std::string> split_words(std::string_view key) {
    std::vector<std::string> words;
    std::istringstream in{std::string(key)};
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

// The name keys a node answers to: its label and aliases.
std::vector<std::string> node_keys(const NodeProps& p) {
    std::vector<std::string> keys{name_key(p.label)};
    for (const auto& a : p.aliases) keys.push_back(name_key(a));
    keys.erase(std::remove(keys.begin(), keys.end(), std::string()), keys.end());
    return keys;
}

bool contains_all_words(const std::string& key, const std::vector<std::string>& words) {
    std::vector<std::string> have = split_words(key);
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        return std::find(have.begin(), have.end(), w) != have.end();
    });
}

std::u32string code_points(std::string_view s) {
    std::u32string out;
    for (std::size_t pos = 0; pos < s.size();) out.push_back(decode_utf8(s, pos));
    return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::u32string x = code_points(a), y = code_points(b);
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[y.size()];
}

std::string describe_node(const KnowledgeGraph& kg, Vertex v) {
    return kg.g[v].label + " (" + std::string(to_string(kg.g[v].type)) + ")";
}

NameMatch resolve_name(const KnowledgeGraph& kg, std::string_view typed,
                       std::optional<NodeType> type, std::size_t max_suggestions) {
    NameMatch m;
    const std::string key = name_key(typed);
    const std::vector<std::string> words = split_words(key);
    auto eligible = [&](Vertex v) { return !type || kg.g[v].type == *type; };
    auto by_label = [&](Vertex a, Vertex b) {
        return std::tie(kg.g[a].label, kg.g[a].id) < std::tie(kg.g[b].label, kg.g[b].id);
    };
    // Candidates most mentioned first: the one a reader most likely means heads the list.
    auto by_prominence = [&](Vertex a, Vertex b) {
        if (kg.g[a].mentions != kg.g[b].mentions) return kg.g[a].mentions > kg.g[b].mentions;
        return by_label(a, b);
    };
    auto settle = [&](std::vector<Vertex> hits) {
        std::sort(hits.begin(), hits.end());
        hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
        std::sort(hits.begin(), hits.end(), by_prominence);
        if (hits.size() == 1) {
            m.kind = NameMatch::Kind::found;
            m.vertex = hits.front();
        } else {
            m.kind = NameMatch::Kind::ambiguous;
            m.candidates = std::move(hits);
        }
        return m;
    };
    std::vector<Vertex> vertices;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g)))
        if (eligible(v)) vertices.push_back(v);

    std::vector<Vertex> hits;
    for (Vertex v : vertices)
        if (kg.g[v].id == typed) hits.push_back(v);
    if (!hits.empty()) return settle(hits);
    using Rule = bool (*)(const std::string& node_key, const std::string& key,
                          const std::vector<std::string>& words);
    const Rule rules[] = {
        [](const std::string& nk, const std::string& k, const std::vector<std::string>&) {
            return nk == k;
        },
        [](const std::string& nk, const std::string& k, const std::vector<std::string>& w) {
            return w.size() == 1 && last_word(nk) == k;
        },
        [](const std::string& nk, const std::string&, const std::vector<std::string>& w) {
            return !w.empty() && contains_all_words(nk, w);
        },
    };
    if (!key.empty())
        for (Rule rule : rules) {
            for (Vertex v : vertices)
                for (const auto& nk : node_keys(kg.g[v]))
                    if (rule(nk, key, words)) {
                        hits.push_back(v);
                        break;
                    }
            if (!hits.empty()) return settle(hits);
        }

    // Unknown: the closest names.
    std::vector<std::pair<std::size_t, Vertex>> scored;
    for (Vertex v : vertices) {
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (const auto& nk : node_keys(kg.g[v])) {
            best = std::min(best, edit_distance(key, nk));
            if (words.size() == 1) best = std::min(best, edit_distance(key, last_word(nk)));
        }
        scored.emplace_back(best, v);
    }
    std::sort(scored.begin(), scored.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        return by_label(a.second, b.second);
    });
    for (std::size_t i = 0; i < scored.size() && i < max_suggestions; ++i)
        m.suggestions.push_back(scored[i].second);
    m.kind = NameMatch::Kind::unknown;
    return m;
}

Vertex require_name(const KnowledgeGraph& kg, std::string_view typed,
                    std::optional<NodeType> type) {
    NameMatch m = resolve_name(kg, typed, type);
    if (m.kind == NameMatch::Kind::found) return m.vertex;
    std::string msg;
    if (m.kind == NameMatch::Kind::unknown) {
        msg = "unknown name '" + std::string(typed) + "'";
        if (!m.suggestions.empty()) msg += "; closest: ";
        for (std::size_t i = 0; i < m.suggestions.size(); ++i) {
            if (i) msg += ", ";
            msg += describe_node(kg, m.suggestions[i]);
        }
        throw InputError(msg);
    }
    // Each candidate with its id, which names it without doubt, most mentioned first.
    constexpr std::size_t kShown = 10;
    msg = "ambiguous name '" + std::string(typed) + "' (give a fuller name or an id): ";
    for (std::size_t i = 0; i < m.candidates.size() && i < kShown; ++i) {
        const NodeProps& n = kg.g[m.candidates[i]];
        if (i) msg += ", ";
        msg += n.label + " (" + std::string(to_string(n.type)) + ", " +
               std::to_string(n.mentions) + (n.mentions == 1 ? " mention" : " mentions") +
               ", id " + n.id + ")";
    }
    if (m.candidates.size() > kShown)
        msg += " and " + std::to_string(m.candidates.size() - kShown) + " more";
    throw InputError(msg);
}

}  // namespace kg
