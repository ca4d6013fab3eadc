// Scaling photos to the exact size they are shown at, with filtering good enough for faces:
// box-filter halving for large reductions, then one bilinear step. Alpha-weighted throughout,
// so transparent pixels never darken their neighbours.
#pragma once

#include "kiosk/render/pixel_buffer.h"

namespace kiosk {

// Each output pixel is the alpha-weighted mean of a 2x2 block; an odd last row or column is dropped.
PixelBuffer halve(PixelView source);

// Bilinear resampling to width x height, pixel centres aligned.
PixelBuffer resample_bilinear(PixelView source, int width, int height);

// The centred part of `source` with the aspect ratio of width x height and as large as possible.
PixelView centred_crop(PixelView source, int width, int height);

// `source` scaled to cover width x height exactly and cropped centred: what a photo looks like
// in a box of another shape. Halves first while the crop is at least twice the target size.
PixelBuffer scale_to_cover(PixelView source, int width, int height);

}  // namespace kiosk
