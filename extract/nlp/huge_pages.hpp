// An allocator for the large tables the models score from. A lookup in a 10 MB hash table is
// a cache miss whatever is done, but with 4 KiB pages it is a TLB miss (a page walk) as well:
// the table spans thousands of pages. Arrays of 2 MiB and more are placed on 2 MiB boundaries
// and Linux is asked to back them with huge pages (transparent huge pages in "madvise" mode,
// the Debian default); where it declines, they are ordinary memory. Contents are untouched:
// only where the bytes live changes, never their values.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace kg::nlp {

template <class T>
struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t kHugePage = std::size_t{2} << 20;

    HugePageAllocator() = default;
    template <class U>
    HugePageAllocator(const HugePageAllocator<U>&) {}

    T* allocate(std::size_t n) {
        std::size_t bytes = n * sizeof(T);
        if (bytes < kHugePage) return std::allocator<T>().allocate(n);
        // aligned_alloc wants a multiple of the alignment.
        std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        void* p = std::aligned_alloc(kHugePage, rounded);
        if (!p) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        madvise(p, rounded, MADV_HUGEPAGE);  // advice only: failure leaves ordinary pages
#endif
        return static_cast<T*>(p);
    }
    // The same size rule as allocate() tells which way a block came.
    void deallocate(T* p, std::size_t n) {
        if (n * sizeof(T) < kHugePage) return std::allocator<T>().deallocate(p, n);
        std::free(p);
    }

    template <class U>
    bool operator==(const HugePageAllocator<U>&) const {
        return true;
    }
};

}  // namespace kg::nlp
