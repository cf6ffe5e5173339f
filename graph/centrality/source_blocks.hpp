// Internal: runs per-source work on several threads so that the result does not depend on the
// thread count. Sources are cut into a number of blocks that depends only on the problem size;
// each block is processed in order by one thread into its own accumulator, and the
// accumulators are then combined in block order.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace kg::detail {

// 0 means every core.
inline unsigned resolve_threads(unsigned requested) {
    if (requested > 0) return requested;
    unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : hw;
}

// How many blocks `count` items are cut into: at most 64, fewer when each block carries an
// accumulator of `accumulator_size` doubles and that would take more than about 256 MB.
inline std::size_t block_count(std::size_t count, std::size_t accumulator_size) {
    constexpr std::size_t kMaxBlocks = 64;
    constexpr std::size_t kBudgetDoubles = std::size_t{1} << 25;
    std::size_t by_memory = std::max<std::size_t>(1, kBudgetDoubles / std::max<std::size_t>(1, accumulator_size));
    return std::max<std::size_t>(1, std::min({kMaxBlocks, count, by_memory}));
}

// The items [begin, end) of block b out of `blocks`.
inline std::pair<std::size_t, std::size_t> block_range(std::size_t count, std::size_t blocks,
                                                       std::size_t b) {
    return {count * b / blocks, count * (b + 1) / blocks};
}

// Calls work(b) for every block b in [0, blocks) on up to `threads` threads (0 = every core).
// The first exception thrown by a block is rethrown once every thread has finished.
template <class Work>
void for_each_block(std::size_t blocks, unsigned threads, Work&& work) {
    std::size_t workers = std::min<std::size_t>(resolve_threads(threads), blocks);
    if (workers <= 1) {
        for (std::size_t b = 0; b < blocks; ++b) work(b);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(blocks);
    auto run = [&] {
        for (std::size_t b = next++; b < blocks; b = next++) {
            try {
                work(b);
            } catch (...) {
                errors[b] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(run);
    run();
    for (auto& th : pool) th.join();
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

}  // namespace kg::detail
