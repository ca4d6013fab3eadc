// Whether the machine has a GPU worth a GL renderer, decided from the DRM devices the kernel lists,
// so that a machine without one never loads the GL stack just to find a CPU rasteriser behind it.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

// The kernel driver of each DRM device (card0, renderD128, ...) under `drm_class_dir`, in name
// order; "" where a device has no driver link (virtual devices). Empty when there is no DRM at all.
std::vector<std::string> drm_device_drivers(const std::string& drm_class_dir = "/sys/class/drm");

// True when one of `drivers` can render with a GPU. Display-only and virtual drivers (simpledrm,
// vkms, vgem, server and USB display chips) cannot: Mesa would draw with llvmpipe behind them.
bool has_gpu_driver(const std::vector<std::string>& drivers);

}  // namespace kiosk
