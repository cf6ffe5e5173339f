#include "io/json_util.hpp"

#include <cstring>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/names.hpp"

namespace kg::io::json {
namespace {

constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag |
                                 rapidjson::kParseValidateEncodingFlag |
                                 rapidjson::kParseFullPrecisionFlag;

// Forwards SAX events to the document while bounding the nesting depth and noting where the
// elements of top-level arrays start. Returning false stops the parser
// (kParseErrorTermination), which parse() turns into the depth message.
class GuardedHandler {
   public:
    GuardedHandler(rapidjson::Document& doc, const rapidjson::MemoryStream& stream,
                   ElementOffsets* offsets)
        : doc_(doc), stream_(stream), offsets_(offsets) {}

    bool too_deep() const { return too_deep_; }

    bool Null() {
        value();
        return doc_.Null();
    }
    bool Bool(bool b) {
        value();
        return doc_.Bool(b);
    }
    bool Int(int i) {
        value();
        return doc_.Int(i);
    }
    bool Uint(unsigned u) {
        value();
        return doc_.Uint(u);
    }
    bool Int64(std::int64_t i) {
        value();
        return doc_.Int64(i);
    }
    bool Uint64(std::uint64_t u) {
        value();
        return doc_.Uint64(u);
    }
    bool Double(double d) {
        value();
        return doc_.Double(d);
    }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
        value();
        return doc_.RawNumber(s, n, copy);
    }
    bool String(const char* s, rapidjson::SizeType n, bool copy) {
        value();
        return doc_.String(s, n, copy);
    }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) {
        if (depth_ == 1) root_key_.assign(s, n);
        return doc_.Key(s, n, copy);
    }
    bool StartObject() {
        value(true);
        if (!enter(false)) return false;
        return doc_.StartObject();
    }
    bool EndObject(rapidjson::SizeType n) {
        leave();
        return doc_.EndObject(n);
    }
    bool StartArray() {
        value(true);
        if (!enter(true)) return false;
        return doc_.StartArray();
    }
    bool EndArray(rapidjson::SizeType n) {
        leave();
        return doc_.EndArray(n);
    }

   private:
    // Called for every value: records where an element of a tracked array starts. The
    // iterative parser announces an object or array before consuming its first byte, and a
    // scalar after consuming its whole token (hence the last byte of a scalar: a scalar
    // spans one line anyway).
    void value(bool container = false) {
        if (!offsets_ || depth_ != 2 || !tracking_) return;
        std::size_t at = stream_.Tell();
        (*offsets_)[root_key_].push_back(container || at == 0 ? at : at - 1);
    }
    bool enter(bool is_array) {
        if (depth_ == 0) root_is_object_ = !is_array;
        if (depth_ == 1 && is_array && root_is_object_) tracking_ = true;
        if (++depth_ > kMaxDepth) {
            too_deep_ = true;
            return false;
        }
        return true;
    }
    void leave() {
        if (--depth_ == 1) tracking_ = false;
    }

    rapidjson::Document& doc_;
    const rapidjson::MemoryStream& stream_;
    ElementOffsets* offsets_;
    std::size_t depth_ = 0;
    bool root_is_object_ = false;
    bool tracking_ = false;
    bool too_deep_ = false;
    std::string root_key_;
};

}  // namespace

std::optional<ParseError> parse(std::string_view text, rapidjson::Document& doc,
                                ElementOffsets* offsets) {
    if (const void* nul = std::memchr(text.data(), '\0', text.size()))
        return ParseError{static_cast<std::size_t>(static_cast<const char*>(nul) - text.data()),
                          "a NUL byte in the text"};
    rapidjson::MemoryStream stream(text.data(), text.size());
    GuardedHandler handler(doc, stream, offsets);
    rapidjson::Reader reader;
    rapidjson::ParseResult result;
    auto generate = [&](rapidjson::Document&) {
        result = reader.Parse<kParseFlags>(stream, handler);
        return !result.IsError();
    };
    doc.Populate(generate);
    if (!result.IsError()) return std::nullopt;
    if (handler.too_deep())
        return ParseError{result.Offset(),
                          "nested deeper than " + std::to_string(kMaxDepth) + " levels"};
    return ParseError{result.Offset(), rapidjson::GetParseError_En(result.Code())};
}

LineCol line_col(std::string_view text, std::size_t offset) {
    LineCol lc;
    offset = std::min(offset, text.size());
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            line_start = i + 1;
        }
    }
    lc.column = offset - line_start + 1;
    return lc;
}

std::string to_text(const rapidjson::Value& v) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

bool is_valid_utf8(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        // Plain ASCII (nearly all text) is skipped eight bytes at a time.
        std::uint64_t word;
        if (pos + 8 <= s.size()) {
            std::memcpy(&word, s.data() + pos, 8);
            if (!(word & 0x8080808080808080ull)) {
                pos += 8;
                continue;
            }
        }
        std::size_t start = pos;
        // U+FFFD is what decode_utf8() gives for a bad byte; written out it is valid.
        if (decode_utf8(s, pos) == 0xFFFD && s.substr(start, 3) != "\xEF\xBF\xBD") return false;
    }
    return true;
}

std::string valid_utf8(std::string_view s) {
    if (is_valid_utf8(s)) return std::string(s);  // the common case: nothing to replace
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) append_utf8(out, decode_utf8(s, pos));
    return out;
}

}  // namespace kg::io::json
