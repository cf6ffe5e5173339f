#include "io/line_reader.hpp"

namespace kg::io {

LineReader::Result LineReader::next(std::string& line) {
    line.clear();
    bool read_any = false;
    bool too_long = false;
    const auto chunk_size = static_cast<std::streamsize>(chunk_.size());
    while (in_) {
        // istream::getline stops at a newline, at the end of the input, or when the chunk is
        // full (failbit); in the last case the line continues in the next chunk.
        in_.getline(chunk_.data(), chunk_size);
        const auto count = static_cast<std::size_t>(in_.gcount());
        const bool chunk_full = in_.fail() && !in_.eof() && count == chunk_.size() - 1;
        const bool ended_by_newline = !in_.fail() && !in_.eof();
        const std::size_t stored = ended_by_newline ? count - 1 : count;
        read_any = read_any || count > 0;
        if (!too_long) {
            if (line.size() + stored > max_bytes_ + 1) {  // +1: a '\r' still to be dropped
                too_long = true;
                line.clear();
                line.shrink_to_fit();
            } else {
                line.append(chunk_.data(), stored);
            }
        }
        if (chunk_full) {
            in_.clear(in_.rdstate() & ~std::ios::failbit);
            continue;
        }
        break;
    }
    if (!read_any) return Result::End;
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!too_long && line.size() > max_bytes_) too_long = true;
    if (too_long) {
        line.clear();
        return Result::TooLong;
    }
    return Result::Line;
}

}  // namespace kg::io
