#include "cli/analysis_options.hpp"

#include <charconv>
#include <sstream>

namespace kg::cli {

void add_connection_options(po::options_description& opts) {
    opts.add_options()
        ("directed", "follow edge directions (symmetric relations such as meets go both ways)")
        ("weighted", "use link weights: a stronger tie (more statements) is a shorter distance "
                     "(1 / weight)")
        ("no-hedged", "leave out hedged or negated relations")
        ("relations", po::value<std::string>(),
         "only these relation types, comma-separated (e.g. meets,role)");
}

ConnectionOptions connection_options(const std::string& command, const po::variables_map& vm) {
    ConnectionOptions o;
    o.directed = vm.count("directed") > 0;
    o.include_co_mentions = vm.count("co-mentions") > 0;
    o.skip_hedged = vm.count("no-hedged") > 0;
    if (vm.count("relations"))
        o.relations = parse_relation_list(command, vm["relations"].as<std::string>());
    return o;
}

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> out;
    std::stringstream in(list);
    for (std::string item; std::getline(in, item, ',');) {
        auto b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
        if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
    }
    return out;
}

std::vector<Relation> parse_relation_list(const std::string& command, const std::string& list) {
    std::vector<Relation> out;
    for (const auto& name : split_list(list)) {
        auto r = parse_relation(name);
        if (!r) throw UsageError(command, "unknown relation type '" + name + "'");
        out.push_back(*r);
    }
    if (out.empty()) throw UsageError(command, "--relations needs at least one relation type");
    return out;
}

NodeType parse_type_option(const std::string& command, const std::string& option,
                           const std::string& value) {
    auto t = parse_node_type(value);
    if (!t)
        throw UsageError(command, option + " must be Person, Organization, Place, Event or Other, not '" +
                                      value + "'");
    return *t;
}

std::string format_number(double x) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, res.ptr);
}

}  // namespace kg::cli
