// Reads GraphML written by kgraph (losslessly) and by other tools (NetworkX, igraph, Gephi,
// yEd): built-in attributes map onto kgraph's columns by attr.name, unknown ones are kept as
// extra columns, missing ones get defaults.
//
// Safety (hostile files): a streaming expat parser; entity declarations are refused (no
// external entity is ever fetched or read, no "billion laughs" expansion), nesting deeper than
// kMaxDepth is refused, nested graphs and hyperedges are refused with a clear message.
#include <expat.h>

#include <algorithm>
#include <istream>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/errors.hpp"
#include "io/columns.hpp"
#include "io/io.hpp"

namespace kg::io {
namespace {

constexpr int kMaxDepth = 64;
constexpr std::size_t kChunk = 1 << 16;
constexpr std::size_t kMaxValueBytes = std::size_t{64} << 20;  // one <data> or <default> text

enum class Domain { Node, Edge, All, Other };

struct Key {
    std::size_t index = 0;  // position in the file's key list
    Domain domain = Domain::All;
    std::string name;
    AttrKind kind = AttrKind::String;
    std::optional<std::string> default_text;
};

// Keys given explicitly on one element, as indices into the file's key list: a few small
// numbers per element, where a map of key names cost an allocation per <data> (a million
// edges hold several million).
using SeenKeys = std::vector<std::uint16_t>;

struct PendingEdge {
    std::string source, target;
    EdgeProps props;
    bool has_id = false;
    SeenKeys seen;
};

struct PendingNode {
    NodeProps props;
    bool has_label = false;
    SeenKeys seen;
};

struct ParserDeleter {
    void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

class GraphmlReader {
   public:
    explicit GraphmlReader(std::string name) : name_(std::move(name)) {}

    KnowledgeGraph read(std::istream& in) {
        parser_.reset(XML_ParserCreateNS("UTF-8", '|'));
        if (!parser_) throw InputError(name_ + ": out of memory");
        XML_Parser p = parser_.get();
        XML_SetUserData(p, this);
        XML_SetElementHandler(p, &on_start, &on_end);
        XML_SetCharacterDataHandler(p, &on_text);
        XML_SetEntityDeclHandler(p, &on_entity_decl);
        XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
        std::string chunk(kChunk, '\0');
        bool done = false;
        while (!done) {
            in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            std::streamsize got = in.gcount();
            done = got < static_cast<std::streamsize>(chunk.size());
            if (XML_Parse(p, chunk.data(), static_cast<int>(got), done) == XML_STATUS_ERROR)
                fail_with_parser_error();
        }
        if (!saw_graphml_) throw InputError(name_ + ": not a GraphML file (no <graphml> element)");
        return assemble();
    }

   private:
    // ---- expat callbacks ------------------------------------------------------------
    static void on_start(void* self, const XML_Char* name, const XML_Char** attrs) {
        static_cast<GraphmlReader*>(self)->start(local_name(name), attrs);
    }
    static void on_end(void* self, const XML_Char* name) {
        static_cast<GraphmlReader*>(self)->end(local_name(name));
    }
    static void on_text(void* self, const XML_Char* s, int len) {
        auto* r = static_cast<GraphmlReader*>(self);
        if (!r->collecting_) return;
        if (r->text_.size() + static_cast<std::size_t>(len) > kMaxValueBytes)
            return r->stop("an attribute value is longer than 64 MiB");
        r->text_.append(s, static_cast<std::size_t>(len));
    }
    static void on_entity_decl(void* self, const XML_Char*, int, const XML_Char*, int,
                               const XML_Char*, const XML_Char*, const XML_Char*,
                               const XML_Char*) {
        static_cast<GraphmlReader*>(self)->stop(
            "entity declarations are not allowed (external entities are never read and entity "
            "expansion is refused)");
    }

    static std::string_view local_name(const XML_Char* name) {
        std::string_view n(name);
        auto bar = n.rfind('|');
        return bar == std::string_view::npos ? n : n.substr(bar + 1);
    }
    static std::optional<std::string> attr(const XML_Char** attrs, std::string_view wanted) {
        if (const XML_Char* v = attr_view(attrs, wanted)) return std::string(v);
        return std::nullopt;
    }
    static const XML_Char* attr_view(const XML_Char** attrs, std::string_view wanted) {
        for (int i = 0; attrs[i]; i += 2)
            if (local_name(attrs[i]) == wanted) return attrs[i + 1];
        return nullptr;
    }

    // ---- element handling ----------------------------------------------------------------
    void start(std::string_view el, const XML_Char** attrs) {
        if (error_) return;
        if (++depth_ > kMaxDepth) return stop("elements nested deeper than " + std::to_string(kMaxDepth));
        if (el == "graphml") {
            saw_graphml_ = true;
        } else if (el == "key") {
            start_key(attrs);
        } else if (el == "default" && current_key_) {
            collect();
        } else if (el == "graph") {
            if (in_node_ || in_edge_) return stop("nested graphs are not supported");
            if (graphs_++ > 0) return stop("more than one <graph> in the file is not supported");
            kgraph_file_ = attr(attrs, "id") == "kgraph";
        } else if (el == "node") {
            if (in_node_) return stop("nested nodes are not supported");
            start_node(attrs);
        } else if (el == "edge") {
            start_edge(attrs);
        } else if (el == "hyperedge") {
            stop("hyperedges are not supported");
        } else if (el == "data") {
            start_data(attrs);
        }
    }

    void end(std::string_view el) {
        if (error_) return;
        --depth_;
        if (el == "key") {
            current_key_.reset();
        } else if (el == "default" && current_key_) {
            keys_[*current_key_].default_text = take_text();
            has_defaults_ = true;
        } else if (el == "node" && in_node_) {
            finish_node();
        } else if (el == "edge" && in_edge_) {
            in_edge_ = false;
            edges_.push_back(std::move(edge_));
        } else if (el == "data" && data_key_) {
            assign_data(*data_key_, take_text());
            data_key_ = nullptr;
        }
    }

    void start_key(const XML_Char** attrs) {
        auto id = attr(attrs, "id");
        if (!id) return stop("<key> without an id");
        Key k;
        std::string for_ = attr(attrs, "for").value_or("all");
        k.domain = for_ == "node" ? Domain::Node
                   : for_ == "edge" ? Domain::Edge
                   : for_ == "all"  ? Domain::All
                                    : Domain::Other;
        k.index = key_order_.size();
        if (k.index > UINT16_MAX) return stop("more than 65535 keys");
        k.name = attr(attrs, "attr.name").value_or(*id);
        std::string type = attr(attrs, "attr.type").value_or("string");
        auto kind = parse_attr_kind(type);
        if (!kind) return stop("key '" + *id + "' has an unknown attr.type '" + type + "'");
        k.kind = *kind == AttrKind::Float ? AttrKind::Double : *kind;
        if (k.name == "id") k.name = "original_id";  // igraph drops its ids next to an "id" column
        if (!keys_.emplace(*id, std::move(k)).second) return stop("key '" + *id + "' is declared twice");
        key_order_.push_back(*id);
        current_key_ = *id;
    }

    void start_node(const XML_Char** attrs) {
        auto id = attr(attrs, "id");
        if (!id) return stop("<node> without an id");
        if (!node_ids_.insert(*id).second) return stop("duplicate node id '" + *id + "'");
        in_node_ = true;
        node_ = {};
        node_.props.id = *id;
    }

    void finish_node() {
        in_node_ = false;
        if (!node_.has_label) node_.props.label = node_.props.id;
        nodes_.push_back(std::move(node_));
    }

    void start_edge(const XML_Char** attrs) {
        auto source = attr(attrs, "source");
        auto target = attr(attrs, "target");
        if (!source || !target) return stop("<edge> without a source or a target");
        in_edge_ = true;
        edge_ = {};
        edge_.source = *source;
        edge_.target = *target;
        if (auto id = attr(attrs, "id")) {
            edge_.props.id = *id;
            edge_.has_id = true;
        }
        edge_.line = line();
    }

    void start_data(const XML_Char** attrs) {
        if (!in_node_ && !in_edge_) return;  // graph-level data: not used
        const XML_Char* key = attr_view(attrs, "key");
        if (!key) return stop("<data> without a key");
        auto it = keys_.find(std::string_view(key));
        if (it == keys_.end()) return stop("data key '" + std::string(key) + "' is not declared by a <key>");
        Domain want = in_edge_ ? Domain::Edge : Domain::Node;
        if (it->second.domain != want && it->second.domain != Domain::All)
            return stop("data key '" + std::string(key) + "' is declared for another kind of element");
        data_key_ = &it->second;
        collect();
    }

    static void note_seen(SeenKeys& seen, const Key& k) {
        if (std::find(seen.begin(), seen.end(), k.index) == seen.end())
            seen.push_back(static_cast<std::uint16_t>(k.index));
    }

    void assign_data(const Key& k, const std::string& text) {
        if (in_edge_) {
            note_seen(edge_.seen, k);
            apply_edge(edge_.props, k, text);
        } else if (in_node_) {
            note_seen(node_.seen, k);
            if (k.name == "label") node_.has_label = true;
            apply_node(node_.props, k, text);
        }
    }

    // kgraph's own display columns are recomputed on write; another tool's are its data.
    bool keeps_builtin(const std::string& name) const {
        return is_builtin_node_column(name) && (kgraph_file_ || !is_kgraph_only_node_column(name));
    }

    void apply_node(NodeProps& n, const Key& k, const std::string& text) {
        if (keeps_builtin(k.name)) {
            if (auto err = set_node_builtin(n, k.name, text)) stop(k.name + ": " + *err);
            return;
        }
        auto v = parse_value(text, k.kind);
        if (!v) return stop("'" + text + "' is not a valid " + std::string(to_string(k.kind)) +
                            " for '" + k.name + "'");
        n.extra[k.name] = std::move(*v);
    }

    void apply_edge(EdgeProps& e, const Key& k, const std::string& text) {
        if (is_builtin_edge_column(k.name)) {
            if (auto err = set_edge_builtin(e, k.name, text)) stop(k.name + ": " + *err);
            return;
        }
        auto v = parse_value(text, k.kind);
        if (!v) return stop("'" + text + "' is not a valid " + std::string(to_string(k.kind)) +
                            " for '" + k.name + "'");
        e.extra[k.name] = std::move(*v);
    }

    // ---- building the graph ----------------------------------------------------------------
    KnowledgeGraph assemble() {
        KnowledgeGraph kg;
        for (const auto& id : key_order_) {
            const Key& k = keys_.at(id);
            bool node = k.domain == Domain::Node || k.domain == Domain::All;
            bool edge = k.domain == Domain::Edge || k.domain == Domain::All;
            if (node && !keeps_builtin(k.name)) kg.declare_node_attr(k.name, k.kind);
            if (edge && !is_builtin_edge_column(k.name)) kg.declare_edge_attr(k.name, k.kind);
        }
        std::unordered_map<std::string, Vertex> vertex_of;
        vertex_of.reserve(nodes_.size());
        for (auto& n : nodes_) {
            apply_defaults(n.seen, Domain::Node, [&](const Key& k, const std::string& text) {
                if (k.name == "label") n.has_label = true;
                apply_node(n.props, k, text);
            });
            if (error_) throw_error();
            std::string id = n.props.id;
            vertex_of[id] = kg.add_node(std::move(n.props));
        }
        declare_original_type(kg);
        std::unordered_set<std::string> edge_ids;
        edge_ids.reserve(edges_.size());
        for (auto& e : edges_)
            if (e.has_id && !edge_ids.insert(e.props.id).second)
                throw InputError(name_ + ":" + std::to_string(e.line) + ": duplicate edge id '" +
                                 e.props.id + "'");
        std::size_t next = 0;
        for (auto& e : edges_) {
            auto s = vertex_of.find(e.source), t = vertex_of.find(e.target);
            if (s == vertex_of.end() || t == vertex_of.end())
                throw InputError(name_ + ":" + std::to_string(e.line) + ": edge refers to unknown node '" +
                                 (s == vertex_of.end() ? e.source : e.target) + "'");
            apply_defaults(e.seen, Domain::Edge, [&](const Key& k, const std::string& text) {
                apply_edge(e.props, k, text);
            });
            if (error_) throw_error();
            if (e.props.labels.empty()) e.props.labels.emplace_back(to_string(e.props.type));
            if (!e.has_id) {
                do e.props.id = "e" + std::to_string(next++);
                while (!edge_ids.insert(e.props.id).second);
            }
            kg.add_edge(s->second, t->second, std::move(e.props));
        }
        return kg;
    }

    template <typename Apply>
    void apply_defaults(const SeenKeys& seen, Domain domain, Apply apply) {
        if (!has_defaults_) return;
        for (const auto& id : key_order_) {
            const Key& k = keys_.at(id);
            if (!k.default_text || std::find(seen.begin(), seen.end(), k.index) != seen.end()) continue;
            if (k.domain == domain || k.domain == Domain::All) apply(k, *k.default_text);
        }
    }

    // ---- helpers ------------------------------------------------------------------------
    void collect() {
        collecting_ = true;
        text_.clear();
    }
    std::string take_text() {
        collecting_ = false;
        return std::move(text_);
    }
    long line() const { return static_cast<long>(XML_GetCurrentLineNumber(parser_.get())); }

    void stop(std::string message) {
        if (error_) return;
        error_ = name_ + ":" + std::to_string(line()) + ": " + std::move(message);
        XML_StopParser(parser_.get(), XML_FALSE);
    }
    [[noreturn]] void throw_error() { throw InputError(*error_); }
    [[noreturn]] void fail_with_parser_error() {
        if (error_) throw_error();
        XML_Parser p = parser_.get();
        throw InputError(name_ + ":" + std::to_string(XML_GetCurrentLineNumber(p)) + ":" +
                         std::to_string(XML_GetCurrentColumnNumber(p) + 1) +
                         ": malformed XML: " + XML_ErrorString(XML_GetErrorCode(p)));
    }

    std::string name_;
    std::unique_ptr<XML_ParserStruct, ParserDeleter> parser_;
    std::optional<std::string> error_;
    int depth_ = 0;
    int graphs_ = 0;
    bool kgraph_file_ = false;  // <graph id="kgraph">: written by kgraph
    bool saw_graphml_ = false;
    bool collecting_ = false;
    bool has_defaults_ = false;  // some key has a <default>
    std::string text_;
    std::map<std::string, Key, std::less<>> keys_;
    std::vector<std::string> key_order_;
    std::optional<std::string> current_key_;
    const Key* data_key_ = nullptr;  // the <data> being read (keys_ never moves its entries)
    bool in_node_ = false, in_edge_ = false;
    PendingNode node_;
    struct EdgeWithLine : PendingEdge {
        long line = 0;
    } edge_;
    std::vector<PendingNode> nodes_;
    std::unordered_set<std::string> node_ids_;
    std::vector<EdgeWithLine> edges_;
};

}  // namespace

KnowledgeGraph read_graphml(std::istream& in, const std::string& name) {
    return GraphmlReader(name).read(in);
}

}  // namespace kg::io
