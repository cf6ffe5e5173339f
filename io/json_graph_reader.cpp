// Reading node-link JSON: the files write_json produces and those NetworkX's node_link_data
// writes ("links" or "edges"). Known keys fill NodeProps/EdgeProps through the same column
// rules as the GraphML reader (io/columns.hpp); every other key is kept as an extra column.
//
// Documented choices:
// - ids may be strings or numbers (numbers become their JSON text: 7 -> "7");
// - a node without "label" is labelled by its id; without "type" it is Other;
// - node types other tools write are mapped (PERSON -> Person, ORG -> Organization, GPE ->
//   Place ...: map_foreign_node_type); an unknown node or edge type becomes Other / related,
//   and the original word is kept in the extra column "original_type" so that nothing is lost;
// - "aliases", "label" and "flags" may be "a|b" strings or arrays of strings;
// - an extra column's kind is Long when every value is an integer, Double when every value
//   is a number, Boolean or String when every value is one; integers mixed with other numbers
//   give Double; any other mix, and lists or objects (kept as their JSON text), give String;
//   null is "no value";
// - evidence comes from "evidence_all" when present, else from "evidence",
//   "evidence_article" and "evidence_sentence"; an edge without "articles" counts the
//   distinct articles of its evidence;
// - graph-level data ("directed", "multigraph", "graph") is not kept: a KnowledgeGraph is
//   always a directed multigraph; only "graph": {"article_texts": ...}, kgraph's articles'
//   text fingerprints (io/article_texts_json.hpp), is read into KnowledgeGraph::articles.
// Limits: the file may hold at most 1 GiB (kMaxJsonGraphBytes) and nest json::kMaxDepth (128)
// levels.
// Errors (malformed JSON, a missing "nodes" array, a node without id, duplicate ids, an edge
// to an unknown node, a value of the wrong type) are InputErrors "NAME:LINE: what".
#include <array>
#include <optional>
#include <istream>
#include <set>
#include <string>
#include <unordered_map>

#include <rapidjson/document.h>

#include "graph/errors.hpp"
#include "io/article_texts_json.hpp"
#include "io/columns.hpp"
#include "io/io.hpp"
#include "io/json_util.hpp"

namespace kg::io {
namespace {

using rapidjson::Value;

constexpr std::size_t kMaxJsonGraphBytes = std::size_t{1} << 30;

std::string text_of(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// ---- extra columns ----------------------------------------------------------------------

// The kind one JSON value asks for; nullopt for null (no value).
std::optional<AttrKind> kind_of(const Value& v) {
    if (v.IsNull()) return std::nullopt;
    if (v.IsBool()) return AttrKind::Boolean;
    if (v.IsInt64()) return AttrKind::Long;
    if (v.IsNumber()) return AttrKind::Double;
    return AttrKind::String;  // strings, and lists or objects kept as JSON text
}

AttrKind merge_kinds(AttrKind a, AttrKind b) {
    if (a == b) return a;
    auto numeric = [](AttrKind k) { return k == AttrKind::Long || k == AttrKind::Double; };
    if (numeric(a) && numeric(b)) return AttrKind::Double;
    return AttrKind::String;
}

AttrValue convert(const Value& v, AttrKind kind) {
    switch (kind) {
        case AttrKind::Boolean: return v.GetBool();
        case AttrKind::Int:
        case AttrKind::Long: return v.GetInt64();
        case AttrKind::Float:
        case AttrKind::Double: return v.GetDouble();
        case AttrKind::String: return v.IsString() ? text_of(v) : json::to_text(v);
    }
    return {};
}

// Columns in the order they first appear, with the kind that fits all their values.
class ColumnKinds {
   public:
    void see(const std::string& name, std::optional<AttrKind> kind) {
        auto [it, fresh] = index_.try_emplace(name, columns_.size());
        if (fresh) columns_.push_back({name, std::nullopt});
        auto& k = columns_[it->second].second;
        if (kind) k = k ? merge_kinds(*k, *kind) : *kind;
    }
    AttrKind kind(const std::string& name) const {
        return columns_[index_.at(name)].second.value_or(AttrKind::String);
    }
    const auto& columns() const { return columns_; }

   private:
    std::vector<std::pair<std::string, std::optional<AttrKind>>> columns_;
    std::unordered_map<std::string, std::size_t> index_;
};

// ---- the reader ---------------------------------------------------------------------------

enum class Part { Node, Edge };

bool is_builtin(Part part, std::string_view key) {
    return part == Part::Node ? is_builtin_node_column(key) : is_builtin_edge_column(key);
}

class JsonGraphReader {
   public:
    JsonGraphReader(std::string text, const std::string& name)
        : text_(std::move(text)), name_(name) {}

    KnowledgeGraph read();

   private:
    [[noreturn]] void fail(std::size_t offset, const std::string& what) const;
    [[noreturn]] void fail_at(Part part, std::size_t index, const std::string& what) const;
    const Value& nodes(const Value& root) const;
    const Value* edges(const Value& root);
    void collect_kinds(const Value& list, Part part, ColumnKinds& kinds) const;
    std::string id_text(const Value& v, Part part, std::size_t i, const char* key) const;
    void read_node(const Value& obj, std::size_t i, const ColumnKinds& kinds, KnowledgeGraph& kg);
    void read_edge(const Value& obj, std::size_t i, const ColumnKinds& kinds, KnowledgeGraph& kg);
    void set_builtin(Part part, std::size_t i, const std::string& key, const Value& v,
                     NodeProps* node, EdgeProps* edge) const;
    // A built-in column read as such. kgraph's own display columns (size, color) are
    // recomputed on write; another tool's are its data, kept as extra columns.
    bool keeps_builtin(Part part, std::string_view key) const {
        return is_builtin(part, key) &&
               (kgraph_file_ || part == Part::Edge || !is_kgraph_only_node_column(key));
    }
    std::vector<Evidence> read_evidence_all(const Value& list, std::size_t i) const;
    void read_article_texts(const Value& root, KnowledgeGraph& kg) const;
    Evidence read_evidence(const Value& obj, std::size_t i) const;

    std::string text_;
    const std::string& name_;
    json::ElementOffsets offsets_;
    std::string edges_key_ = "links";
    bool kgraph_file_ = false;
    std::unordered_map<std::string, Vertex> vertex_by_id_;
    std::set<std::string, std::less<>> edge_ids_;
};

void JsonGraphReader::fail(std::size_t offset, const std::string& what) const {
    throw InputError(name_ + ":" + std::to_string(json::line_col(text_, offset).line) + ": " +
                     what);
}

void JsonGraphReader::fail_at(Part part, std::size_t index, const std::string& what) const {
    const std::string key = part == Part::Node ? "nodes" : edges_key_;
    auto it = offsets_.find(key);
    std::size_t offset = it != offsets_.end() && index < it->second.size() ? it->second[index] : 0;
    fail(offset, key + "[" + std::to_string(index) + "]: " + what);
}

const Value& JsonGraphReader::nodes(const Value& root) const {
    auto it = root.FindMember("nodes");
    if (it == root.MemberEnd() || !it->value.IsArray())
        fail(0, "not a node-link JSON graph: no \"nodes\" array");
    return it->value;
}

// NetworkX writes "links" (before 3.4) or "edges"; nullptr for a graph without edges.
const Value* JsonGraphReader::edges(const Value& root) {
    for (const char* key : {"links", "edges"}) {
        auto it = root.FindMember(key);
        if (it == root.MemberEnd() || it->value.IsNull()) continue;
        if (!it->value.IsArray()) fail(0, quoted(key) + " must be an array");
        edges_key_ = key;
        return &it->value;
    }
    // networkx.adjacency_data has "nodes" too: reading it as a graph without edges would
    // silently lose them.
    if (root.HasMember("adjacency"))
        fail(0, "NetworkX adjacency data is not supported: write the graph with node_link_data");
    return nullptr;
}

std::string JsonGraphReader::id_text(const Value& v, Part part, std::size_t i,
                                     const char* key) const {
    std::string id;
    if (v.IsString())
        id = text_of(v);
    else if (v.IsNumber())
        id = json::to_text(v);
    else
        fail_at(part, i, quoted(key) + " must be a string or a number");
    if (id.empty()) fail_at(part, i, quoted(key) + " is empty");
    return id;
}

bool is_structural_key(Part part, std::string_view key) {
    if (part == Part::Node) return key == "id";
    return key == "id" || key == "source" || key == "target" || key == "evidence_all";
}

// kgraph writes "graph": {"name": "kgraph"}.
bool written_by_kgraph(const Value& root) {
    auto graph = root.FindMember("graph");
    if (graph == root.MemberEnd() || !graph->value.IsObject()) return false;
    auto name = graph->value.FindMember("name");
    return name != graph->value.MemberEnd() && name->value.IsString() &&
           text_of(name->value) == "kgraph";
}

// Records the kind of every extra column, and "original_type" for unknown types.
void JsonGraphReader::collect_kinds(const Value& list, Part part, ColumnKinds& kinds) const {
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
        const Value& obj = list[i];
        if (!obj.IsObject()) fail_at(part, i, "expected an object");
        for (const auto& m : obj.GetObject()) {
            std::string key = text_of(m.name);
            if (key == "type" && m.value.IsString()) {
                const bool known = part == Part::Node ? map_foreign_node_type(text_of(m.value)).has_value()
                                                      : parse_relation(text_of(m.value)).has_value();
                if (!known) kinds.see("original_type", AttrKind::String);
            }
            if (is_structural_key(part, key) || keeps_builtin(part, key)) continue;
            kinds.see(key, kind_of(m.value));
        }
    }
}

// A built-in column from its JSON value, through the text rules the GraphML reader uses.
void JsonGraphReader::set_builtin(Part part, std::size_t i, const std::string& key,
                                  const Value& v, NodeProps* node, EdgeProps* edge) const {
    if (v.IsNull()) return;  // no value: the default
    std::string text;
    if (v.IsString()) {
        text = text_of(v);
    } else if (v.IsNumber() || v.IsBool()) {
        text = json::to_text(v);
    } else if (v.IsArray() && part == Part::Node && key == "joined") {  // records as JSON
        text = json::to_text(v);
    } else if (v.IsArray()) {  // ["a", "b"] for "a|b"
        for (const Value& item : v.GetArray()) {
            if (!item.IsString()) fail_at(part, i, quoted(key) + " must be a list of strings");
            if (!text.empty()) text += '|';
            text += text_of(item);
        }
    } else {
        fail_at(part, i, quoted(key) + " must be a string or a number");
    }
    auto error = node ? set_node_builtin(*node, key, text) : set_edge_builtin(*edge, key, text);
    if (error) fail_at(part, i, quoted(key) + ": " + *error);
}

void JsonGraphReader::read_node(const Value& obj, std::size_t i, const ColumnKinds& kinds,
                                KnowledgeGraph& kg) {
    NodeProps node;
    auto id = obj.FindMember("id");
    if (id == obj.MemberEnd()) fail_at(Part::Node, i, "missing \"id\"");
    node.id = id_text(id->value, Part::Node, i, "id");
    if (vertex_by_id_.count(node.id)) fail_at(Part::Node, i, "duplicate node id " + quoted(node.id));
    bool has_label = false;
    for (const auto& m : obj.GetObject()) {
        std::string key = text_of(m.name);
        if (key == "id") continue;
        if (key == "type" && m.value.IsString() && !map_foreign_node_type(text_of(m.value)))
            node.extra["original_type"] = text_of(m.value);
        if (keeps_builtin(Part::Node, key)) {
            set_builtin(Part::Node, i, key, m.value, &node, nullptr);
            has_label = has_label || (key == "label" && !m.value.IsNull());
        } else if (!m.value.IsNull()) {
            node.extra[key] = convert(m.value, kinds.kind(key));
        }
    }
    if (!has_label) node.label = node.id;
    std::string key = node.id;
    vertex_by_id_.emplace(std::move(key), kg.add_node(std::move(node)));
}

void JsonGraphReader::read_edge(const Value& obj, std::size_t i, const ColumnKinds& kinds,
                                KnowledgeGraph& kg) {
    auto endpoint = [&](const char* key) {
        auto it = obj.FindMember(key);
        if (it == obj.MemberEnd()) fail_at(Part::Edge, i, "missing " + quoted(key));
        std::string id = id_text(it->value, Part::Edge, i, key);
        auto v = vertex_by_id_.find(id);
        if (v == vertex_by_id_.end())
            fail_at(Part::Edge, i, quoted(key) + " " + quoted(id) + " is not a node id");
        return v->second;
    };
    Vertex source = endpoint("source");
    Vertex target = endpoint("target");

    EdgeProps edge;
    auto id = obj.FindMember("id");
    edge.id = id == obj.MemberEnd() ? "e" + std::to_string(i) : id_text(id->value, Part::Edge, i, "id");
    if (!edge_ids_.insert(edge.id).second)
        fail_at(Part::Edge, i, "duplicate edge id " + quoted(edge.id));

    auto all = obj.FindMember("evidence_all");
    const bool has_all = all != obj.MemberEnd() && !all->value.IsNull();
    bool has_articles = false;
    for (const auto& m : obj.GetObject()) {
        std::string key = text_of(m.name);
        if (is_structural_key(Part::Edge, key)) continue;
        if (has_all && (key.rfind("evidence", 0) == 0 || key == "sources"))
            continue;  // evidence_all is complete
        if (key == "type" && m.value.IsString() && !parse_relation(text_of(m.value)))
            edge.extra["original_type"] = text_of(m.value);
        if (is_builtin_edge_column(key)) {
            set_builtin(Part::Edge, i, key, m.value, nullptr, &edge);
            has_articles = has_articles || (key == "articles" && !m.value.IsNull());
        } else if (!m.value.IsNull()) {
            edge.extra[key] = convert(m.value, kinds.kind(key));
        }
    }
    if (has_all) edge.evidence = read_evidence_all(all->value, i);
    if (!has_articles) {
        std::set<std::string_view> articles;
        for (const auto& ev : edge.evidence)
            if (!ev.article.empty()) articles.insert(ev.article);
        edge.articles = static_cast<std::int64_t>(articles.size());
    }
    kg.add_edge(source, target, std::move(edge));
}

std::vector<Evidence> JsonGraphReader::read_evidence_all(const Value& list, std::size_t i) const {
    if (!list.IsArray()) fail_at(Part::Edge, i, "\"evidence_all\" must be an array of objects");
    std::vector<Evidence> out;
    for (const Value& item : list.GetArray()) out.push_back(read_evidence(item, i));
    return out;
}

Evidence JsonGraphReader::read_evidence(const Value& obj, std::size_t i) const {
    auto bad = [&](const std::string& what) { fail_at(Part::Edge, i, "evidence_all: " + what); };
    if (!obj.IsObject()) bad("expected an object");
    Evidence ev;
    for (const auto& m : obj.GetObject()) {
        const std::string key = text_of(m.name);
        const Value& v = m.value;
        if (v.IsNull()) continue;
        if (key == "article") {
            if (!v.IsString() && !v.IsNumber()) bad("\"article\" must be a string or a number");
            ev.article = v.IsString() ? text_of(v) : json::to_text(v);
        } else if (key == "sentence") {
            if (!v.IsInt() || v.GetInt() < -1) bad("\"sentence\" must be a non-negative integer");
            if (v.GetInt() >= 0) ev.sentence = v.GetInt();
        } else if (key == "span") {
            if (!v.IsArray() || v.Size() != 2 || !v[0].IsUint64() || !v[1].IsUint64() ||
                v[0].GetUint64() > v[1].GetUint64())
                bad("\"span\" must be [begin, end] with 0 <= begin <= end");
            ev.span = Span{static_cast<std::size_t>(v[0].GetUint64()),
                           static_cast<std::size_t>(v[1].GetUint64())};
        } else if (key == "text") {
            if (!v.IsString()) bad("\"text\" must be a string");
            ev.text = text_of(v);
        } else if (key == "confidence") {
            if (!v.IsNumber()) bad("\"confidence\" must be a number");
            ev.confidence = v.GetDouble();
        } else if (key == "source") {
            if (!v.IsString()) bad("\"source\" must be a string");
            ev.source = text_of(v);
        } else if (key == "flags") {
            auto flags = v.IsString() ? parse_flags(text_of(v)) : std::nullopt;
            if (!flags) bad("\"flags\" must be a string of known flags (\"hedged|negated\")");
            ev.flags = *flags;
        }  // other keys of an evidence record are not kept
    }
    return ev;
}

void JsonGraphReader::read_article_texts(const Value& root, KnowledgeGraph& kg) const {
    auto graph = root.FindMember("graph");
    if (graph == root.MemberEnd() || !graph->value.IsObject()) return;
    auto texts = graph->value.FindMember("article_texts");
    if (texts == graph->value.MemberEnd()) return;
    std::string error;
    std::optional<std::vector<Article>> articles;
    if (texts->value.IsString()) articles = article_texts_from_json(text_of(texts->value), error);
    else error = "article_texts must be a string";
    if (!articles) fail(0, "\"graph\": " + error);  // no offsets kept for graph-level values
    kg.articles = std::move(*articles);
}

KnowledgeGraph JsonGraphReader::read() {
    rapidjson::Document doc;
    if (auto error = json::parse(text_, doc, &offsets_)) {
        auto lc = json::line_col(text_, error->offset);
        throw InputError(name_ + ":" + std::to_string(lc.line) + ": malformed JSON at column " +
                         std::to_string(lc.column) + ": " + error->message);
    }
    if (!doc.IsObject()) fail(0, "not a node-link JSON graph: the document is not an object");
    kgraph_file_ = written_by_kgraph(doc);
    const Value& node_list = nodes(doc);
    const Value* edge_list = edges(doc);

    ColumnKinds node_kinds, edge_kinds;
    collect_kinds(node_list, Part::Node, node_kinds);
    if (edge_list) collect_kinds(*edge_list, Part::Edge, edge_kinds);

    KnowledgeGraph kg;
    read_article_texts(doc, kg);
    for (const auto& [name, kind] : node_kinds.columns())
        kg.declare_node_attr(name, kind.value_or(AttrKind::String));
    for (const auto& [name, kind] : edge_kinds.columns())
        kg.declare_edge_attr(name, kind.value_or(AttrKind::String));
    for (rapidjson::SizeType i = 0; i < node_list.Size(); ++i)
        read_node(node_list[i], i, node_kinds, kg);
    if (edge_list)
        for (rapidjson::SizeType i = 0; i < edge_list->Size(); ++i)
            read_edge((*edge_list)[i], i, edge_kinds, kg);
    return kg;
}

// Bytes left in a seekable stream (a file), or nullopt (a pipe, standard input).
std::optional<std::size_t> remaining_bytes(std::istream& in) {
    const auto start = in.tellg();
    if (start < 0 || !in.seekg(0, std::ios::end)) {
        in.clear();
        return std::nullopt;
    }
    const auto end = in.tellg();
    in.seekg(start);
    if (end < start || !in) {
        in.clear();
        return std::nullopt;
    }
    return static_cast<std::size_t>(end - start);
}

// The whole document is parsed at once (the DOM takes about twice the text), so its size is
// capped to keep memory bounded; a file's size is checked before reading it.
std::string read_capped(std::istream& in, const std::string& name) {
    const std::string too_big = name + ": larger than " + std::to_string(kMaxJsonGraphBytes >> 30) +
                                " GiB, the limit for a JSON graph (use GraphML, which is streamed)";
    std::string text;
    if (auto size = remaining_bytes(in)) {
        if (*size > kMaxJsonGraphBytes) throw InputError(too_big);
        text.reserve(*size);
    }
    std::array<char, 1 << 16> chunk{};
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
        const auto count = static_cast<std::size_t>(in.gcount());
        if (text.size() + count > kMaxJsonGraphBytes) throw InputError(too_big);
        text.append(chunk.data(), count);
    }
    if (in.bad()) throw InputError(name + ": read error");
    return text;
}

}  // namespace

KnowledgeGraph read_json_graph(std::istream& in, const std::string& name) {
    return JsonGraphReader(read_capped(in, name), name).read();
}

}  // namespace kg::io
