// The slide show's decisions, with no SDL, threads or files: which face belongs on screen, when
// the next one is asked for, when a fade starts and how far it has got, and when the loop must
// look again. Time and events come in as values; what to do goes out through ShowActions, which
// the frame loop (SlideShow) carries out with the renderer, the preparer and the reporter.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/draw/display_list.h"
#include "kiosk/net/connection_status.h"
#include "kiosk/render/crossfade.h"
#include "kiosk/screen/next_slide_plan.h"
#include "kiosk/screen/screen_face.h"
#include "kiosk/service/on_hours.h"

namespace kiosk {

struct PreparedFace;  // the display list and pixels, which only the loop's side looks into

// A face prepared off the loop, as the scheduler sees it. `body` goes back to the loop's side.
struct Prepared {
    ScreenFace face;
    Size size;
    bool looks_same = false;  // as the face it was compared with (an update that changes nothing)
    std::shared_ptr<PreparedFace> body;
};

// How a fade went, for the log: its steps (one per frame interval), the longest time between two
// of them, and the frames drawn (a step that would draw the same picture again draws none).
struct FadeTimes {
    int steps = 0;
    int drawn = 0;
    std::chrono::microseconds longest{0};
    std::chrono::microseconds prepared{0};  // drawing the incoming slide and what differs
    double share = 1.0;                     // of the screen blended in each frame
};

// The incoming face of a fade, drawn: when the drawing began and ended, and the share of the
// screen each fade frame blends.
struct IncomingDrawn {
    std::chrono::steady_clock::time_point began{};
    std::chrono::steady_clock::time_point done{};
    double share = 1.0;
};

// What the scheduler asks of the loop's side. A call that draws returns false (or nothing) when
// the display was lost meanwhile; the loop's side has then told the scheduler (output_lost()).
class ShowActions {
public:
    virtual ~ShowActions() = default;
    // Prepares `face`, replacing any earlier request; laid out in the same context as `compare`,
    // when given, to say whether it looks the same. Returned at once when there is no worker.
    virtual std::optional<Prepared> prepare(const ScreenFace& face, const std::optional<ScreenFace>& compare) = 0;
    virtual void cancel_preparation() = 0;
    // The screen's addresses, for the waiting slide.
    virtual std::vector<std::string> addresses() = 0;
    // The first face: drawn, presented and reported.
    virtual bool show_first(const Prepared& prepared) = 0;
    // The face on screen drawn again in place (its clock or note changed).
    virtual bool redraw(const Prepared& prepared) = 0;
    // The incoming face of a fade, drawn behind the face on screen.
    virtual std::optional<IncomingDrawn> draw_incoming(const Prepared& prepared) = 0;
    // One fade frame; `screenshot`: save it (once per fade, with per-slide screenshots on).
    virtual void fade_frame(std::uint8_t alpha, bool screenshot) = 0;
    // The fade is over: the incoming face, `face`, is the one on screen.
    virtual void fade_finished(const ScreenFace& face, const FadeTimes& times) = 0;
    virtual void periodic_screenshot() = 0;
};

struct SchedulerOptions {
    OnHours on_hours;
    std::chrono::milliseconds fade{800};
    double speed = 1.0;                        // screen time per real time (--speed)
    bool slide_screenshots = false;            // a screenshot of each face shown and one mid-fade
    std::chrono::minutes screenshot_every{0};  // the periodic screenshot; zero: none
};

// What the loop reads once per step and hands over.
struct ShowWorld {
    std::chrono::steady_clock::time_point mono{};
    Instant now{};                           // the screen clock, corrected
    std::shared_ptr<const Content> content;  // null until there is any
    ConnectionStatus status;
    bool clock_trusted = true;
    std::string last_error;  // why there is no content yet
    Size slide_size;
    DeckShape deck_shape;    // how much a programme slide holds at slide_size (layout's deck_shape)
};

// What bounds the loop's sleep besides the show itself.
struct WakeInputs {
    bool output = true;                             // a display is open
    std::chrono::milliseconds until_minute{60000};  // real time until the screen clock's next minute
    std::optional<std::chrono::steady_clock::time_point> exit_at;
    std::chrono::microseconds watchdog_interval{0};  // zero: no watchdog
    std::chrono::steady_clock::time_point next_ping{};
};

class ShowScheduler {
public:
    using Steady = std::chrono::steady_clock;

    // How often the loop looks at new content and signals at the least.
    static constexpr std::chrono::milliseconds kMaxSleep{500};
    static constexpr std::chrono::milliseconds kFadeFrame{16};  // 60 Hz at most
    static constexpr std::chrono::milliseconds kStepBudget{100};
    // With nothing cached, how long the first fetch may take before the waiting slide shows. It
    // usually answers within a fraction of a second, and the waiting slide would only flash up
    // to be faded out at once; a source that is down answers at once, so its waiting slide is
    // not held.
    static constexpr std::chrono::milliseconds kFirstContentWait{1500};
    static constexpr std::chrono::milliseconds kFirstContentPoll{20};

    ShowScheduler(SchedulerOptions options, ShowActions& actions) : options_(std::move(options)), actions_(actions) {}

    // The loop starts at `mono`; before it, nothing is held for content.
    void start(Steady::time_point mono) { started_ = mono; }
    // One step with a display open: everything the show does happens from here.
    void step(ShowWorld world);
    // How long the loop may sleep after a step at `mono`.
    std::chrono::milliseconds sleep_time(Steady::time_point mono, const WakeInputs& in) const;

    // Whether a preparation was asked for and not yet handed over.
    bool awaiting_preparation() const { return pending_.has_value() && !prepared_.has_value(); }
    // The preparation asked for, once ready.
    void hand_over(Prepared prepared) { prepared_ = std::move(prepared); }

    // The display went away: everything on it is forgotten, and the first face comes again.
    void output_lost();
    // A fade cut short (the window's size changed): the face on screen stays.
    void stop_fade() { fade_.stop(); }
    // A fade ended at once on its incoming face (the screen was turned); true when there was one.
    bool cut_fade();
    bool fading() const { return fade_.active(); }
    const std::optional<ScreenFace>& front() const { return front_; }
    FaceKind wanted_kind() const;

    // Settings a reload brings.
    void set_on_hours(OnHours hours) { options_.on_hours = std::move(hours); }
    // The periodic screenshot's interval (or where it goes) changed: the next is taken at once.
    void set_screenshot_every(std::chrono::minutes every);

private:
    enum class Purpose { First, Next, Update, Redraw };
    struct Pending {
        Purpose purpose = Purpose::Next;
        FaceKind kind = FaceKind::Slide;         // of the face asked for
        std::shared_ptr<const Content> content;  // the content it was asked for in
    };

    bool holding_for_content(Steady::time_point mono) const;
    void show_first(Steady::time_point mono);
    void request(Purpose purpose, ScreenFace face, std::optional<ScreenFace> compare = std::nullopt);
    bool stale(const Prepared& prepared) const;
    std::optional<Prepared> ready_for(Purpose purpose);
    void forget_preparation();
    Preparation next_state() const;
    void advance(Steady::time_point mono);
    ScreenFace next_face() const;
    ScreenFace refreshed(const ScreenFace& face) const;
    void show_new_content(Steady::time_point mono);
    void finish_update(Steady::time_point mono);
    void finish_redraw();
    void fade_to(Prepared prepared, Steady::time_point mono, bool next);
    void continue_fade(Steady::time_point mono);
    void note_fade_frame(Steady::time_point mono);
    void periodic_screenshot(Steady::time_point mono);
    std::chrono::milliseconds slide_time(const ScreenFace& face) const;

    SchedulerOptions options_;
    ShowActions& actions_;
    ShowWorld world_;
    Steady::time_point started_{};
    std::optional<ScreenFace> front_;  // the face on screen
    ScreenFace incoming_;              // during a fade: the face coming in
    Crossfade fade_;
    bool mid_fade_saved_ = false;
    NextSlidePlan plan_;                 // the slide on screen's time, and its successor's
    std::optional<Pending> pending_;     // a preparation asked for
    std::optional<Prepared> prepared_;   // its result, once handed over
    FadeTimes fade_times_;               // of the fade under way
    Steady::time_point last_present_{};  // of the last fade frame
    std::uint8_t last_alpha_ = 0;        // of the last fade frame drawn
    std::optional<Steady::time_point> next_screenshot_;
};

}  // namespace kiosk
