// CSV of the nodes with every column (RFC 4180 quoting), for spreadsheets.
#include <ostream>

#include "io/columns.hpp"
#include "io/io.hpp"

namespace kg::io {
namespace {
std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}
}  // namespace

void write_csv_nodes(const KnowledgeGraph& kg, std::ostream& out) {
    auto cols = node_columns(kg);
    out << "id";
    for (const auto& c : cols) out << ',' << csv_field(c.name);
    out << '\n';
    WriteOptions opt;
    for (auto v : boost::make_iterator_range(boost::vertices(kg.g))) {
        out << csv_field(kg.g[v].id);
        for (const auto& c : cols) out << ',' << csv_field(value_text(node_value(kg, v, c, opt), c.kind));
        out << '\n';
    }
}

}  // namespace kg::io
