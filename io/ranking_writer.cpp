// Rankings as an aligned table, CSV or JSON.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "graph/names.hpp"
#include "io/json_util.hpp"
#include "io/reports.hpp"
#include "io/text_escape.hpp"

namespace kg::io {
namespace {

bool is_count(Measure m) { return column_kind(m) == AttrKind::Long; }

std::string table_number(Measure m, double x) {
    if (is_count(m)) return std::to_string(static_cast<long long>(x));
    std::ostringstream s;
    s << std::setprecision(6) << x;
    return s.str();
}

std::string exact_number(Measure m, double x) {
    if (is_count(m)) return std::to_string(static_cast<long long>(x));
    return format_double(x);
}

void write_table(std::ostream& out, const KnowledgeGraph& kg, const std::vector<std::size_t>& rows,
                 const std::vector<Measure>& measures, const Measures& values) {
    std::vector<std::vector<std::string>> cells;
    std::vector<std::string> header = {"rank", "label", "type"};
    for (Measure m : measures) header.emplace_back(to_string(m));
    cells.push_back(header);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const NodeProps& n = kg.g[rows[i]];
        std::vector<std::string> line = {std::to_string(i + 1), strip_control_chars(n.label, false),
                                         std::string(to_string(n.type))};
        for (Measure m : measures) line.push_back(table_number(m, values.value(m, rows[i])));
        cells.push_back(std::move(line));
    }
    std::vector<std::size_t> width(header.size(), 0);
    for (const auto& line : cells)
        for (std::size_t c = 0; c < line.size(); ++c) width[c] = std::max(width[c], line[c].size());
    for (const auto& line : cells) {
        for (std::size_t c = 0; c < line.size(); ++c) {
            const bool left = c == 1 || c == 2;  // label and type read left-aligned
            const std::string pad(width[c] - line[c].size(), ' ');
            if (c) out << "  ";
            if (left)
                out << line[c] << (c + 1 < line.size() ? pad : "");
            else
                out << pad << line[c];
        }
        out << "\n";
    }
}

void write_csv(std::ostream& out, const KnowledgeGraph& kg, const std::vector<std::size_t>& rows,
               const std::vector<Measure>& measures, const Measures& values) {
    out << "id,label,type";
    for (Measure m : measures) out << "," << to_string(m);
    out << "\n";
    for (std::size_t v : rows) {
        const NodeProps& n = kg.g[v];
        out << csv_escape(n.id) << "," << csv_escape(n.label) << "," << to_string(n.type);
        for (Measure m : measures) out << "," << exact_number(m, values.value(m, v));
        out << "\n";
    }
}

void write_json(std::ostream& out, const KnowledgeGraph& kg, const std::vector<std::size_t>& rows,
                const std::vector<Measure>& measures, const Measures& values) {
    rapidjson::OStreamWrapper os(out);
    rapidjson::Writer<rapidjson::OStreamWrapper> w(os);
    auto put = [&](std::string_view s) {
        const std::string text = json::valid_utf8(s);
        w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
    };
    w.StartArray();
    for (std::size_t v : rows) {
        const NodeProps& n = kg.g[v];
        w.StartObject();
        w.Key("id");
        put(n.id);
        w.Key("label");
        put(n.label);
        w.Key("type");
        put(to_string(n.type));
        for (Measure m : measures) {
            w.Key(std::string(to_string(m)).c_str());
            const std::string number = exact_number(m, values.value(m, v));
            w.RawValue(number.c_str(), number.size(), rapidjson::kNumberType);
        }
        w.EndObject();
    }
    w.EndArray();
    os.Flush();
    out << "\n";
}

}  // namespace

void write_ranking(std::ostream& out, const KnowledgeGraph& kg, const std::vector<std::size_t>& rows,
                   const std::vector<Measure>& measures, const Measures& values, RankingFormat format) {
    switch (format) {
        case RankingFormat::Table: write_table(out, kg, rows, measures, values); break;
        case RankingFormat::Csv: write_csv(out, kg, rows, measures, values); break;
        case RankingFormat::Json: write_json(out, kg, rows, measures, values); break;
    }
}

}  // namespace kg::io
