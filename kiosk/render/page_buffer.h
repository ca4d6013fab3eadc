// Memory for the large pixel buffers a fade needs for half a second: a mapping of its own, given
// back to the system the moment it is freed (between fades the kiosk holds no such buffer), and
// asked for as huge pages, so that filling 8 MiB costs four page faults rather than two thousand.
// Nothing is cleared: the kernel's pages are zero, and every pixel is written before it is read.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiosk {

class PageBuffer {
public:
    PageBuffer() = default;
    // `pixels` 32-bit pixels; empty() when the system has no memory for them.
    explicit PageBuffer(std::size_t pixels);
    ~PageBuffer();
    PageBuffer(PageBuffer&& other) noexcept;
    PageBuffer& operator=(PageBuffer&& other) noexcept;
    PageBuffer(const PageBuffer&) = delete;
    PageBuffer& operator=(const PageBuffer&) = delete;

    bool empty() const { return data_ == nullptr; }
    std::uint32_t* data() { return data_; }
    const std::uint32_t* data() const { return data_; }

private:
    void release();

    std::uint32_t* data_ = nullptr;
    std::size_t mapped_ = 0;  // bytes
};

}  // namespace kiosk
