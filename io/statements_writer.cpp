// Writing statements JSON Lines exactly as DESIGN.md shows them: articles, then entities,
// then statements, one compact object per line, fields in the documented order, optional
// fields left out when absent, so that read_statements(write_statements(x)) == x.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

#include <rapidjson/internal/dtoa.h>

#include "io/io.hpp"
#include "io/json_util.hpp"

namespace kg::io {
namespace {

// Compact JSON, written byte for byte as rapidjson::Writer writes it (same escapes, same
// number formats), straight into one buffer that is flushed to the stream in large blocks:
// the statements of a corpus are millions of short strings, and a Writer per line, a check
// per string and a stream call per line cost more than the extraction of some articles.
class JsonWriter {
   public:
    explicit JsonWriter(std::ostream& out) : out_(out) { buffer_.reserve(kFlushBytes + 4096); }
    ~JsonWriter() { flush(); }

    void StartObject() { open('{'); }
    void EndObject() { close('}'); }
    void StartArray() { open('['); }
    void EndArray() { close(']'); }
    void Key(std::string_view key) {
        prefix();
        quoted(key);
        buffer_ += ':';
        after_key_ = true;
    }
    void String(std::string_view s) {
        prefix();
        quoted(s);
    }
    void Int(long long v) { number(v); }
    void Bool(bool v) {
        prefix();
        buffer_ += v ? "true" : "false";
    }
    void Uint64(unsigned long long v) { number(v); }
    // Finite values only (the caller checks), as rapidjson's Writer::Double requires.
    void Double(double v) {
        prefix();
        char digits[32];
        char* end = rapidjson::internal::dtoa(v, digits);
        buffer_.append(digits, end);
    }
    // Ends a line (one top-level object); the buffer goes out once it is large.
    void EndLine() {
        buffer_ += '\n';
        if (buffer_.size() >= kFlushBytes) flush();
    }

   private:
    static constexpr std::size_t kFlushBytes = 1 << 16;
    static constexpr std::size_t kMaxDepth = 8;  // statements nest four levels (entity, joined, a join)

    std::ostream& out_;
    std::string buffer_;
    std::size_t depth_ = 0;
    bool has_value_[kMaxDepth] = {};  // a value written already at this level: comma first
    bool after_key_ = false;

    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }
    void prefix() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ > 0 && has_value_[depth_]) buffer_ += ',';
        has_value_[depth_] = true;
    }
    void open(char c) {
        prefix();
        buffer_ += c;
        has_value_[++depth_] = false;
    }
    void close(char c) {
        buffer_ += c;
        --depth_;
    }
    template <typename T>
    void number(T v) {
        prefix();
        char digits[24];
        auto result = std::to_chars(digits, digits + sizeof digits, v);
        buffer_.append(digits, result.ptr);
    }
    void quoted(std::string_view s);
};

// rapidjson's escapes: '"', '\\' and control characters; everything else, UTF-8 included, is
// copied as it is.
char escape_of(unsigned char c) {
    switch (c) {
        case '"': return '"';
        case '\\': return '\\';
        case '\b': return 'b';
        case '\t': return 't';
        case '\n': return 'n';
        case '\f': return 'f';
        case '\r': return 'r';
        default: return c < 0x20 ? 'u' : 0;
    }
}

// Does any of the eight bytes need a look: a control character, '"', '\\' or a non-ASCII
// byte? (Bit tricks: "has a byte less than n", exact as a yes/no answer for n <= 128.)
bool needs_care(std::uint64_t x) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_less = [&](std::uint64_t v, std::uint64_t n) { return (v - kOnes * n) & ~v & kHigh; };
    auto has_byte = [&](std::uint64_t v, unsigned char b) { return has_less(v ^ (kOnes * b), 1); };
    return ((x & kHigh) | has_less(x, 0x20) | has_byte(x, '"') | has_byte(x, '\\')) != 0;
}

// Strings are made valid UTF-8 first: a statement built from a damaged article must still
// give a file every JSON parser accepts. Plain ASCII (nearly everything) is scanned eight
// bytes at a time and copied in runs; UTF-8 is checked once, at its first non-ASCII byte.
void JsonWriter::quoted(std::string_view s) {
    const std::size_t open = buffer_.size();
    buffer_ += '"';
    bool utf8_checked = false;
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size();) {
        if (i + 8 <= s.size()) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            if (!needs_care(word)) {
                i += 8;
                continue;
            }
        }
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80 && !utf8_checked) {
            utf8_checked = true;
            if (!json::is_valid_utf8(s)) {
                buffer_.resize(open);  // start again with the repaired string
                quoted(json::valid_utf8(s));
                return;
            }
        }
        if (c >= 0x80 || (c >= 0x20 && c != '"' && c != '\\')) {
            ++i;
            continue;
        }
        buffer_.append(s.data() + run, i - run);
        run = ++i;
        char e = escape_of(c);
        buffer_ += '\\';
        buffer_ += e;
        if (e == 'u') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            buffer_ += "00";
            buffer_ += kHex[c >> 4];
            buffer_ += kHex[c & 0xF];
        }
    }
    buffer_.append(s.data() + run, s.size() - run);
    buffer_ += '"';
}

void put_string(JsonWriter& w, std::string_view s) { w.String(s); }

void put_key(JsonWriter& w, const char* key) { w.Key(key); }

void put_optional(JsonWriter& w, const char* key, std::string_view s) {
    if (s.empty()) return;
    put_key(w, key);
    put_string(w, s);
}

void put_ref(JsonWriter& w, const char* key, const EntityRef& ref) {
    put_key(w, key);
    w.StartObject();
    put_key(w, "name");
    put_string(w, ref.name);
    put_key(w, "type");
    put_string(w, to_string(ref.type));
    w.EndObject();
}

void put_flags(JsonWriter& w, std::uint8_t flags) {
    if (!flags) return;
    put_key(w, "flags");
    w.StartArray();
    for (std::uint8_t bit : {kHedged, kNegated, kAttributed})
        if (flags & bit) put_string(w, flags_to_string(bit));
    w.EndArray();
}

// A confidence that is not a finite number cannot be written as JSON (WriteDouble refuses
// it); it is left out, as for a statement without one.
void put_confidence(JsonWriter& w, const std::optional<double>& confidence) {
    if (!confidence || !std::isfinite(*confidence)) return;
    put_key(w, "confidence");
    w.Double(*confidence);
}

void write_article(JsonWriter& w, const Article& a) {
    w.StartObject();
    put_key(w, "article");
    w.StartObject();
    put_key(w, "id");
    put_string(w, a.id);
    put_optional(w, "title", a.title);
    put_optional(w, "date", a.date);
    put_optional(w, "url", a.url);
    w.EndObject();
    w.EndObject();
}

// One merge record; its article is left out when it is the entity line's own.
void write_join(JsonWriter& w, const Join& j, const std::string& line_article) {
    w.StartObject();
    put_key(w, "name");
    put_string(w, j.name);
    put_key(w, "rule");
    put_string(w, j.rule);
    put_optional(w, "with", j.with);
    if (j.article != line_article) put_optional(w, "article", j.article);
    if (j.sentence) {
        put_key(w, "sentence");
        w.Int(*j.sentence);
    }
    put_optional(w, "evidence", j.evidence);
    w.EndObject();
}

void write_entity(JsonWriter& w, const EntityDecl& e) {
    w.StartObject();
    put_key(w, "entity");
    w.StartObject();
    put_key(w, "name");
    put_string(w, e.name);
    put_key(w, "type");
    put_string(w, to_string(e.type));
    if (!e.aliases.empty()) {
        put_key(w, "aliases");
        w.StartArray();
        for (const auto& alias : e.aliases) put_string(w, alias);
        w.EndArray();
    }
    if (!e.joined.empty()) {
        put_key(w, "joined");
        w.StartArray();
        for (const Join& j : e.joined) write_join(w, j, e.article);
        w.EndArray();
    }
    if (e.media) {
        put_key(w, "media");
        w.Bool(true);
    }
    w.EndObject();
    put_optional(w, "article", e.article);
    w.EndObject();
}

void write_statement(JsonWriter& w, const Statement& s) {
    w.StartObject();
    put_ref(w, "subject", s.subject);
    put_key(w, "relation");
    put_string(w, to_string(s.relation));
    put_optional(w, "label", s.label);
    put_ref(w, "object", s.object);
    put_optional(w, "article", s.article);
    if (s.sentence) {
        put_key(w, "sentence");
        w.Int(*s.sentence);
    }
    if (s.span) {
        put_key(w, "span");
        w.StartArray();
        w.Uint64(s.span->first);
        w.Uint64(s.span->second);
        w.EndArray();
    }
    put_optional(w, "evidence", s.evidence);
    put_optional(w, "source", s.source);
    put_flags(w, s.flags);
    put_confidence(w, s.confidence);
    w.EndObject();
}

// One object per line.
template <typename T, typename Fn>
void write_lines(const std::vector<T>& items, Fn write_one, JsonWriter& w) {
    for (const T& item : items) {
        write_one(w, item);
        w.EndLine();
    }
}

}  // namespace

void write_statements(const StatementSet& set, std::ostream& out) {
    JsonWriter w(out);
    write_lines(set.articles, write_article, w);
    write_lines(set.entities, write_entity, w);
    write_lines(set.statements, write_statement, w);
}

}  // namespace kg::io
