// Wall-clock time of a program's phases (reading, extraction, each analysis, writing), reported
// as each phase ends: one JSON object per line, {"phase": "betweenness", "seconds": 0.25}, so
// that a benchmark can compare one algorithm's time with another's and not with a whole
// process. A timer made without a stream measures nothing and costs one branch per phase.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string_view>
#include <utility>

namespace kg {

class PhaseTimer {
   public:
    PhaseTimer() = default;                                // off
    explicit PhaseTimer(std::ostream* out) : out_(out) {}  // nullptr: off

    bool enabled() const { return out_ != nullptr; }

    // Runs f() and reports its time under `phase`; returns what f returns.
    template <class F>
    decltype(auto) time(std::string_view phase, F&& f) const {
        Scope scope(*this, phase);
        return std::forward<F>(f)();
    }

    // Reports the time from its construction to its destruction under `phase`.
    class Scope {
       public:
        Scope(const PhaseTimer& timer, std::string_view phase)
            : timer_(timer), phase_(phase), start_(timer.enabled() ? Clock::now() : Clock::time_point{}) {}
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
        ~Scope() {
            if (timer_.enabled())
                timer_.report(phase_, std::chrono::duration<double>(Clock::now() - start_).count());
        }

       private:
        const PhaseTimer& timer_;
        std::string_view phase_;
        std::chrono::steady_clock::time_point start_;
    };

    // One line {"phase": NAME, "seconds": S}. NAME is a plain word (a measure's name, "load").
    void report(std::string_view phase, double seconds) const;

   private:
    using Clock = std::chrono::steady_clock;
    std::ostream* out_ = nullptr;
};

}  // namespace kg
