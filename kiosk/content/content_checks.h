// Checks across the whole model once every section is read: overlaps, unused speakers, defaults.
#pragma once

#include "kiosk/content/content_model.h"
#include "kiosk/content/reporter.h"

namespace kiosk {

// Sorts the programme by start, then room, and fills the event dates from it when none are given.
void complete_model(Content& content);

// Warnings that never block loading: sessions overlapping in one room, speakers in no session.
void check_model(const Content& content, Reporter& reporter);

}  // namespace kiosk
