// A whole file mapped read-only into memory: its pages are read from disk when first touched, so
// a large font whose glyphs are never drawn costs almost nothing.
#pragma once

#include <cstddef>
#include <string>

#include "kiosk/base/result.h"

namespace kiosk::text {

class MappedFile {
public:
    // Maps `path`; files larger than `max_bytes` or empty ones are refused.
    static Result<MappedFile> open(const std::string& path, std::size_t max_bytes);

    MappedFile() = default;
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    const unsigned char* data() const { return static_cast<const unsigned char*>(data_); }
    std::size_t size() const { return size_; }

private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace kiosk::text
