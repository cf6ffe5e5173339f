// libFuzzer target: the statements JSON Lines reader never crashes, whatever the bytes; bad
// lines are skipped (default) or an InputError (strict).
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "graph/build.hpp"
#include "graph/errors.hpp"
#include "io/io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    for (bool strict : {false, true}) {
        std::istringstream in(text);
        kg::io::Diagnostics diag;
        kg::io::StatementReadOptions opt;
        opt.strict = strict;
        try {
            kg::StatementSet set = kg::io::read_statements(in, "fuzz.jsonl", opt, diag);
            kg::KnowledgeGraph g = kg::build_graph(set);
            std::ostringstream out;
            kg::io::write_statements(set, out);
            kg::io::write_graphml(g, out);
        } catch (const kg::InputError&) {
        }
    }
    return 0;
}
