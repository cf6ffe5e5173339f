// Large arrays about to be filled: backed by huge pages where the kernel offers them.
#pragma once

#include <cstddef>
#include <new>

namespace kg {

// Asks for transparent huge pages (2 MiB) over the whole 2 MiB pages inside [data, data + bytes),
// before they are first written. Filling a few hundred MB page by page cost a page fault each
// 4 KiB (about a quarter of a GraphML load's time on a virtual machine); with huge pages it is
// one per 2 MiB. Only a hint: without transparent huge pages (or off Linux) nothing changes.
void advise_huge_pages(const void* data, std::size_t bytes);

// Memory of its own mapping for each allocation (advised as above), given back to the system
// when freed. For a few large buffers that are freed while the program goes on: malloc serves
// blocks below its (growing) mmap threshold from its heap, where freed memory stays resident.
void* map_pages(std::size_t bytes);  // throws std::bad_alloc
void unmap_pages(void* data, std::size_t bytes) noexcept;

template <class T>
struct MappedAllocator {
    using value_type = T;
    MappedAllocator() = default;
    template <class U>
    MappedAllocator(const MappedAllocator<U>&) noexcept {}  // NOLINT(google-explicit-constructor)
    T* allocate(std::size_t n) { return static_cast<T*>(map_pages(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { unmap_pages(p, n * sizeof(T)); }
    template <class U>
    bool operator==(const MappedAllocator<U>&) const noexcept {
        return true;
    }
};

}  // namespace kg
