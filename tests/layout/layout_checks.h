// The invariants every laid-out slide must hold, and helpers to find things in a display list.
#pragma once

#include <string>
#include <vector>

#include "kiosk/draw/display_list.h"
#include "kiosk/draw/text_measurer.h"

namespace kiosk::test {

// Every screen size the kiosk promises to handle, landscape and portrait.
const std::vector<Size>& all_sizes();

// What is wrong with `list`, one line per problem; empty when it is fine:
// - every item lies inside the 5% safe area;
// - no text is smaller than 2.5% of the shorter side;
// - every line of text fits its box as measured (width and height);
// - no two lines of text overlap, and no text overlaps an image.
std::vector<std::string> layout_problems(const DisplayList& list, const TextMeasurer& measurer);

// The lines of text in drawing order.
std::vector<const TextItem*> text_items(const DisplayList& list);

// All text joined by single spaces, so a title wrapped over lines reads as written.
std::string all_text(const DisplayList& list);

// The first line whose text starts with `prefix`; nullptr when none does.
const TextItem* find_text(const DisplayList& list, const std::string& prefix);

// How many fills of exactly `colour` the list has.
int fills_of(const DisplayList& list, Colour colour);

std::string describe(Size size);

}  // namespace kiosk::test
