// The doctest main shared by every test executable.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdlib>

int main(int argc, char** argv) {
    // Headless SDL for every test and every kiosk process a test starts, unless the caller chose
    // otherwise. Set here rather than through CTest, whose doctest discovery keeps only one
    // ENVIRONMENT entry.
    setenv("SDL_VIDEODRIVER", "dummy", 0);
    setenv("SDL_RENDER_DRIVER", "software", 0);
    doctest::Context context;
    context.applyCommandLine(argc, argv);
    return context.run();
}
