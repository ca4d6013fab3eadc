// Hostile image files, made at test time: each is small on disk and would cost a decoder that
// trusted it hundreds of MiB (or more), or would reach a loader the kiosk never meant to use.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::test {

using ImageBytes = std::vector<std::uint8_t>;

struct HostileImage {
    std::string name;  // a file name, with the extension a careless or hostile server would give
    ImageBytes bytes;
};

// A 300-byte JPEG declaring 100x100 whose comment holds a 20000x20000 SVG, and no scan: SDL_image's
// own sniffing rejects it as a JPEG and picks its SVG loader.
ImageBytes svg_in_jpeg_comment();
// The same with a scan that begins and never ends, so the header check accepts it as a JPEG.
ImageBytes svg_in_jpeg_comment_with_scan();
// A 100x100 GIF whose first frame descriptor is 20000x20000.
ImageBytes gif_with_huge_first_frame();
// A 100x100 GIF with `frames` 1x1 frames.
ImageBytes gif_with_frames(int frames);
// A 100x100 progressive JPEG with `scans` scans.
ImageBytes progressive_jpeg_with_scans(int scans);
// A progressive JPEG of width x height with three full-resolution components.
ImageBytes progressive_jpeg(int width, int height);
// An animated WebP with a 100x100 canvas and a 16384x16384 frame.
ImageBytes webp_with_huge_frame();
// An extended WebP with a 100x100 canvas holding a 16384x16384 lossless bitstream.
ImageBytes webp_canvas_smaller_than_bitstream();
// A PNG signature and a 100x100 header, followed by a 20000x20000 SVG.
ImageBytes png_with_trailing_svg();
// A 20000x20000 TGA, BMP and XCF header, each named .png.
ImageBytes tga_20000();
ImageBytes bmp_20000();
ImageBytes xcf_20000();

// Every case above, named as a server might name it.
std::vector<HostileImage> hostile_images();

}  // namespace kiosk::test
