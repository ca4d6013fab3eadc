// Pins are read strictly: exactly "#sha256=" and 64 hex digits at the end of the reference.
#include "kiosk/trust/pinned_reference.h"

#include <algorithm>

namespace kiosk::trust {
namespace {

constexpr std::string_view kPin = "#sha256=";
constexpr std::size_t kHexDigits = 64;

std::optional<std::size_t> pin_start(std::string_view reference) {
    if (reference.size() < kPin.size() + kHexDigits) return std::nullopt;
    const std::size_t start = reference.size() - kPin.size() - kHexDigits;
    if (reference.substr(start, kPin.size()) != kPin) return std::nullopt;
    const std::string_view hex = reference.substr(start + kPin.size());
    const bool valid = std::all_of(hex.begin(), hex.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (!valid) return std::nullopt;
    return start;
}

}  // namespace

std::optional<std::string> pinned_sha256(std::string_view reference) {
    const auto start = pin_start(reference);
    if (!start) return std::nullopt;
    std::string hex(reference.substr(*start + kPin.size()));
    std::transform(hex.begin(), hex.end(), hex.begin(), [](char c) { return c >= 'A' && c <= 'F' ? char(c - 'A' + 'a') : c; });
    return hex;
}

std::string_view without_pin(std::string_view reference) {
    const auto start = pin_start(reference);
    return start ? reference.substr(0, *start) : reference;
}

std::string with_pin(std::string_view reference, std::string_view sha256_hex) {
    return std::string(without_pin(reference)) + std::string(kPin) + std::string(sha256_hex);
}

}  // namespace kiosk::trust
