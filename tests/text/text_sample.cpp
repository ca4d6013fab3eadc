// Renders a sheet of mixed-script sample lines to a PNG, to look at glyphs, shaping and order.
// Usage: text_sample <fonts folder> <output.png>. Built on request only (not part of `all`).
#include <SDL_image.h>

#include <cstdio>
#include <string>
#include <vector>

#include "kiosk/text/font_stack.h"

namespace {

struct Line {
    std::string text;
    kiosk::FontSpec font;
};

std::vector<Line> sample_lines() {
    using kiosk::FontWeight;
    return {
        {"Labour Party Conference \xE2\x80\x94 Data & Democracy 17:30\xE2\x80\x93" "18:15", {FontWeight::Bold, 36}},
        {"Caf\xC3\xA9 cr\xC3\xA8me, \xC3\x85ngstr\xC3\xB6m, \xE1\xBB\x96 \xE1\xBB\x9E \xE1\xBB\xA8, \xC5\x81\xC3\xB3" "d\xC5\xBA, \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", {FontWeight::Regular, 32}},
        {"\xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xD8\xB9\xD9\x84\xD9\x8A\xD9\x83\xD9\x85 \xD9\x85\xD9\x8F\xD8\xAD\xD9\x8E\xD9\x85\xD9\x91\xD9\x8E\xD8\xAF 2023 (\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7)", {FontWeight::Regular, 36}},
        {"Room 3: \xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xD8\xB9\xD9\x84\xD9\x8A\xD9\x83\xD9\x85 at 10:00", {FontWeight::Regular, 32}},
        {"\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87 \xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80 \xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7\xE0\xA4\xBF \xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\x81", {FontWeight::Bold, 36}},
        {"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D and \xE4\xB8\xAD\xE6\x96\x87 \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xE3\x81\x8B\xE3\x81\xAA \xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4", {FontWeight::Regular, 32}},
        {"Emoji: \xF0\x9F\x8E\x89 \xE2\x9C\x85 \xE2\x9D\xA4\xEF\xB8\x8F \xF0\x9F\x93\x8D \xF0\x9F\x9A\x80 \xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD \xE2\x98\x95 \xE2\x86\x92 \xE2\x98\x85 (missing: [\xEE\x80\x80])", {FontWeight::Regular, 32}},
        {"Small 14px: Wi-Fi \"Venue-Guest\", password on the desk \xE2\x80\x94 \xE4\xB8\xAD\xE6\x96\x87 \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85", {FontWeight::Regular, 14}},
    };
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: text_sample <fonts folder> <output.png>\n");
        return 2;
    }
    auto fonts = kiosk::FontStack::load(argv[1]);
    if (!fonts) {
        std::fprintf(stderr, "text_sample: %s\n", fonts.error().message.c_str());
        return 1;
    }
    const kiosk::SurfacePtr sheet(SDL_CreateRGBSurfaceWithFormat(0, 1400, 520, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!sheet) return 1;
    SDL_FillRect(sheet.get(), nullptr, SDL_MapRGBA(sheet->format, 0x12, 0x16, 0x22, 255));
    int y = 10;
    for (const auto& line : sample_lines()) {
        const int height = (*fonts)->line_height(line.font);
        // The line box is shaded so cut glyphs and baseline misalignment show.
        SDL_Rect box{10, y, (*fonts)->width(line.text, line.font), height};
        SDL_FillRect(sheet.get(), &box, SDL_MapRGBA(sheet->format, 0x2A, 0x32, 0x48, 255));
        if (const kiosk::SurfacePtr text = (*fonts)->render_line(line.text, line.font, kiosk::Colour{0xF5, 0xF6, 0xF8, 255})) {
            SDL_SetSurfaceBlendMode(text.get(), SDL_BLENDMODE_BLEND);
            SDL_BlitSurface(text.get(), nullptr, sheet.get(), &box);
        }
        std::printf("%4d x %3d  %s\n", box.w, height, line.text.c_str());
        y += height + 8;
    }
    return IMG_SavePNG(sheet.get(), argv[2]) == 0 ? 0 : 1;
}
