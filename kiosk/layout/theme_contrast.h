// The colours a slide is drawn with: the event's theme, corrected so that all text is readable.
#pragma once

#include "kiosk/content/content_model.h"

namespace kiosk {

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relative_luminance(Colour c);
double contrast_ratio(Colour a, Colour b);

// `from` moved towards `to` by `amount` (0..1), opaque.
Colour mix(Colour from, Colour to, double amount);

// The minimum contrast for text: WCAG AA for normal text.
inline constexpr double kMinTextContrast = 4.5;

// Theme colours after the contrast checks, plus the derived ones layout needs.
struct Palette {
    Colour background;   // the whole screen
    Colour surface;      // cards; text and muted text stay readable on it
    Colour text;         // main text on background and surface
    Colour muted;        // secondary text on background and surface
    Colour accent;       // fills only: pills, bars, rules
    Colour accent_text;  // text on accent fills
    Colour highlight;    // accent-coloured text that is readable on background and surface
    Colour rule;         // hairlines between rows
    Colour track;        // the unfilled part of a progress bar
};

// Text that fails 4.5:1 on the background falls back to white or near-black, whichever reads
// better; muted text moves towards the text colour until it passes; a surface that spoils either
// is replaced by a tint of the background; accent text falls back to white or near-black too.
Palette resolve_palette(const Theme& theme);

}  // namespace kiosk
