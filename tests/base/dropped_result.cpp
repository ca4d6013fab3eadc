// Not built: tests/base/CMakeLists.txt compiles it and expects the compiler to refuse it, because
// a Result (here a Status) that nobody reads is an error dropped.
#include "kiosk/base/result.h"

namespace {

kiosk::Status write_something() {
    return kiosk::unexpected("the disk is full");
}

}  // namespace

int main() {
    write_something();
    return 0;
}
