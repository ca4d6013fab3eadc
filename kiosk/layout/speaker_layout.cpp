// Speaker card: a large round photo (or initials) and a text column of name, role, affiliation
// and the speaker's session. Landscape puts them side by side, portrait stacks them centred.
#include "kiosk/layout/speaker_layout.h"

#include <algorithm>

#include "kiosk/layout/speaker_session.h"
#include "kiosk/layout/text_stack.h"

namespace kiosk {

namespace {

constexpr double kOpticalCentre = 0.45;

// The session part of the card, fitted for a column `width` wide.
struct SessionTexts {
    FittedText kicker, title, detail;
    int height(const Grid& g) const {
        if (kicker.empty()) return 0;
        return g.u(5) + g.u(0.7) + g.u(2.2) + kicker.height() + g.u(1) + title.height() + g.u(0.6) + detail.height();
    }
};

SessionTexts fit_session(const std::optional<SpeakerSession>& session, int width, const Frame& frame) {
    SessionTexts out;
    if (!session) return out;
    out.kicker = frame.lines(session->kicker, width, FontWeight::Bold, 2.8, 1);
    out.title = frame.lines(session->title, width, FontWeight::Bold, 3.6, 2);
    out.detail = frame.lines(session->detail, width, FontWeight::Regular, 3.0, 1);
    return out;
}

// The text column: name, role and affiliation share what the session part leaves.
TextStack text_column(const Speaker& speaker, const SessionTexts& session, Size box, Align align,
                      const Frame& frame) {
    const Grid& g = frame.grid;
    const Palette& p = frame.palette;
    TextStack stack(box.w, align);
    const FittedText name = frame.fit(speaker.name, Size{box.w, box.h * 2 / 5}, FontWeight::Bold, 8.5, 5.0, 2);
    int left = box.h - name.height() - session.height(g);
    const bool with_session = left >= 0;
    if (!with_session) left = box.h - name.height();
    stack.add(name, p.text, 0);

    const FittedText role = frame.fit(speaker.role, Size{box.w, left * 2 / 3 - g.u(1.8)}, FontWeight::Regular,
                                      3.8, 2.8, 3);
    stack.add(role, p.text, g.u(1.8));
    left -= role.empty() ? 0 : role.height() + g.u(1.8);
    const FittedText affiliation =
        frame.fit(speaker.affiliation, Size{box.w, left - g.u(1)}, FontWeight::Regular, 3.4, 2.6, 2);
    stack.add(affiliation, p.highlight, g.u(1));
    left -= affiliation.empty() ? 0 : affiliation.height() + g.u(1);
    // The bio takes what is left (pretalx exports carry one), but only whole: a bio cut to one
    // line says less than none.
    const int bio_room = left - g.u(2.5);
    if (!speaker.bio.empty() && bio_room > 0) {
        const FittedText bio = frame.fit(speaker.bio, Size{box.w, bio_room}, FontWeight::Regular, 3.0, 2.6, 4);
        if (bio.height() <= bio_room && (bio.lines.size() >= 2 || !bio.truncated)) stack.add(bio, p.muted, g.u(2.5));
    }
    if (!with_session || session.kicker.empty()) return stack;

    stack.add_bar(Size{g.u(6), g.u(0.7)}, p.accent, g.u(5));
    stack.add(session.kicker, p.highlight, g.u(2.2));
    stack.add(session.title, p.text, g.u(1));
    stack.add(session.detail, p.muted, g.u(0.6));
    return stack;
}

// The photo with a thin accent ring around it.
void add_portrait(std::vector<DrawItem>& out, const Speaker& speaker, Rect square, const Frame& frame) {
    const int ring = frame.grid.u(0.6);
    add_item(out, FillItem{square, frame.palette.accent, square.w / 2});
    const Rect photo{square.x + ring, square.y + ring, square.w - 2 * ring, square.h - 2 * ring};
    add_item(out, avatar_item(photo, speaker.photo, speaker.name, frame.grid));
}

void side_by_side(std::vector<DrawItem>& out, const Speaker& speaker, const SessionTexts& session, Rect body,
                  const Frame& frame) {
    const int diameter = std::min(body.h * 4 / 5, body.w * 9 / 25);
    add_portrait(out, speaker, Rect{body.x, body.y + (body.h - diameter) / 2, diameter, diameter}, frame);
    const int x = body.x + diameter + frame.grid.u(7);
    const TextStack stack = text_column(speaker, session, Size{body.right() - x, body.h}, Align::Start, frame);
    stack.place(out, x, body.y + static_cast<int>(kOpticalCentre * std::max(0, body.h - stack.height())));
}

void stacked(std::vector<DrawItem>& out, const Speaker& speaker, const SessionTexts& session, Rect body,
             const Frame& frame) {
    const int diameter = std::min(body.w * 3 / 5, body.h * 9 / 25);
    const int gap = frame.grid.u(6);
    const TextStack stack =
        text_column(speaker, session, Size{body.w, body.h - diameter - gap}, Align::Centre, frame);
    const int total = diameter + gap + stack.height();
    const int top = body.y + static_cast<int>(kOpticalCentre * std::max(0, body.h - total));
    add_portrait(out, speaker, Rect{body.x + (body.w - diameter) / 2, top, diameter, diameter}, frame);
    stack.place(out, body.x, top + diameter + gap);
}

}  // namespace

void layout_speaker(std::vector<DrawItem>& out, const Content& content, const Speaker& speaker,
                    const SlideContext& context, Rect body, const Frame& frame) {
    const std::optional<SpeakerSession> session = speaker_session(content, speaker, context);
    if (frame.grid.portrait) {
        stacked(out, speaker, fit_session(session, body.w, frame), body, frame);
    } else {
        const int column = body.w - std::min(body.h * 4 / 5, body.w * 9 / 25) - frame.grid.u(7);
        side_by_side(out, speaker, fit_session(session, column, frame), body, frame);
    }
}

}  // namespace kiosk
