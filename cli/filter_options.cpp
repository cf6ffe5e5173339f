#include "cli/filter_options.hpp"

#include <algorithm>
#include <iostream>
#include <cctype>
#include <sstream>

#include "graph/name_lookup.hpp"

namespace kg::cli {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Every value of --NAME LIST (repeatable, comma-separated), read case-insensitively against
// names(0..count); an unknown one is a usage error that lists the valid names.
// The names of values 0..count-1, for messages: "Person, Organization, ...".
template <class T, class Names>
std::string valid_names(int count, Names name_of) {
    std::string valid;
    for (int i = 0; i < count; ++i) valid += (i ? ", " : "") + std::string(name_of(static_cast<T>(i)));
    return valid;
}

// The value whose name is `item` in any case; a usage error naming the valid ones otherwise.
template <class T, class Names>
T parse_name(const std::string& command, const std::string& option, const std::string& item, int count,
             Names name_of) {
    for (int i = 0; i < count; ++i)
        if (lower(name_of(static_cast<T>(i))) == lower(item)) return static_cast<T>(i);
    throw UsageError(command, option + ": unknown value '" + item + "'; valid values: " +
                                  valid_names<T>(count, name_of));
}

template <class T, class Names>
std::vector<T> parse_names(const std::string& command, const po::variables_map& vm, const char* option,
                           int count, Names name_of) {
    std::vector<T> out;
    if (!vm.count(option)) return out;
    const std::string flag = "--" + std::string(option);
    for (const auto& list : vm[option].as<std::vector<std::string>>())
        for (const auto& item : split_list(list)) {
            const T value = parse_name<T>(command, flag, item, count, name_of);
            if (std::find(out.begin(), out.end(), value) == out.end()) out.push_back(value);
        }
    if (out.empty())
        throw UsageError(command, flag + " needs at least one of: " + valid_names<T>(count, name_of));
    return out;
}

}  // namespace

void add_filter_options(po::options_description& opts, unsigned sets) {
    if (sets & kSelection) {
        po::options_description o("Filters (applied in this order: type and relation, exclusions, degree, components, top)");
        o.add_options()
            ("type", po::value<std::vector<std::string>>()->composing(),
             "only entities of these types, comma-separated, any case (Person,Organization,Place,Event,Other)")
            ("relations", po::value<std::vector<std::string>>()->composing(),
             "only relations of these types, comma-separated (e.g. meets,role)")
            ("exclude", po::value<std::vector<std::string>>()->composing(),
             "leave out this entity and its relations (as you would type the name; repeatable)")
            ("no-hedged", "leave out hedged or negated relations")
            ("include-media", "count news outlets in degrees and analyses (left out by default)")
            ("min-degree", po::value<std::size_t>(), "only entities with at least N neighbours")
            ("drop-isolates", "leave out entities with no relation left");
        if (sets & kGraphFilters)
            o.add_options()
                ("min-weight", po::value<double>(), "only relations with at least this many statements")
                ("ego", po::value<std::string>(), "only the ego network of this entity (components step)")
                ("depth", po::value<std::size_t>()->default_value(1), "hops of --ego")
                ("largest-component", "only the largest connected component")
                ("top", po::value<std::size_t>(), "only the N highest-ranked entities by --by (0 = all)")
                ("by", po::value<std::string>()->default_value("degree"),
                 "measure for --top: degree, strength, betweenness, closeness, harmonic, pagerank, eigenvector, core");
        opts.add(o);
    }
    if (sets & kView)
        opts.add_options()
            ("directed", "follow edge directions (symmetric relations such as meets go both ways)")
            ("weighted", "use link weights: a stronger tie (more statements) is a shorter distance (1 / weight)");
}

EdgeSelection edge_selection(const std::string& command, const po::variables_map& vm) {
    EdgeSelection s;
    s.co_mentions = vm.count("co-mentions") > 0;
    s.hedged = vm.count("no-hedged") == 0;
    s.media = vm.count("include-media") > 0;
    s.relations = parse_names<Relation>(command, vm, "relations", kRelationCount,
                                        [](Relation r) { return to_string(r); });
    s.types = parse_names<NodeType>(command, vm, "type", kNodeTypeCount, [](NodeType t) { return to_string(t); });
    return s;
}

GraphFilter graph_filter(const std::string& command, const po::variables_map& vm, const KnowledgeGraph& kg,
                         unsigned sets) {
    GraphFilter f;
    f.selection = edge_selection(command, vm);
    f.drop_outlets = !(sets & kGraphFilters) && !f.selection.media;
    if (vm.count("exclude"))
        for (const auto& name : vm["exclude"].as<std::vector<std::string>>())
            f.exclude.push_back(kg.g[require_name(kg, name)].id);
    if (vm.count("min-degree")) f.min_degree = vm["min-degree"].as<std::size_t>();
    f.drop_isolates = vm.count("drop-isolates") > 0;
    if (!(sets & kGraphFilters)) return f;  // --top there counts rows, not entities kept
    if (vm.count("min-weight")) f.min_weight = vm["min-weight"].as<double>();
    if (vm.count("ego")) {
        f.ego = kg.g[require_name(kg, vm["ego"].as<std::string>())].id;
        f.ego_depth = vm["depth"].as<std::size_t>();
    }
    f.largest_component = vm.count("largest-component") > 0;
    if (vm.count("top") && vm["top"].as<std::size_t>() > 0) f.top = vm["top"].as<std::size_t>();
    if (vm.count("by")) {
        const auto& by = vm["by"].as<std::string>();
        auto measure = parse_measure(lower(by));
        if (!measure || *measure == Measure::community)
            throw UsageError(command, "--by: unknown measure '" + by +
                                          "'; valid values: degree, in_degree, out_degree, strength, betweenness, "
                                          "closeness, harmonic, pagerank, eigenvector, core");
        f.by = *measure;
    }
    return f;
}

KnowledgeGraph filter_loaded(const std::string& command, const po::variables_map& vm, KnowledgeGraph kg,
                             unsigned sets) {
    const GraphFilter filter = graph_filter(command, vm, kg, sets);
    AnalysisOptions analysis = analysis_options(command, vm);
    const PhaseTimer timings = analysis.timings;
    analysis.timings = PhaseTimer();  // the measures of --top are part of "filter"
    const std::size_t nodes = kg.node_count(), edges = kg.edge_count();
    KnowledgeGraph view = timings.time("filter", [&] { return filter_graph(std::move(kg), filter, analysis); });
    if ((sets & kGraphFilters) && (view.node_count() != nodes || view.edge_count() != edges))
        std::cerr << "kept " << view.node_count() << " of " << nodes << " entities and " << view.edge_count()
                  << " of " << edges << " relations\n";
    return view;
}

AnalysisOptions analysis_options(const std::string& command, const po::variables_map& vm) {
    AnalysisOptions o;
    o.connection = connection_options(edge_selection(command, vm), vm.count("directed") > 0);
    o.weighted = vm.count("weighted") > 0;
    o.threads = threads_option(vm);
    o.timings = timings_option(vm);
    return o;
}

NodeType node_type_value(const std::string& command, const std::string& option, const std::string& value) {
    return parse_name<NodeType>(command, option, value, kNodeTypeCount, [](NodeType t) { return to_string(t); });
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

}  // namespace kg::cli
