// mmap and munmap, aligned to the huge page size so that the whole buffer can use huge pages.
#include "kiosk/render/page_buffer.h"

#include <sys/mman.h>

#include <utility>

namespace kiosk {
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::size_t round_up(std::size_t n, std::size_t to) { return (n + to - 1) / to * to; }

}  // namespace

PageBuffer::PageBuffer(std::size_t pixels) {
    if (pixels == 0) return;
    const std::size_t bytes = round_up(pixels * sizeof(std::uint32_t), kHugePage);
    // One huge page more than needed, then the unaligned ends are unmapped.
    const std::size_t over = bytes + kHugePage;
    void* raw = mmap(nullptr, over, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return;
    auto* start = static_cast<std::uint8_t*>(raw);
    const auto address = reinterpret_cast<std::uintptr_t>(start);
    auto* aligned = start + (round_up(address, kHugePage) - address);
    if (aligned > start) munmap(start, static_cast<std::size_t>(aligned - start));
    auto* end = start + over;
    if (end > aligned + bytes) munmap(aligned + bytes, static_cast<std::size_t>(end - (aligned + bytes)));
    // Only advice: without transparent huge pages the buffer works the same with small pages.
    madvise(aligned, bytes, MADV_HUGEPAGE);
    data_ = reinterpret_cast<std::uint32_t*>(aligned);
    mapped_ = bytes;
}

PageBuffer::~PageBuffer() { release(); }

PageBuffer::PageBuffer(PageBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), mapped_(std::exchange(other.mapped_, 0)) {}

PageBuffer& PageBuffer::operator=(PageBuffer&& other) noexcept {
    if (this != &other) {
        release();
        data_ = std::exchange(other.data_, nullptr);
        mapped_ = std::exchange(other.mapped_, 0);
    }
    return *this;
}

void PageBuffer::release() {
    if (data_ != nullptr) munmap(data_, mapped_);
    data_ = nullptr;
    mapped_ = 0;
}

}  // namespace kiosk
