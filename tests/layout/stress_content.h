// Content that pushes layout to its limits: long names, many sessions and rooms, long and
// right-to-left posts, emoji, and the sample event itself.
#pragma once

#include "kiosk/content/content_model.h"

namespace kiosk::test {

// 40 sessions on 2023-10-09 in three rooms from 08:00 (three in parallel per slot), a second day
// with one session, speakers with the longest names and roles, a 500-character post, an Arabic
// post, an emoji post and a long announcement. Europe/London.
Content stress_content();

// content/event.yaml, loaded and checked; the test fails when it has errors.
const Content& sample_event();

}  // namespace kiosk::test
