// The rows of the programme list: one session each, the one on now as a card with its progress.
#pragma once

#include <string>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_parts.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {

struct RowOptions {
    Instant now{};
    bool show_time = true;   // false for the second and later sessions of a time slot
    bool compact = false;    // several on now: one line of title, no card or pill (the caller groups them)
    double scale = 1.0;      // text sizes times this: a short list on a tall screen is set larger
};

// The width of the time column, so every row lines up.
int time_column_width(const Frame& frame, double scale);

// "Gavin Freeguard, Jeni Tennison": the session's speakers by name, in order.
std::string speaker_names(const Content& content, const Session& session);

// A laid-out row, and whether its title had to be shortened with an ellipsis.
struct RowBlock {
    Block block;
    bool title_cut = false;
};

// A session on now as a card: NOW pill, relative label, title, details and a progress bar. With
// `compact`, a row without card or pill, its time left and a thin bar, for a group of several.
RowBlock now_card(const Content& content, const ProgrammeEntry& entry, int width, const RowOptions& options,
               const Frame& frame);

// A later session as a plain row: time column, title, detail line.
RowBlock session_row(const Content& content, const ProgrammeEntry& entry, int width, const RowOptions& options,
                  const Frame& frame);

// One line of a coloured lead ("In 12 min") followed by muted details, cut to `width`; returns
// its height (0 when both are empty).
int detail_line(std::vector<DrawItem>& out, const std::string& lead, const std::string& rest, Rect line,
                double units, const Frame& frame);

}  // namespace kiosk
