// The worker: one preparation at a time, the newest request first, stale results dropped.
#include "kiosk/screen/face_preparer.h"

#include <exception>

#include "kiosk/base/log.h"

namespace kiosk {

FacePreparer::FacePreparer(std::unique_ptr<FontStack> fonts, std::function<void()> done)
    : fonts_(std::move(fonts)), raster_(*fonts_), done_(std::move(done)),
      thread_([this](std::stop_token stop) { work(std::move(stop)); }) {}

FacePreparer::~FacePreparer() {
    thread_.request_stop();
    thread_.join();
}

std::uint64_t FacePreparer::request(PrepareRequest request) {
    std::uint64_t id = 0;
    {
        const std::lock_guard lock(mutex_);
        id = ++last_id_;
        queued_ = std::move(request);
        ready_.reset();
    }
    wake_.notify_one();
    return id;
}

std::optional<PreparedFace> FacePreparer::take() {
    const std::lock_guard lock(mutex_);
    if (!ready_ || ready_->id != last_id_) return std::nullopt;
    std::optional<PreparedFace> out = std::move(ready_);
    ready_.reset();
    return out;
}

void FacePreparer::cancel() {
    const std::lock_guard lock(mutex_);
    ++last_id_;
    queued_.reset();
    ready_.reset();
}

void FacePreparer::work(std::stop_token stop) {
    while (true) {
        PrepareRequest request;
        std::uint64_t id = 0;
        {
            std::unique_lock lock(mutex_);
            if (!wake_.wait(lock, stop, [this] { return queued_.has_value(); })) return;
            request = std::move(*queued_);
            queued_.reset();
            id = last_id_;
        }
        const auto started = std::chrono::steady_clock::now();
        PreparedFace face{id, std::move(request.face), request.size, {}, {}, {}, false, false};
        // Nothing may escape the thread: a failure (memory, in practice) is handed over as such,
        // and the loop draws the face itself.
        try {
            face.list = face_display_list(face.face, request.context, request.size, *fonts_);
            face.looks_same = request.compare &&
                              face.list == face_display_list(*request.compare, request.context, request.size, *fonts_);
            if (!face.looks_same) face.pixels = raster_.prepare(face.list, std::move(request.cached));
        } catch (const std::exception& e) {
            log::error(std::string("preparing a slide: ") + e.what());
            face.failed = true;
            face.pixels = {};
        }
        face.took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
        {
            const std::lock_guard lock(mutex_);
            if (id != last_id_) continue;  // asked for something else meanwhile
            ready_ = std::move(face);
        }
        if (done_) done_();
    }
}

}  // namespace kiosk
