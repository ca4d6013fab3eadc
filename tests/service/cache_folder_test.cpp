// Where the cache goes when nothing names a folder: a private one, never a predictable shared name.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/service/service_paths.h"
#include "tests/support/test_paths.h"

namespace {

// Clears every variable that names a cache folder, for the length of a test.
struct NoCacheVariables {
    NoCacheVariables() {
        for (const char* name : kNames) {
            const char* value = std::getenv(name);
            saved.emplace_back(name, value ? std::optional<std::string>(value) : std::nullopt);
            ::unsetenv(name);
        }
        ::setenv("TMPDIR", "/tmp", 1);
    }
    ~NoCacheVariables() {
        for (const auto& [name, value] : saved) {
            if (value) ::setenv(name, value->c_str(), 1);
            else ::unsetenv(name);
        }
    }
    static constexpr const char* kNames[] = {"HOME", "XDG_CACHE_HOME", "STATE_DIRECTORY", "XDG_RUNTIME_DIR", "TMPDIR"};
    std::vector<std::pair<const char*, std::optional<std::string>>> saved;
};

}  // namespace

TEST_CASE("cache folder: a folder another user could write to is not private") {
    const std::string dir = kiosk::test::make_temp_dir("shared");
    ::chmod(dir.c_str(), 0777);
    const auto shared = kiosk::check_private_folder(dir);
    REQUIRE_FALSE(shared);
    CHECK(shared.error().message.find("writable by other users") != std::string::npos);
    ::chmod(dir.c_str(), 0700);
    CHECK(kiosk::check_private_folder(dir));
    const std::string link = dir + "-link";
    std::filesystem::create_directory_symlink(dir, link);
    CHECK_FALSE(kiosk::check_private_folder(link));
    CHECK_FALSE(kiosk::check_private_folder(dir + "/none"));
}

TEST_CASE("cache folder: with no HOME or XDG variables the cache is a fresh private folder, not /tmp/kiosk-cache") {
    const NoCacheVariables clean;
    const kiosk::Config config;
    CHECK(kiosk::cache_dir_for(config).empty());
    const auto dir = kiosk::usable_cache_dir(config);
    REQUIRE(dir);
    CHECK(*dir != "/tmp/kiosk-cache");
    CHECK(dir->rfind("/tmp/kiosk-cache-", 0) == 0);
    CHECK(kiosk::check_private_folder(*dir));
    struct stat st {};
    REQUIRE(::stat(dir->c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    CHECK(*kiosk::usable_cache_dir(config) == *dir);  // the same folder for the whole run
    std::filesystem::remove(*dir);
}

TEST_CASE("cache folder: a named folder is used as it is") {
    kiosk::Config config;
    config.cache_dir = "/var/cache/screen";
    const auto dir = kiosk::usable_cache_dir(config);
    REQUIRE(dir);
    CHECK(*dir == "/var/cache/screen");
}
