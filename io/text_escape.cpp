#include "io/text_escape.hpp"

#include <charconv>
#include <cmath>

#include "graph/names.hpp"

namespace kg::io {
namespace {
std::string escape_xml(std::string_view raw, bool in_attribute) {
    std::string s = strip_control_chars(raw, /*keep_newlines=*/true);
    std::string out;
    out.reserve(s.size() + 16);
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += in_attribute ? "&quot;" : "\""; break;
            case '\n': out += in_attribute ? "&#10;" : "\n"; break;
            case '\r': out += "&#13;"; break;
            case '\t': out += in_attribute ? "&#9;" : "\t"; break;
            default: out += c;
        }
    }
    return out;
}
}  // namespace

std::string xml_escape(std::string_view s) { return escape_xml(s, false); }
std::string xml_attr_escape(std::string_view s) { return escape_xml(s, true); }

std::string dot_escape(std::string_view raw) {
    std::string s = strip_control_chars(raw, /*keep_newlines=*/true);
    std::string out;
    out.reserve(s.size() + 16);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '"': out += "\\\""; break;
            case '&': out += "&amp;"; break;
            case '\r':
                if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            case '\t': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

std::string csv_escape(std::string_view s) {
    if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string format_double(double v) {
    if (!std::isfinite(v)) return "0";
    if (v == 0) return "0";  // also -0
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, end);
}

std::string to_nmtoken(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '-' || c == '_' || c == ':';
        out += ok ? static_cast<char>(c) : '_';
    }
    if (out.empty()) out = "_";
    return out;
}

}  // namespace kg::io
