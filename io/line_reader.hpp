// Internal to io/: reading a stream line by line with a bound on the length of one line, so
// that a huge file is streamed and a huge line cannot exhaust memory.
#pragma once

#include <array>
#include <cstddef>
#include <istream>
#include <string>

namespace kg::io {

class LineReader {
   public:
    // Lines longer than `max_bytes` (without the newline) are reported as too long and
    // skipped without being kept in memory.
    LineReader(std::istream& in, std::size_t max_bytes) : in_(in), max_bytes_(max_bytes) {}

    enum class Result { Line, TooLong, End };

    // Reads the next line into `line` (without "\n" or "\r\n"). On TooLong the line has been
    // consumed and `line` is empty. line_number() is the number of the line just read.
    Result next(std::string& line);
    std::size_t line_number() const { return line_number_; }

   private:
    std::istream& in_;
    std::size_t max_bytes_;
    std::size_t line_number_ = 0;
    std::array<char, 64 * 1024> chunk_{};
};

}  // namespace kg::io
