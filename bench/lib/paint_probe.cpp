// Tells when the first slide is on screen, by grabbing the X root window (MIT-SHM) every 50 ms.
// Usage: paint_probe [TIMEOUT_S] [BACKGROUND_RRGGBB]
// Prints "ready T" once it can grab, "window T" the first time any sampled pixel is not black, and
// "painted T" the first time >= 40 % of the sampled pixels (every 2nd in x and y) are the slide
// background (+-8 per channel) and >= 200 are near-white, i.e. text is drawn. T is epoch seconds.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

double now() {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

bool near(int a, int b) { return a - b <= 8 && b - a <= 8; }

struct Counts {
    long total = 0, background = 0, bright = 0, lit = 0;
};

Counts count(XImage* img, int w, int h, unsigned long bg) {
    const int br = static_cast<int>((bg >> 16) & 255), bgr = static_cast<int>((bg >> 8) & 255),
              bb = static_cast<int>(bg & 255);
    Counts c;
    for (int y = 0; y < h; y += 2)
        for (int x = 0; x < w; x += 2) {
            const unsigned long px = XGetPixel(img, x, y);
            const int r = static_cast<int>((px >> 16) & 255), g = static_cast<int>((px >> 8) & 255),
                      b = static_cast<int>(px & 255);
            ++c.total;
            if (r | g | b) ++c.lit;
            if (near(r, br) && near(g, bgr) && near(b, bb)) ++c.background;
            if (r >= 200 && g >= 200 && b >= 200) ++c.bright;
        }
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    const double timeout = argc > 1 ? std::atof(argv[1]) : 30.0;
    const unsigned long bg = argc > 2 ? std::strtoul(argv[2], nullptr, 16) : 0x0e1b33UL;
    Display* d = XOpenDisplay(nullptr);
    if (!d || !XShmQueryExtension(d)) {
        std::fprintf(stderr, "paint_probe: no display or no MIT-SHM\n");
        return 2;
    }
    const int scr = DefaultScreen(d);
    const int w = DisplayWidth(d, scr), h = DisplayHeight(d, scr);
    XShmSegmentInfo shm{};
    XImage* img = XShmCreateImage(d, DefaultVisual(d, scr), static_cast<unsigned>(DefaultDepth(d, scr)), ZPixmap,
                                  nullptr, &shm, static_cast<unsigned>(w), static_cast<unsigned>(h));
    shm.shmid = shmget(IPC_PRIVATE, static_cast<size_t>(img->bytes_per_line) * static_cast<size_t>(img->height),
                       IPC_CREAT | 0600);
    shm.shmaddr = img->data = static_cast<char*>(shmat(shm.shmid, nullptr, 0));
    shm.readOnly = False;
    XShmAttach(d, &shm);
    XSync(d, False);
    shmctl(shm.shmid, IPC_RMID, nullptr);
    std::printf("ready %.3f\n", now());
    std::fflush(stdout);
    bool window = false;
    const double start = now();
    while (now() - start < timeout) {
        XShmGetImage(d, DefaultRootWindow(d), img, 0, 0, AllPlanes);
        const Counts c = count(img, w, h, bg);
        const double t = now();
        if (!window && c.lit) {
            window = true;
            std::printf("window %.3f\n", t);
            std::fflush(stdout);
        }
        if (c.background * 10 >= c.total * 4 && c.bright >= 200) {
            std::printf("painted %.3f\n", t);
            std::fflush(stdout);
            break;
        }
        usleep(50000);
    }
    XShmDetach(d, &shm);
    shmdt(shm.shmaddr);
    XCloseDisplay(d);
    return 0;
}
