// Reading statements JSON Lines (DESIGN.md, "Statements: the interchange"). Each line is
// parsed on its own, so a bad line costs only that line: it is reported and skipped, or,
// with options.strict, it stops the read with an InputError.
//
// Limits: a line may hold at most kMaxLineBytes bytes (16 MiB) and nest at most
// json::kMaxDepth (128) levels; at most kMaxWarnings messages are kept per file (the count of
// skipped lines stays exact).
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "graph/errors.hpp"
#include "io/io.hpp"
#include "io/json_util.hpp"
#include "io/line_reader.hpp"

namespace kg::io {
namespace {

constexpr std::size_t kMaxLineBytes = std::size_t{16} << 20;
constexpr std::size_t kMaxWarnings = 200;

using rapidjson::Value;

// What is wrong with the line being read; caught for each line, never leaves the reader.
struct BadLine : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string text_of(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

// A member, or nullptr when absent; null counts as absent (tools written in Python emit
// None for missing optional fields).
const Value* member(const Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) return nullptr;
    return &it->value;
}

std::string optional_string(const Value& obj, const char* key, std::string_view path) {
    const Value* v = member(obj, key);
    if (!v) return {};
    if (!v->IsString()) throw BadLine(quoted(path) + " must be a string");
    return text_of(*v);
}

std::string required_string(const Value& obj, const char* key, std::string_view path) {
    const Value* v = member(obj, key);
    if (!v) throw BadLine("missing " + quoted(path));
    if (!v->IsString()) throw BadLine(quoted(path) + " must be a string");
    if (v->GetStringLength() == 0) throw BadLine(quoted(path) + " is empty");
    return text_of(*v);
}

// An article id may be written as a string or as a number (ids of numbered corpora).
std::string article_id(const Value& v, std::string_view path) {
    if (v.IsString()) return text_of(v);
    if (v.IsNumber()) return json::to_text(v);
    throw BadLine(quoted(path) + " must be a string or a number");
}

class Reader {
   public:
    Reader(const std::string& name, const StatementReadOptions& options, Diagnostics& diag)
        : name_(name), options_(options), diag_(diag) {}

    StatementSet read(std::istream& in);

   private:
    void read_line(std::string_view text);
    void read_article(const Value& root);
    void read_entity(const Value& root);
    Join read_join(const Value& j, const std::string& line_article);
    void read_statement(const Value& root);
    EntityRef read_ref(const Value& root, const char* key);
    NodeType read_node_type(const std::string& type, std::string_view path);
    std::optional<int> read_sentence(const Value& obj);
    std::optional<Span> read_span(const Value& obj);
    std::uint8_t read_flags(const Value& obj);
    std::optional<double> read_confidence(const Value& obj);

    std::string where() const { return name_ + ":" + std::to_string(line_) + ": "; }
    // Warnings about the current line wait in pending_ until the line is accepted.
    void warn(std::string what) { pending_.push_back(std::move(what)); }
    void note(const std::string& what);
    void bad_line(const std::string& what);

    const std::string& name_;
    const StatementReadOptions& options_;
    Diagnostics& diag_;
    StatementSet set_;
    std::size_t line_ = 0;
    std::size_t warnings_ = 0;
    std::vector<std::string> pending_;
};

StatementSet Reader::read(std::istream& in) {
    LineReader lines(in, kMaxLineBytes);
    std::string text;
    for (;;) {
        auto result = lines.next(text);
        if (result == LineReader::Result::End) break;
        line_ = lines.line_number();
        if (result == LineReader::Result::TooLong) {
            bad_line("line longer than " + std::to_string(kMaxLineBytes >> 20) + " MiB");
            continue;
        }
        // Editors on Windows start UTF-8 files with a byte order mark.
        if (line_ == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
        pending_.clear();
        try {
            read_line(text);
        } catch (const BadLine& e) {
            bad_line(e.what());  // the line's warnings go with it
            continue;
        }
        for (const auto& w : pending_) note(w);
    }
    if (in.bad()) throw InputError(name_ + ": read error");
    return std::move(set_);
}

void Reader::read_line(std::string_view text) {
    if (text.find_first_not_of(" \t\r\f\v") == std::string_view::npos) return;  // blank
    rapidjson::Document doc;
    if (auto error = json::parse(text, doc))
        throw BadLine("malformed JSON at column " + std::to_string(error->offset + 1) + ": " +
                      error->message);
    if (!doc.IsObject()) throw BadLine("expected a JSON object");
    if (doc.HasMember("subject") || doc.HasMember("relation") || doc.HasMember("object"))
        return read_statement(doc);
    if (doc.HasMember("entity")) return read_entity(doc);
    if (doc.HasMember("article")) return read_article(doc);
    throw BadLine("not a statement, entity or article line (no \"subject\", \"entity\" or "
                  "\"article\")");
}

void Reader::read_article(const Value& root) {
    const Value& a = root["article"];
    if (!a.IsObject()) throw BadLine("\"article\" of an article line must be an object");
    Article article;
    const Value* id = member(a, "id");
    if (!id) throw BadLine("missing \"article.id\"");
    article.id = article_id(*id, "article.id");
    if (article.id.empty()) throw BadLine("\"article.id\" is empty");
    article.title = optional_string(a, "title", "article.title");
    article.date = optional_string(a, "date", "article.date");
    article.url = optional_string(a, "url", "article.url");
    set_.articles.push_back(std::move(article));
}

void Reader::read_entity(const Value& root) {
    const Value& e = root["entity"];
    if (!e.IsObject()) throw BadLine("\"entity\" must be an object");
    EntityDecl decl;
    decl.name = required_string(e, "name", "entity.name");
    decl.type = read_node_type(required_string(e, "type", "entity.type"), "entity.type");
    if (const Value* aliases = member(e, "aliases")) {
        if (!aliases->IsArray()) throw BadLine("\"entity.aliases\" must be an array of strings");
        for (const Value& alias : aliases->GetArray()) {
            if (!alias.IsString())
                throw BadLine("\"entity.aliases\" must be an array of strings");
            if (alias.GetStringLength() > 0) decl.aliases.push_back(text_of(alias));
        }
    }
    if (const Value* article = member(root, "article"))
        decl.article = article_id(*article, "article");
    if (const Value* joined = member(e, "joined")) {
        if (!joined->IsArray()) throw BadLine("\"entity.joined\" must be an array of objects");
        for (const Value& j : joined->GetArray()) decl.joined.push_back(read_join(j, decl.article));
    }
    if (const Value* media = member(e, "media")) {
        if (!media->IsBool()) throw BadLine("\"entity.media\" must be true or false");
        decl.media = media->GetBool();
    }
    set_.entities.push_back(std::move(decl));
}

// A merge record of an entity line; its article is the line's unless it names another.
Join Reader::read_join(const Value& j, const std::string& line_article) {
    if (!j.IsObject()) throw BadLine("\"entity.joined\" must be an array of objects");
    Join join;
    join.name = required_string(j, "name", "entity.joined.name");
    join.rule = required_string(j, "rule", "entity.joined.rule");
    join.with = optional_string(j, "with", "entity.joined.with");
    if (const Value* article = member(j, "article"))
        join.article = article_id(*article, "entity.joined.article");
    if (join.article.empty()) join.article = line_article;
    join.sentence = read_sentence(j);
    join.evidence = optional_string(j, "evidence", "entity.joined.evidence");
    return join;
}

void Reader::read_statement(const Value& root) {
    Statement s;
    s.subject = read_ref(root, "subject");
    s.object = read_ref(root, "object");
    const std::string relation = required_string(root, "relation", "relation");
    s.label = optional_string(root, "label", "label");
    if (auto r = parse_relation(relation)) {
        s.relation = *r;
    } else {
        s.relation = Relation::related;
        if (s.label.empty()) s.label = relation;  // keep the word of the text
        warn("unknown relation " + quoted(relation) + ", read as \"related\"");
    }
    if (const Value* article = member(root, "article")) s.article = article_id(*article, "article");
    s.sentence = read_sentence(root);
    s.span = read_span(root);
    s.evidence = optional_string(root, "evidence", "evidence");
    s.source = optional_string(root, "source", "source");
    s.flags = read_flags(root);
    s.confidence = read_confidence(root);
    set_.statements.push_back(std::move(s));
}

EntityRef Reader::read_ref(const Value& root, const char* key) {
    const Value* v = member(root, key);
    if (!v) throw BadLine("missing " + quoted(key));
    if (!v->IsObject()) throw BadLine(quoted(key) + " must be an object with \"name\" and \"type\"");
    const std::string path = key;
    EntityRef ref;
    ref.name = required_string(*v, "name", path + ".name");
    ref.type = read_node_type(required_string(*v, "type", path + ".type"), path + ".type");
    return ref;
}

NodeType Reader::read_node_type(const std::string& type, std::string_view path) {
    if (auto t = parse_node_type(type)) return *t;
    if (auto t = map_foreign_node_type(type)) return *t;  // PERSON, ORG, GPE ...
    warn("unknown entity type " + quoted(type) + " in " + quoted(path) + ", read as \"Other\"");
    return NodeType::Other;
}

std::optional<int> Reader::read_sentence(const Value& obj) {
    const Value* v = member(obj, "sentence");
    if (!v) return std::nullopt;
    if (!v->IsInt() || v->GetInt() < 0)
        throw BadLine("\"sentence\" must be an integer from 0 to " +
                      std::to_string(std::numeric_limits<int>::max()));
    return v->GetInt();
}

std::optional<Span> Reader::read_span(const Value& obj) {
    const Value* v = member(obj, "span");
    if (!v) return std::nullopt;
    const char* what = "\"span\" must be [begin, end] with 0 <= begin <= end (byte offsets)";
    if (!v->IsArray() || v->Size() != 2) throw BadLine(what);
    const Value& b = (*v)[0];
    const Value& e = (*v)[1];
    if (!b.IsUint64() || !e.IsUint64() || b.GetUint64() > e.GetUint64()) throw BadLine(what);
    return Span{static_cast<std::size_t>(b.GetUint64()), static_cast<std::size_t>(e.GetUint64())};
}

std::uint8_t Reader::read_flags(const Value& obj) {
    const Value* v = member(obj, "flags");
    if (!v) return 0;
    const char* what = "\"flags\" must be an array of strings";
    if (!v->IsArray()) throw BadLine(what);
    std::uint8_t flags = 0;
    for (const Value& f : v->GetArray()) {
        if (!f.IsString()) throw BadLine(what);
        if (auto bit = parse_flag(text_of(f)))
            flags |= *bit;
        else  // another tool's flag: the statement still stands
            warn("unknown flag " + quoted(text_of(f)) + " ignored");
    }
    return flags;
}

std::optional<double> Reader::read_confidence(const Value& obj) {
    const Value* v = member(obj, "confidence");
    if (!v) return std::nullopt;
    // The parser rejects NaN and infinities, so a number here is finite.
    if (!v->IsNumber() || !(v->GetDouble() >= 0.0 && v->GetDouble() <= 1.0))
        throw BadLine("\"confidence\" must be a number from 0 to 1");
    return v->GetDouble();
}

void Reader::note(const std::string& what) {
    ++warnings_;
    if (warnings_ < kMaxWarnings)
        diag_.warn(where() + what);
    else if (warnings_ == kMaxWarnings)
        diag_.warn(name_ + ": more than " + std::to_string(kMaxWarnings - 1) +
                   " warnings; the rest are not shown");
}

void Reader::bad_line(const std::string& what) {
    if (options_.strict) throw InputError(where() + what);
    ++diag_.skipped_lines;
    note(what + "; line skipped");
}

}  // namespace

StatementSet read_statements(std::istream& in, const std::string& name,
                             const StatementReadOptions& options, Diagnostics& diag) {
    return Reader(name, options, diag).read(in);
}

}  // namespace kg::io
