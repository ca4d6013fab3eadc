// POSIX file operations for the cache: every descriptor is owned by a small guard and closed once.
#include "kiosk/cache/durable_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kiosk {
namespace {

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    // Closes now, so that a failing close (a deferred write error) is reported.
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }

private:
    int fd_;
};

std::string failure(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string parent_of(const std::string& path) {
    const auto parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

// Temp names differ per process and per call, so concurrent writers never share one.
std::string temp_name_for(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

enum class Flush { No, Yes };

// Creates `path`, which must not exist, and with Flush::Yes waits until its bytes are on disk.
Status create_file(const std::string& path, std::string_view bytes, Flush flush) {
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (!fd.valid()) return unexpected(failure("cannot create", path));
    if (!write_all(fd.get(), bytes)) return unexpected(failure("cannot write", path));
    if (flush == Flush::Yes && ::fsync(fd.get()) != 0) return unexpected(failure("cannot flush", path));
    if (!fd.close()) return unexpected(failure("cannot close", path));
    return {};
}

// Writes a temporary file beside `path` and renames it over `path`, removing it on failure.
Status replace_file(const std::string& path, std::string_view bytes, Flush flush) {
    const std::string temp = temp_name_for(path);
    if (auto made = create_file(temp, bytes, flush); !made) {
        ::unlink(temp.c_str());
        return made;
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string message = failure("cannot rename into", path);
        ::unlink(temp.c_str());
        return unexpected(message);
    }
    return {};
}

}  // namespace

Status create_file_synced(const std::string& path, std::string_view bytes) {
    return create_file(path, bytes, Flush::Yes);
}

Status sync_directory(const std::string& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid()) return unexpected(failure("cannot open folder", path));
    if (::fsync(fd.get()) != 0) return unexpected(failure("cannot flush folder", path));
    return {};
}

Status write_file_durably(const std::string& path, std::string_view bytes) {
    if (auto replaced = replace_file_synced(path, bytes); !replaced) return replaced;
    return sync_directory(parent_of(path));
}

Status replace_file_synced(const std::string& path, std::string_view bytes) {
    return replace_file(path, bytes, Flush::Yes);
}

Status replace_file_unflushed(const std::string& path, std::string_view bytes) {
    return replace_file(path, bytes, Flush::No);
}

Result<std::string> read_file_limited(const std::string& path, std::size_t max_bytes) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid()) return unexpected(failure("cannot open", path));
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return unexpected(failure("cannot inspect", path));
    if (!S_ISREG(st.st_mode)) return unexpected(path + " is not a regular file");
    if (static_cast<std::size_t>(st.st_size) > max_bytes) {
        return unexpected(path + " is larger than " + std::to_string(max_bytes) + " bytes");
    }
    std::string out(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::read(fd.get(), out.data() + done, out.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return unexpected(failure("cannot read", path));
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    out.resize(done);
    return out;
}

Result<FileLock> FileLock::acquire(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return unexpected(failure("cannot open lock", path));
    while (::flock(fd, LOCK_EX) != 0) {
        if (errno == EINTR) continue;
        const std::string message = failure("cannot lock", path);
        ::close(fd);
        return unexpected(message);
    }
    return FileLock(fd);
}

FileLock::FileLock(FileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

FileLock::~FileLock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace kiosk
