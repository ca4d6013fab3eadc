// What every fuzz target shares: libFuzzer's entry point and the bytes it gets, seen as text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace kiosk::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string_view{} : std::string_view(reinterpret_cast<const char*>(data), size);
}

inline std::span<const std::uint8_t> as_bytes(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::span<const std::uint8_t>{} : std::span<const std::uint8_t>(data, size);
}

}  // namespace kiosk::fuzz
