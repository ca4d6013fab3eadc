// The file edge of the loader: reads a content file from disk with its size checked first, and
// lets the parser ask whether the photos it names exist next to it.
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>

#include "kiosk/content/content_limits.h"
#include "kiosk/content/content_file.h"
#include "kiosk/content/field_reader.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// Not read at all: the error is about the file as a whole, so it has no line.
Error unreadable(const std::string& path, const std::string& why) {
    return Error{.message = "cannot read the content file: " + why,
                 .pos = SourcePos{.file = path, .line = 0, .column = 0}};
}

// Read, but too large to load: the error points at the start of the content.
Error too_large(const std::string& path, std::uintmax_t size) {
    return Error{.message = "the file is " + with_separators(static_cast<std::size_t>(size)) +
                            " bytes, past the file size limit of 4 MiB (" + with_separators(limits::kMaxFileBytes) +
                            " bytes)",
                 .pos = SourcePos{.file = path, .line = 1, .column = 1}};
}

// Reads at most one byte past the limit, so even a file that grows while being read stays bounded.
bool read_bounded(std::FILE* f, std::string& out) {
    out.resize(limits::kMaxFileBytes + 1);
    const std::size_t n = std::fread(out.data(), 1, out.size(), f);
    out.resize(n);
    return std::ferror(f) == 0;
}

bool regular_file_exists(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

}  // namespace

Result<std::string> read_content_file(const std::string& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return unexpected(unreadable(path, "no such file"));
    if (fs::is_directory(status)) return unexpected(unreadable(path, "it is a folder; give the path of the YAML file in it"));
    // Devices and pipes could block or never end; only regular files are content.
    if (!fs::is_regular_file(status)) return unexpected(unreadable(path, "it is not a regular file"));
    const auto size = fs::file_size(path, ec);
    if (!ec && size > limits::kMaxFileBytes) return unexpected(too_large(path, size));
    const FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file) return unexpected(unreadable(path, std::generic_category().message(errno)));
    std::string text;
    if (!read_bounded(file.get(), text)) return unexpected(unreadable(path, "a read error occurred"));
    if (text.size() > limits::kMaxFileBytes) return unexpected(too_large(path, text.size()));
    return text;
}

LoadResult load_content_file_text(std::string_view text, const std::string& path) {
    std::error_code ec;
    LoadOptions options;
    options.base = fs::absolute(path, ec).lexically_normal().string();
    if (ec) options.base = path;
    options.local_file_exists = regular_file_exists;
    return load_content_text(text, path, options);
}

LoadResult failed_read(const Error& error) {
    return LoadResult{.content = std::nullopt,
                      .diagnostics = {to_diagnostic(error)},
                      .unreadable = !error.pos || error.pos->line == 0};
}

LoadResult load_content_file(const std::string& path) {
    auto text = read_content_file(path);
    if (!text) return failed_read(text.error());
    return load_content_file_text(*text, path);
}

}  // namespace kiosk
