#include "cli/command_line.hpp"

#include "cli/filter_options.hpp"
#include "cli/graph_options.hpp"

namespace kg::cli {

bool parse_command(const CommandSpec& spec, const Args& args, po::options_description& own,
                   po::variables_map& vm) {
    add_filter_options(own, spec.groups);
    if (spec.groups & kLoad) add_load_options(own);
    if (spec.groups & kStyle) add_style_options(own);
    po::positional_options_description pos;
    pos.add(spec.positional.c_str(), -1);
    return parse_command_line(spec.name, spec.synopsis, spec.description, args, own, pos, vm);
}

}  // namespace kg::cli
