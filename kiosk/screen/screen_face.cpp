// Turning a face into a display list through the layout module.
#include "kiosk/screen/screen_face.h"

#include "kiosk/layout/slide_layout.h"
#include "kiosk/screen/screen_text.h"

namespace kiosk {

DisplayList face_display_list(const ScreenFace& face, const FaceContext& context, Size size,
                              const TextMeasurer& measurer) {
    switch (face.kind) {
    case FaceKind::Slide: {
        const SlideContext slide_context{context.now, face.clock_trusted, face.note, context.screen_name};
        return layout_slide(*face.content, face.slide, slide_context, size, measurer);
    }
    case FaceKind::Waiting: {
        const WaitingInfo info{context.source, context.screen_name, face.error, face.addresses,
                               face.clock_trusted ? clock_text(face.minute, nullptr) : std::string()};
        return layout_waiting(info, size, measurer);
    }
    case FaceKind::OffHours:
        break;
    }
    const date::time_zone* zone = face.content ? face.content->event.zone : nullptr;
    return off_hours_list(size, face.dimmed_clock ? clock_text(face.minute, zone) : std::string(), measurer);
}

std::string face_label(const ScreenFace& face) {
    switch (face.kind) {
    case FaceKind::Slide:
        return slide_label(*face.content, face.slide);
    case FaceKind::Waiting:
        return "Waiting for content";
    case FaceKind::OffHours:
        break;
    }
    return "Off hours";
}

std::string face_file_name(const ScreenFace& face) {
    switch (face.kind) {
        case FaceKind::Slide:
            return face.slide.name;
        case FaceKind::Waiting:
            return "waiting";
        case FaceKind::OffHours:
            break;
    }
    return "off-hours";
}

}  // namespace kiosk
