// The decisions of boot counting, over values only; kiosk/cache/trial_files.cpp keeps them on disk.
#include "kiosk/cache/snapshot_trial.h"

namespace kiosk {

BootPlan plan_boot(const TrialBook& book, const std::string& current, int max_starts) {
    BootPlan plan{BootAction::Show, book, 0};
    if (current.empty() || current == book.good) {
        plan.book.trial.reset();
        return plan;
    }
    if (book.trial && book.trial->id == current) {
        if (book.trial->starts >= max_starts) {
            plan.action = BootAction::SetAside;
            plan.starts = book.trial->starts;
            plan.book.trial.reset();
            return plan;
        }
        plan.book.trial->starts += 1;
        return plan;
    }
    // A snapshot never shown before (committed by `kiosk fetch`, or its record lost): its first start.
    plan.book.trial = TrialRecord{current, 1};
    return plan;
}

TrialBook on_new_snapshot(TrialBook book, const std::string& id) {
    if (id == book.good) book.trial.reset();
    else book.trial = TrialRecord{id, 1};
    return book;
}

TrialBook on_confirmed(TrialBook book, const std::string& id) {
    book.good = id;
    if (book.trial && book.trial->id == id) book.trial.reset();
    return book;
}

TrialBook on_clean_stop(TrialBook book, const std::string& id) {
    if (book.trial && book.trial->id == id && book.trial->starts > 0) book.trial->starts -= 1;
    return book;
}

void TrialTimer::showing(std::string id) {
    id_ = std::move(id);
    since_.reset();
}

void TrialTimer::clear() {
    id_.clear();
    since_.reset();
}

std::optional<std::string> TrialTimer::tick(Clock::time_point now) {
    if (id_.empty()) return std::nullopt;
    if (!since_) since_ = now;
    if (now - *since_ < confirm_after_) return std::nullopt;
    std::string id = std::move(id_);
    clear();
    return id;
}

}  // namespace kiosk
