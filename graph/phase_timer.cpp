#include "graph/phase_timer.hpp"

#include <charconv>
#include <ostream>

namespace kg {

void PhaseTimer::report(std::string_view phase, double seconds) const {
    if (!out_) return;
    char number[64];
    const auto end = std::to_chars(number, number + sizeof number, seconds).ptr;
    // Flushed per line: a run that fails later still shows the phases it finished.
    *out_ << "{\"phase\": \"" << phase << "\", \"seconds\": " << std::string_view(number, end - number)
          << "}" << std::endl;
}

}  // namespace kg
