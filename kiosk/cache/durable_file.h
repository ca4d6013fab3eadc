// File writes that survive a power cut (temp file, fsync, rename, fsync of the folder), and bounded reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"

namespace kiosk {

// Replaces `path` with `bytes` so that after a crash at any moment the file holds either its
// old bytes or the new ones in full. Names the error with the path.
Status write_file_durably(const std::string& path, std::string_view bytes);

// The same, except that the folder is not flushed: the new name is durable only after a later
// sync_directory() of the folder. For many files in one folder that are flushed together.
Status replace_file_synced(const std::string& path, std::string_view bytes);

// The same rename, with nothing flushed: readers never see half a file, but a power cut may lose
// it. For files in RAM, such as the status file in the runtime directory, written from the frame loop.
Status replace_file_unflushed(const std::string& path, std::string_view bytes);

// Creates `path` (which must not exist) with `bytes` and flushes it to disk, without a rename:
// for files inside a folder that is itself renamed into place afterwards.
Status create_file_synced(const std::string& path, std::string_view bytes);

// Flushes a folder's entries (new names, renames, removals) to disk.
Status sync_directory(const std::string& path);

// The whole file, refused when it is not a regular file or is larger than `max_bytes`.
Result<std::string> read_file_limited(const std::string& path, std::size_t max_bytes);

// An exclusive advisory lock on `path` (created when missing), held until destruction. The
// kernel drops it when the process dies, so a killed writer never leaves the cache locked.
class FileLock {
public:
    static Result<FileLock> acquire(const std::string& path);
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&&) = delete;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

private:
    explicit FileLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

}  // namespace kiosk
