// The next face laid out and rasterised on a worker thread, so that the frame loop never spends
// more than a frame on long text or a large photo: it only makes textures of what is handed over
// and starts the fade. SDL's renderer and textures stay on the loop's thread; the worker has fonts
// of its own (a FontStack sibling sharing the font files' bytes) and touches no renderer.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "kiosk/draw/display_list.h"
#include "kiosk/render/slide_pixels.h"
#include "kiosk/screen/screen_face.h"
#include "kiosk/text/font_stack.h"

namespace kiosk {

struct PrepareRequest {
    ScreenFace face;
    FaceContext context;
    Size size;
    CachedCharges cached;  // textures the loop holds: not made again
    // A face to lay out in the same context and compare: when both look the same, nothing is
    // rasterised and `looks_same` says so.
    std::optional<ScreenFace> compare;
};

struct PreparedFace {
    std::uint64_t id = 0;
    ScreenFace face;
    Size size;
    DisplayList list;
    PreparedPixels pixels;
    std::chrono::microseconds took{0};  // on the worker
    bool looks_same = false;            // as the request's `compare`
    bool failed = false;                // no list: it could not be made (logged)
};

class FacePreparer {
public:
    // `fonts` are the worker's own, used by it alone. `done` is called on the worker thread each
    // time a face is ready (it wakes the loop), so it must be safe to call from any thread.
    FacePreparer(std::unique_ptr<FontStack> fonts, std::function<void()> done);
    // Stops the worker (a preparation under way finishes first) and joins it.
    ~FacePreparer();
    FacePreparer(const FacePreparer&) = delete;
    FacePreparer& operator=(const FacePreparer&) = delete;

    // Asks for a face, replacing any request not yet started and any face not yet taken;
    // returns the request's id.
    std::uint64_t request(PrepareRequest request);
    // The face prepared for the last request, once it is ready (then only once).
    std::optional<PreparedFace> take();
    // Forgets the last request: nothing is handed over for it.
    void cancel();

private:
    void work(std::stop_token stop);

    std::unique_ptr<FontStack> fonts_;
    SlideRasteriser raster_;  // the worker's, over fonts_
    std::function<void()> done_;

    std::mutex mutex_;
    std::condition_variable_any wake_;
    std::uint64_t last_id_ = 0;
    std::optional<PrepareRequest> queued_;  // for last_id_, not started
    std::optional<PreparedFace> ready_;

    std::jthread thread_;  // last: started after, and joined before, everything it uses
};

}  // namespace kiosk
