// Scoped initialisation of SDL and SDL_image: create these guards in main, before any thread,
// and everything SDL-owned must be destroyed before they are.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "kiosk/base/result.h"

namespace kiosk {

// SDL_Init on creation, SDL_Quit on destruction. `subsystems` is a mask of SDL_INIT_* flags;
// zero initialises nothing but the core, which is all that software rendering to a surface needs.
class SdlLibrary {
public:
    static Result<std::unique_ptr<SdlLibrary>> create(std::uint32_t subsystems);
    ~SdlLibrary();
    SdlLibrary(const SdlLibrary&) = delete;
    SdlLibrary& operator=(const SdlLibrary&) = delete;

private:
    // Only create() can name the token, yet std::make_unique can still call the constructor.
    struct Token {};

public:
    explicit SdlLibrary(Token) {}
};

// IMG_Init for the formats the kiosk decodes (PNG, JPEG, WebP when available); IMG_Quit on destruction.
class ImageLibrary {
public:
    static Result<std::unique_ptr<ImageLibrary>> create();
    ~ImageLibrary();
    ImageLibrary(const ImageLibrary&) = delete;
    ImageLibrary& operator=(const ImageLibrary&) = delete;

private:
    // Only create() can name the token, yet std::make_unique can still call the constructor.
    struct Token {};

public:
    explicit ImageLibrary(Token) {}
};

}  // namespace kiosk
