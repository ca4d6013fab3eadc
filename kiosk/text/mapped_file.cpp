// Read-only file mappings with mmap.
#include "kiosk/text/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace kiosk::text {

Result<MappedFile> MappedFile::open(const std::string& path, std::size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return unexpected(path + ": " + std::strerror(errno));
    struct stat info {};
    std::string error;
    if (fstat(fd, &info) != 0) error = std::strerror(errno);
    else if (!S_ISREG(info.st_mode) || info.st_size <= 0) error = "not a usable file";
    else if (static_cast<std::size_t>(info.st_size) > max_bytes) error = "too large for a font file";
    MappedFile file;
    if (error.empty()) {
        const auto size = static_cast<std::size_t>(info.st_size);
        void* data = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (data == MAP_FAILED) {
            error = std::strerror(errno);
        } else {
            file.data_ = data;
            file.size_ = size;
        }
    }
    ::close(fd);  // the mapping keeps the file itself
    if (!error.empty()) return unexpected(path + ": " + error);
    return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        if (data_ != nullptr) munmap(data_, size_);
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

MappedFile::~MappedFile() {
    if (data_ != nullptr) munmap(data_, size_);
}

}  // namespace kiosk::text
