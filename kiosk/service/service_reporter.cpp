// Drives the watchdog, the status file and the STATUS= line from the frame loop.
#include "kiosk/service/service_reporter.h"

#include "kiosk/service/service_paths.h"

namespace kiosk {

ServiceReporter::ServiceReporter(const Config& config, std::string version, Clock::time_point started)
    : started_(started),
      health_(std::move(version), screen_name_for(config), config.content_url),
      writer_(status_file_for(config), started) {}

void ServiceReporter::tick(HealthInstant now, Clock::time_point mono) {
    notifier_.tick(mono);
    writer_.update(health_, now, mono);
    // The status line changes only with the health state, so it is rebuilt only then.
    if (health_.generation() != status_generation_) {
        status_generation_ = health_.generation();
        notifier_.status(status_line(health_.snapshot(now, {}, {})));
    }
}

void ServiceReporter::apply(const Config& config) {
    health_.set_identity(screen_name_for(config), config.content_url);
    // The old file is left as it is: a monitor reading it sees its age in written_at.
    if (std::string path = status_file_for(config); path != writer_.path()) writer_ = StatusWriter(std::move(path), started_);
}

void ServiceReporter::stopping(HealthInstant now, Clock::time_point mono) {
    notifier_.stopping();
    notifier_.status("Stopping");
    if (writer_.enabled()) writer_.write_now(health_, now, mono);
}

}  // namespace kiosk
