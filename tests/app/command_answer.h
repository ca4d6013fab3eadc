// A command called as a function, with streams of the test's own: its exit status and what it
// wrote to each stream.
#pragma once

#include <sstream>
#include <string>

#include "kiosk/app/commands.h"

namespace kiosk::test {

struct Answer {
    int status = -1;
    std::string out;
    std::string err;
};

// `run(io)` with fresh streams.
template <typename Run>
Answer call_with_streams(Run&& run) {
    std::ostringstream out;
    std::ostringstream err;
    CommandIo io{.out = out, .err = err};
    Answer answer;
    answer.status = run(io);
    answer.out = out.str();
    answer.err = err.str();
    return answer;
}

// A command as main's table runs it.
inline Answer call(int (*command)(const Args&, CommandIo&), const Args& args) {
    return call_with_streams([&](CommandIo& io) { return command(args, io); });
}

}  // namespace kiosk::test
