// Tests for telling a GPU from a display-only device, over /sys/class/drm trees laid out as the
// kernel does: device entries that link to their driver, connectors and plain files beside them.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/render/gpu_probe.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace {

namespace fs = std::filesystem;

// Adds `entry` (card0, renderD128, ...) to the tree at `root`; with a driver, its device links to it.
void add_entry(const fs::path& root, const std::string& entry, const std::string& driver) {
    const fs::path device = root / "devices" / entry;
    fs::create_directories(device);
    if (!driver.empty()) {
        fs::create_directories(root / "drivers" / driver);
        fs::create_directory_symlink(root / "drivers" / driver, device / "driver");
    }
    fs::create_directories(root / "class");
    fs::create_directories(root / "class" / entry);
    fs::create_directory_symlink(device, root / "class" / entry / "device");
}

}  // namespace

TEST_CASE("gpu probe: a board's GPU and display devices are listed in order, connectors left out") {
    const fs::path root = kiosk::test::make_temp_dir("drm-board");
    add_entry(root, "card1", "vc4-drm");
    add_entry(root, "card0", "v3d");
    add_entry(root, "renderD128", "v3d");
    fs::create_directories(root / "class" / "card1-HDMI-A-1");
    kiosk::test::write_file((root / "class" / "version").string(), "drm 1.1.0 20060810\n");
    const auto drivers = kiosk::drm_device_drivers((root / "class").string());
    CHECK(drivers == std::vector<std::string>{"v3d", "vc4-drm", "v3d"});
    CHECK(kiosk::has_gpu_driver(drivers));
}

TEST_CASE("gpu probe: only a firmware framebuffer and a virtual device mean no GPU") {
    const fs::path root = kiosk::test::make_temp_dir("drm-vm");
    add_entry(root, "card0", "simple-framebuffer");
    add_entry(root, "card1", "");
    const auto drivers = kiosk::drm_device_drivers((root / "class").string());
    CHECK(drivers == std::vector<std::string>{"simple-framebuffer", ""});
    CHECK_FALSE(kiosk::has_gpu_driver(drivers));
}

TEST_CASE("gpu probe: no DRM folder at all means no GPU") {
    const fs::path root = kiosk::test::make_temp_dir("drm-none");
    const auto drivers = kiosk::drm_device_drivers((root / "missing").string());
    CHECK(drivers.empty());
    CHECK_FALSE(kiosk::has_gpu_driver(drivers));
}

TEST_CASE("gpu probe: server and emulated display chips are not GPUs, a desktop one is") {
    CHECK_FALSE(kiosk::has_gpu_driver({"mgag200"}));
    CHECK_FALSE(kiosk::has_gpu_driver({"bochs-drm", "vkms"}));
    CHECK(kiosk::has_gpu_driver({"simple-framebuffer", "i915"}));
    CHECK(kiosk::has_gpu_driver({"amdgpu"}));
}
