// libFuzzer target: the node-link JSON reader never crashes on hostile JSON, and what it
// accepts can be written back.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "graph/errors.hpp"
#include "io/io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    try {
        kg::KnowledgeGraph g = kg::io::read_json_graph(in, "fuzz.json");
        std::ostringstream out;
        kg::io::write_json(g, out);
        kg::io::write_graphml(g, out);
    } catch (const kg::InputError&) {
    }
    return 0;
}
