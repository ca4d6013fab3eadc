// Reading /sys/class/drm: device entries and the names of their drivers.
#include "kiosk/render/gpu_probe.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <string_view>

namespace kiosk {
namespace {

namespace fs = std::filesystem;

// Drivers that scan out a framebuffer but have no 3D engine that Mesa drives.
constexpr std::array<std::string_view, 24> kDisplayOnly = {
    "simple-framebuffer", "simpledrm", "ofdrm", "efidrm", "vesadrm", "vkms", "vgem", "bochs-drm",
    "bochs", "cirrus", "cirrus-qemu", "mgag200", "ast", "hyperv_drm", "hyperv-drm", "udl",
    "gm12u320", "gud", "vboxvideo", "qxl", "repaper", "st7735r", "mi0283qt", "ili9341",
};

bool has_number_after(std::string_view name, std::string_view prefix) {
    if (!name.starts_with(prefix) || name.size() == prefix.size()) return false;
    const std::string_view digits = name.substr(prefix.size());
    return std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// card0 and renderD128 are devices; card0-HDMI-A-1 is a connector, "version" a file.
bool is_device_entry(std::string_view name) {
    return has_number_after(name, "card") || has_number_after(name, "renderD");
}

std::string driver_of(const fs::path& entry) {
    std::error_code ec;
    const fs::path target = fs::read_symlink(entry / "device" / "driver", ec);
    return ec ? std::string() : target.filename().string();
}

}  // namespace

std::vector<std::string> drm_device_drivers(const std::string& drm_class_dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(drm_class_dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (is_device_entry(name)) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    std::vector<std::string> drivers;
    for (const std::string& name : names) drivers.push_back(driver_of(fs::path(drm_class_dir) / name));
    return drivers;
}

bool has_gpu_driver(const std::vector<std::string>& drivers) {
    return std::any_of(drivers.begin(), drivers.end(), [](const std::string& driver) {
        return !driver.empty() && std::find(kDisplayOnly.begin(), kDisplayOnly.end(), driver) == kDisplayOnly.end();
    });
}

}  // namespace kiosk
