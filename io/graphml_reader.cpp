// Reads GraphML written by kgraph (losslessly) and by other tools (NetworkX, igraph, Gephi,
// yEd): built-in attributes map onto kgraph's columns by attr.name, unknown ones are kept as
// extra columns, missing ones get defaults.
//
// Streaming: expat's callbacks read the file in one pass; ids are indexed in place
// (io/id_index.hpp), and the text of a <data> is read into one reused buffer. Nodes go into the
// graph at the first edge (the usual order: nodes first) and at the end; edges wait in chunks,
// each with its ends' numbers when they are known nodes (else their ids, looked up at the end),
// and go into the graph at the end, when the number of edges at every node is known: the graph
// then reserves each node's edge lists once instead of growing them edge by edge.
//
// Safety (hostile files): entity declarations are refused (no external entity is ever fetched
// or read, no "billion laughs" expansion), nesting deeper than kMaxDepth is refused, nested
// graphs and hyperedges are refused with a clear message.
#include <expat.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <istream>
#include <map>
#include <memory>

#include "graph/errors.hpp"
#include "graph/huge_pages.hpp"
#include "io/article_texts_json.hpp"
#include "io/columns.hpp"
#include "io/id_index.hpp"
#include "io/io.hpp"

namespace kg::io {
namespace {

constexpr int kMaxDepth = 64;
constexpr int kChunk = 1 << 18;
constexpr std::size_t kMaxValueBytes = std::size_t{64} << 20;  // one <data> or <default> text

enum class Domain { Node, Edge, All, Other };

struct Key {
    std::size_t index = 0;  // position in the file's key list
    std::string id;
    Domain domain = Domain::All;
    std::string name;
    AttrKind kind = AttrKind::String;
    std::optional<std::string> default_text;
    // What the name means, decided once per key rather than once per <data>.
    bool builtin_node = false;  // a kgraph node column
    bool kgraph_only = false;   // ... that means something only in kgraph's own files
    bool builtin_edge = false;  // a kgraph edge column
    // The key of the <data> that followed this one's last time: files give an element's keys in
    // the same order element after element, so this is almost always the next one.
    mutable const Key* next_seen = nullptr;  // a cache: set while reading

    bool for_nodes() const { return domain == Domain::Node || domain == Domain::All; }
    bool for_edges() const { return domain == Domain::Edge || domain == Domain::All; }
};

// Keys given explicitly on one element, as indices into the file's key list (kept only when
// some key has a default, which applies where the element gives no value).
using SeenKeys = std::vector<std::uint16_t>;

// The ids of the ends of an edge read before one of its ends' nodes.
struct EndsToFind {
    std::uint32_t edge = 0;
    std::string source, target;
    long line = 0;
};

// Nodes or edges read, in file order, in chunks that never move (an edge's id is looked up in
// place while the file is read) and are freed one by one as the graph takes the elements.
template <class T>
class ReadElements {
   public:
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    T& operator[](std::size_t i) { return chunks_[i / kChunk][i % kChunk]; }
    const T& operator[](std::size_t i) const { return chunks_[i / kChunk][i % kChunk]; }
    void push_back(T e) {
        if (size_ % kChunk == 0) {
            chunks_.emplace_back();
            chunks_.back().reserve(kChunk);
        }
        ++size_;
        chunks_.back().push_back(std::move(e));
    }
    // Element i, moved out; taking the last element of a chunk frees the chunk.
    T take(std::size_t i) {
        T e = std::move((*this)[i]);
        if (i % kChunk == kChunk - 1 || i + 1 == size_) Chunk().swap(chunks_[i / kChunk]);
        return e;
    }
    void clear() {
        chunks_.clear();
        size_ = 0;
    }

   private:
    static constexpr std::size_t kChunk = 1 << 16;  // 11 MB of edges
    // Mapped apart, so that a chunk's memory goes back to the system as soon as it is taken.
    using Chunk = std::vector<T, MappedAllocator<T>>;
    std::vector<Chunk> chunks_;
    std::size_t size_ = 0;
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
        bool done = false;
        while (!done) {
            // Read straight into expat's buffer: no copy of the file's bytes of our own.
            void* buffer = XML_GetBuffer(p, kChunk);
            if (!buffer) fail_with_parser_error();
            in.read(static_cast<char*>(buffer), kChunk);
            const std::streamsize got = in.gcount();
            done = got < kChunk;
            if (XML_ParseBuffer(p, static_cast<int>(got), done) == XML_STATUS_ERROR)
                fail_with_parser_error();
        }
        if (!saw_graphml_) throw InputError(name_ + ": not a GraphML file (no <graphml> element)");
        return finish();
    }

   private:
    // ---- expat callbacks ------------------------------------------------------------
    static void on_start(void* self, const XML_Char* name, const XML_Char** attrs) {
        static_cast<GraphmlReader*>(self)->start(local_name(name), attrs);
    }
    static void on_end(void* self, const XML_Char*) { static_cast<GraphmlReader*>(self)->end(); }
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
    static const XML_Char* attr(const XML_Char** attrs, std::string_view wanted) {
        for (int i = 0; attrs[i]; i += 2)
            if (local_name(attrs[i]) == wanted) return attrs[i + 1];
        return nullptr;
    }

    // ---- element handling ----------------------------------------------------------------
    enum class Element : std::uint8_t { Data, Edge, Node, Graphml, Key, Default, Graph, Hyperedge, Other };
    // `name` (of the word's length) is the word: a compare of constant length, no call.
    template <std::size_t N>
    static bool is(std::string_view name, const char (&word)[N]) {
        return std::memcmp(name.data(), word, N - 1) == 0;
    }
    static Element element_of(std::string_view name) {
        switch (name.size()) {  // by how often the elements come
            case 4:
                return is(name, "data")   ? Element::Data
                       : is(name, "edge") ? Element::Edge
                       : is(name, "node") ? Element::Node
                                          : Element::Other;
            case 3: return is(name, "key") ? Element::Key : Element::Other;
            case 5: return is(name, "graph") ? Element::Graph : Element::Other;
            case 7:
                return is(name, "graphml")   ? Element::Graphml
                       : is(name, "default") ? Element::Default
                                             : Element::Other;
            case 9: return is(name, "hyperedge") ? Element::Hyperedge : Element::Other;
            default: return Element::Other;
        }
    }

    void start(std::string_view name, const XML_Char** attrs) {
        if (error_) return;
        if (++depth_ > kMaxDepth) return stop("elements nested deeper than " + std::to_string(kMaxDepth));
        const Element el = open_[depth_] = element_of(name);
        switch (el) {
            case Element::Data: return start_data(attrs);
            case Element::Edge:
                if (in_edge_) return stop("nested edges are not supported");
                return start_edge(attrs);
            case Element::Node:
                if (in_node_) return stop("nested nodes are not supported");
                return start_node(attrs);
            case Element::Graphml: saw_graphml_ = true; return;
            case Element::Key: return start_key(attrs);
            case Element::Default:
                if (current_key_) collect();
                return;
            case Element::Graph: {
                if (in_node_ || in_edge_) return stop("nested graphs are not supported");
                if (graphs_++ > 0) return stop("more than one <graph> in the file is not supported");
                const XML_Char* id = attr(attrs, "id");
                kgraph_file_ = id && std::string_view(id) == "kgraph";
                return;
            }
            case Element::Hyperedge: return stop("hyperedges are not supported");
            case Element::Other: return;
        }
    }

    // The element closing is the one opened at this depth: no name to compare.
    void end() {
        if (error_) return;
        const Element el = open_[depth_--];
        switch (el) {
            case Element::Data:
                if (!data_key_) return;
                assign_data(*data_key_, take_text());
                data_key_ = nullptr;
                return;
            case Element::Edge:
                if (in_edge_) finish_edge();
                return;
            case Element::Node:
                if (in_node_) finish_node();
                return;
            case Element::Key: current_key_ = nullptr; return;
            case Element::Default:
                if (current_key_) end_default();
                return;
            default: return;
        }
    }

    void start_key(const XML_Char** attrs) {
        const XML_Char* id = attr(attrs, "id");
        if (!id) return stop("<key> without an id");
        Key k;
        k.id = id;
        const XML_Char* for_attr = attr(attrs, "for");
        const std::string_view for_ = for_attr ? for_attr : "all";
        k.domain = for_ == "node" ? Domain::Node
                   : for_ == "edge" ? Domain::Edge
                   : for_ == "all"  ? Domain::All
                                    : Domain::Other;
        k.index = key_order_.size();
        if (k.index > UINT16_MAX) return stop("more than 65535 keys");
        const XML_Char* name = attr(attrs, "attr.name");
        k.name = name ? name : id;
        const XML_Char* type_attr = attr(attrs, "attr.type");
        const std::string type = type_attr ? type_attr : "string";
        auto kind = parse_attr_kind(type);
        if (!kind) return stop("key '" + k.id + "' has an unknown attr.type '" + type + "'");
        k.kind = *kind == AttrKind::Float ? AttrKind::Double : *kind;
        if (k.name == "id") k.name = "original_id";  // igraph drops its ids next to an "id" column
        k.builtin_node = is_builtin_node_column(k.name);
        k.kgraph_only = is_kgraph_only_node_column(k.name);
        k.builtin_edge = is_builtin_edge_column(k.name);
        auto [it, added] = keys_.emplace(k.id, std::move(k));
        if (!added) return stop("key '" + std::string(id) + "' is declared twice");
        key_order_.push_back(&it->second);  // map entries never move
        current_key_ = &it->second;
    }

    // A default applies to every element that does not give the key, so it must be known
    // before the first element it could apply to (GraphML declares keys before the graph).
    void end_default() {
        Key& k = *current_key_;
        if ((k.for_nodes() && nodes_started_ > 0) || (k.for_edges() && edges_started_ > 0))
            return stop("key '" + k.id + "' declares a default after the graph's first " +
                        (k.for_nodes() && nodes_started_ > 0 ? "node" : "edge") +
                        " (GraphML declares keys before the graph)");
        k.default_text = take_text();
        has_defaults_ = true;
    }

    void start_node(const XML_Char** attrs) {
        const XML_Char* id = attr(attrs, "id");
        if (!id) return stop("<node> without an id");
        if (node_index_.find(id) != NodeIndex::kNone) return stop("duplicate node id '" + std::string(id) + "'");
        if (node_id_ends_.size() >= NodeIndex::kMaxElements)
            return stop("more than " + std::to_string(NodeIndex::kMaxElements) + " nodes");
        ++nodes_started_;
        in_node_ = true;
        node_ = NodeProps{};
        node_.id = id;
        node_has_label_ = false;
        seen_.clear();
    }

    void finish_node() {
        in_node_ = false;
        apply_defaults(Domain::Node);
        if (error_) return;
        if (!node_has_label_) node_.label = node_.id;
        node_id_chars_ += node_.id;
        node_id_ends_.push_back(node_id_chars_.size());
        node_index_.insert(static_cast<std::uint32_t>(node_id_ends_.size() - 1));  // its vertex to come
        read_nodes_.push_back(std::move(node_));
    }

    // Nodes wait in read_nodes_ until the next edge or the end of the file, and the graph then
    // takes them all into storage of their number: growing it node by node moved every node ~18
    // times over at 200k nodes, each time into fresh pages.
    void add_read_nodes() {
        if (read_nodes_.empty()) return;
        kg_.reserve_nodes(kg_.node_count() + read_nodes_.size());
        for (std::size_t i = 0; i < read_nodes_.size(); ++i) kg_.add_node(read_nodes_.take(i));
        read_nodes_.clear();
    }

    void start_edge(const XML_Char** attrs) {
        // One pass over the attributes (as attr() would: the first of each name).
        const XML_Char *source = nullptr, *target = nullptr, *id = nullptr, *other = nullptr;
        for (int i = 0; attrs[i]; i += 2) {
            const std::string_view name = local_name(attrs[i]);
            const XML_Char*& value = name == "source" ? source : name == "target" ? target : name == "id" ? id : other;
            if (!value) value = attrs[i + 1];
        }
        if (!source || !target) return stop("<edge> without a source or a target");
        if (edges_.size() >= EdgeIndex::kMaxElements)
            return stop("more than " + std::to_string(EdgeIndex::kMaxElements) + " edges");
        add_read_nodes();
        ++edges_started_;
        in_edge_ = true;
        edge_ = EdgeProps{};
        seen_.clear();
        edge_has_id_ = false;
        if (id) {
            if (edge_id_taken(id)) return stop("duplicate edge id '" + std::string(id) + "'");
            edge_.id = id;
            edge_has_id_ = true;
        }
        sources_.push_back(find_node(source, last_source_));
        targets_.push_back(find_node(target, last_target_));
        // An end not read yet: looked up again at the end of the file.
        if (sources_.back() == NodeIndex::kNone || targets_.back() == NodeIndex::kNone)
            ends_to_find_.push_back({static_cast<std::uint32_t>(edges_.size()), source, target, line()});
    }

    // The number of node `id`, or kNone. Files often list a node's edges one after another, so
    // the previous edge's end is tried first, a compare instead of a lookup in the index.
    struct RecentNode {
        std::string id;
        std::uint32_t number = NodeIndex::kNone;
    };
    std::uint32_t find_node(std::string_view id, RecentNode& recent) const {
        if (recent.number != NodeIndex::kNone && recent.id == id) return recent.number;
        const std::uint32_t found = node_index_.find(id);
        if (found != NodeIndex::kNone) {
            recent.id = id;
            recent.number = found;
        }
        return found;
    }

    void finish_edge() {
        in_edge_ = false;
        apply_defaults(Domain::Edge);
        if (error_) return;
        if (edge_.labels.empty()) edge_.labels.emplace_back(to_string(edge_.type));
        const auto number = static_cast<std::uint32_t>(edges_.size());
        edges_.push_back(std::move(edge_));
        numbered_.push_back(false);
        if (edge_has_id_) keep_edge_id(number);
        else without_id_.push_back(number);
    }

    // Edge ids. Most files give none (NetworkX, igraph) or number their edges "e0", "e1", ... in
    // file order (kgraph, the benchmark's generator). Such an id, "e" and the edge's own number,
    // cannot repeat another of its kind, so it is one bit in numbered_ instead of an entry in
    // the index, and checking a file of them reads no table at all; the index holds the others.
    static std::optional<std::size_t> number_in_edge_id(std::string_view id) {
        if (id.size() < 2 || id.size() > 20 || id[0] != 'e' || (id[1] == '0' && id.size() > 2)) return std::nullopt;
        std::size_t n = 0;
        for (char c : id.substr(1)) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        return n;
    }
    bool edge_id_taken(std::string_view id) const {
        if (edge_index_.find(id) != EdgeIndex::kNone) return true;
        const auto n = number_in_edge_id(id);
        return n && *n < numbered_.size() && numbered_[*n];
    }
    void keep_edge_id(std::uint32_t number) {
        if (number_in_edge_id(edges_[number].id) == number) numbered_[number] = true;
        else edge_index_.insert(number);
    }

    void start_data(const XML_Char** attrs) {
        if (!in_node_ && !in_edge_) return start_graph_data(attrs);
        const XML_Char* key = attr(attrs, "key");
        if (!key) return stop("<data> without a key");
        const Key* k = last_data_key_ ? last_data_key_->next_seen : nullptr;
        if (!k || k->id != key) {
            auto it = keys_.find(std::string_view(key));
            if (it == keys_.end()) return stop("data key '" + std::string(key) + "' is not declared by a <key>");
            k = &it->second;
            if (last_data_key_) last_data_key_->next_seen = k;
        }
        if (in_edge_ ? !k->for_edges() : !k->for_nodes())
            return stop("data key '" + std::string(key) + "' is declared for another kind of element");
        data_key_ = last_data_key_ = k;
        collect();
    }

    // Graph-level data: only kgraph's articles' text fingerprints are kept (in kg_.articles).
    void start_graph_data(const XML_Char** attrs) {
        const XML_Char* key = attr(attrs, "key");
        auto it = key ? keys_.find(std::string_view(key)) : keys_.end();
        if (it == keys_.end() || it->second.domain != Domain::Other || it->second.name != "article_texts") return;
        data_key_ = &it->second;
        collect();
    }
    void read_article_texts(std::string_view text) {
        std::string error;
        auto articles = article_texts_from_json(text, error);
        if (!articles) return stop(error);
        kg_.articles = std::move(*articles);
    }

    void assign_data(const Key& k, std::string_view text) {
        if (!in_node_ && !in_edge_) return read_article_texts(text);
        if (has_defaults_ && std::find(seen_.begin(), seen_.end(), k.index) == seen_.end())
            seen_.push_back(static_cast<std::uint16_t>(k.index));
        if (in_edge_) apply_edge(k, text);
        else if (in_node_) apply_node(k, text);
    }

    // kgraph's own display columns are recomputed on write; another tool's are its data.
    bool keeps_builtin(const Key& k) const { return k.builtin_node && (kgraph_file_ || !k.kgraph_only); }

    void apply_node(const Key& k, std::string_view text) {
        if (k.name == "label") node_has_label_ = true;
        if (keeps_builtin(k)) {
            if (auto err = set_node_builtin(node_, k.name, text)) stop(k.name + ": " + *err);
            return;
        }
        auto v = parse_value(text, k.kind);
        if (!v) return stop(invalid_value(k, text));
        node_.extra[k.name] = std::move(*v);
    }

    void apply_edge(const Key& k, std::string_view text) {
        if (k.builtin_edge) {
            if (auto err = set_edge_builtin(edge_, k.name, text)) stop(k.name + ": " + *err);
            return;
        }
        auto v = parse_value(text, k.kind);
        if (!v) return stop(invalid_value(k, text));
        edge_.extra[k.name] = std::move(*v);
    }

    static std::string invalid_value(const Key& k, std::string_view text) {
        return "'" + std::string(text) + "' is not a valid " + std::string(to_string(k.kind)) + " for '" +
               k.name + "'";
    }

    // The defaults of the keys the element did not give, in key order.
    void apply_defaults(Domain domain) {
        if (!has_defaults_) return;
        for (const Key* k : key_order_) {
            if (!k->default_text || std::find(seen_.begin(), seen_.end(), k->index) != seen_.end()) continue;
            if (domain == Domain::Node ? !k->for_nodes() : !k->for_edges()) continue;
            if (domain == Domain::Node) apply_node(*k, *k->default_text);
            else apply_edge(*k, *k->default_text);
        }
    }

    // ---- after the last element ----------------------------------------------------------
    KnowledgeGraph finish() {
        for (const Key* k : key_order_) {
            if (k->for_nodes() && !keeps_builtin(*k)) kg_.declare_node_attr(k->name, k->kind);
            if (k->for_edges() && !k->builtin_edge) kg_.declare_edge_attr(k->name, k->kind);
        }
        add_read_nodes();
        declare_original_type(kg_);
        find_late_ends();
        name_edges_without_id();
        add_read_edges();
        return std::move(kg_);
    }

    void find_late_ends() {
        for (const EndsToFind& w : ends_to_find_) {
            const std::uint32_t s = node_index_.find(w.source), t = node_index_.find(w.target);
            if (s == NodeIndex::kNone || t == NodeIndex::kNone)
                throw InputError(name_ + ":" + std::to_string(w.line) + ": edge refers to unknown node '" +
                                 (s == NodeIndex::kNone ? w.source : w.target) + "'");
            sources_[w.edge] = s;
            targets_[w.edge] = t;
        }
        ends_to_find_.clear();
    }

    // The edges into the graph in file order, all at once.
    void add_read_edges() {
        kg_.append_edges(sources_, targets_, [&](std::size_t i) { return edges_.take(i); });
        edges_.clear();
    }

    // "e0", "e1", ... in file order, skipping the ids the file gives.
    void name_edges_without_id() {
        std::size_t next = 0;
        for (std::uint32_t number : without_id_) {
            std::string& id = edges_[number].id;
            do id = "e" + std::to_string(next++);
            while (edge_id_taken(id));
            keep_edge_id(number);
        }
    }

    // ---- helpers ------------------------------------------------------------------------
    void collect() {
        collecting_ = true;
        text_.clear();
    }
    std::string_view take_text() {
        collecting_ = false;
        return text_;
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

    // Node ids are looked up twice per edge: read from a copy of them all in one string (a few
    // MB, in cache), not from the nodes (a cache miss each).
    struct NodeIdOf {
        const std::string* chars;
        const std::vector<std::size_t>* ends;
        std::string_view operator()(std::uint32_t v) const {
            const std::size_t begin = v == 0 ? 0 : (*ends)[v - 1];
            return std::string_view(*chars).substr(begin, (*ends)[v] - begin);
        }
    };
    struct EdgeIdOf {
        const ReadElements<EdgeProps>* edges;
        std::string_view operator()(std::uint32_t e) const { return (*edges)[e].id; }
    };
    using NodeIndex = IdIndex<NodeIdOf>;
    using EdgeIndex = IdIndex<EdgeIdOf>;

    std::string name_;
    std::unique_ptr<XML_ParserStruct, ParserDeleter> parser_;
    std::optional<std::string> error_;
    int depth_ = 0;
    std::array<Element, kMaxDepth + 1> open_{};  // the open elements, by depth (from 1)
    int graphs_ = 0;
    bool kgraph_file_ = false;  // <graph id="kgraph">: written by kgraph
    bool saw_graphml_ = false;
    bool collecting_ = false;
    bool has_defaults_ = false;  // some key has a <default>
    std::string text_;           // the text of the <data> or <default> being read
    std::map<std::string, Key, std::less<>> keys_;
    std::vector<const Key*> key_order_;
    Key* current_key_ = nullptr;
    const Key* data_key_ = nullptr;  // the <data> being read
    const Key* last_data_key_ = nullptr;  // the key of the last <data> of a node or edge

    KnowledgeGraph kg_;
    std::string node_id_chars_;             // every node's id, one after the other
    std::vector<std::size_t> node_id_ends_;  // where node v's id ends in node_id_chars_
    NodeIndex node_index_{NodeIdOf{&node_id_chars_, &node_id_ends_}};
    std::size_t nodes_started_ = 0, edges_started_ = 0;
    bool in_node_ = false, in_edge_ = false;
    SeenKeys seen_;  // of the node or edge being read
    NodeProps node_;
    bool node_has_label_ = false;
    ReadElements<NodeProps> read_nodes_;  // read, not yet in kg_ (node numbers follow kg_'s)
    EdgeProps edge_;
    bool edge_has_id_ = false;
    RecentNode last_source_, last_target_;
    ReadElements<EdgeProps> edges_;  // every edge read, in file order
    std::vector<std::uint32_t> sources_, targets_;  // their ends' node numbers (kNone: not known yet)
    EdgeIndex edge_index_{EdgeIdOf{&edges_}};
    std::vector<EndsToFind> ends_to_find_;
    std::vector<std::uint32_t> without_id_;  // edges the file gives no id
    std::vector<bool> numbered_;             // edge n's id is "e<n>" (and not in edge_index_)
};

}  // namespace

KnowledgeGraph read_graphml(std::istream& in, const std::string& name) {
    return GraphmlReader(name).read(in);
}

}  // namespace kg::io
