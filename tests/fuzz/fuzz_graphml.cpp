// libFuzzer target: the GraphML reader never crashes or hangs on hostile XML, and what it
// accepts can be written in every format.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "graph/errors.hpp"
#include "io/io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    try {
        kg::KnowledgeGraph g = kg::io::read_graphml(in, "fuzz.graphml");
        std::ostringstream out;
        kg::io::write_graphml(g, out);
        kg::io::write_gexf(g, out);
        kg::io::write_dot(g, out);
        kg::io::write_json(g, out);
    } catch (const kg::InputError&) {
    }
    return 0;
}
