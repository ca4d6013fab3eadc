// What one slide texture shows, as a value: the slide show compares the face it would draw now
// with the face on screen, and draws again only when they differ (a new minute, an offline note).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/draw/text_measurer.h"
#include "kiosk/schedule/deck.h"

namespace kiosk {

enum class FaceKind { Slide, Waiting, OffHours };

struct ScreenFace {
    FaceKind kind = FaceKind::Waiting;
    std::shared_ptr<const Content> content;  // Slide: the content it was drawn from
    Slide slide;                             // Slide
    Instant minute{};                        // the clock minute shown
    bool clock_trusted = true;
    std::string note;                        // Slide: the connection note
    std::string error;                       // Waiting: the last error
    std::vector<std::string> addresses;      // Waiting: the screen's addresses
    bool dimmed_clock = false;               // OffHours: a dim clock instead of black

    friend bool operator==(const ScreenFace&, const ScreenFace&) = default;
};

// What is needed to lay a face out beyond the face itself.
struct FaceContext {
    std::string screen_name;
    std::string source;                      // the content URL or path, for the waiting slide
    Instant now{};
};

DisplayList face_display_list(const ScreenFace& face, const FaceContext& context, Size size,
                              const TextMeasurer& measurer);

// One line for the status file and the log: "Programme", "Speaker: …", "Waiting for content".
std::string face_label(const ScreenFace& face);

// The face's name in file names (screenshots): the slide's name, "waiting" or "off-hours".
std::string face_file_name(const ScreenFace& face);

}  // namespace kiosk
