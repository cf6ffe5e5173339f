// Large arrays about to be filled: a hint that the kernel back them with huge pages.
#pragma once

#include <cstddef>

namespace kg {

// Asks for transparent huge pages (2 MiB) over the whole 2 MiB pages inside [data, data + bytes),
// before they are first written. Filling a few hundred MB page by page cost a page fault each
// 4 KiB (about a quarter of a GraphML load's time on a virtual machine); with huge pages it is
// one per 2 MiB. Only a hint: without transparent huge pages (or off Linux) nothing changes.
void advise_huge_pages(const void* data, std::size_t bytes);

}  // namespace kg
