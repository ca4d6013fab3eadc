"""Changes the soak's content every 10 minutes of content time, as an organiser would.

  soak_driver.py write SITE N                   writes SITE/deck-soak.yaml, change number N
  soak_driver.py drive SITE PID SPEED SECONDS   a change every 600/SPEED real seconds, each followed
                                                by SIGHUP to PID (a poll now), for SECONDS or until PID ends
Every change edits a session title and adds a live post; every third swaps the speaker's photo, so
images are fetched, decoded and dropped again all along. The deck spans four event days.
"""
import datetime
import os
import signal
import sys
import time

START = datetime.datetime(2025, 6, 12, 8, 0)
# The machine's zone, as in the side-by-side deck (see bench/lib/common.sh).
ZONE = os.environ.get('MACHINE_ZONE', 'Etc/UTC')
DAYS = [START.date() + datetime.timedelta(days=d) for d in range(4)]
SLOTS = [('09:00', '10:00', 'Opening keynote: Software that survives the venue', 'Hall A'),
         ('10:00', '10:45', 'Rendering text fast on small boards', 'Hall B'),
         ('10:45', '11:15', 'Coffee break & sponsor booths', 'Foyer'),
         ('11:15', '12:00', 'Offline-first content sync for signage', 'Room 1.04'),
         ('12:00', '13:30', 'Lunch', 'Foyer'),
         ('13:30', '14:30', 'Panel: Ten years of conference apps', 'Hall A'),
         ('14:30', '16:00', 'Accessible typography at a distance', 'Room 2.11'),
         ('16:00', '17:00', 'Lightning talks & closing', 'Hall A')]


def deck(n):
    now = START + datetime.timedelta(minutes=10 * n)
    out = ['version: 1', 'event:', '  title: DevConf 2025', '  venue: Main hall', f'  time_zone: {ZONE}',
           '  dates: [' + ', '.join(d.isoformat() for d in DAYS) + ']',
           '  theme: {background: "#0E1B33", surface: "#13264A", text: "#FFFFFF", muted: "#8FA3C4", '
           'accent: "#FF7A1A", accent_text: "#0E1B33"}',
           'speakers:', '  - id: amira', '    name: Amira Kowalczyk', '    role: Principal Engineer',
           f'    photo: photo-{(n // 3) % 3}.png', 'programme:']
    for day, d in enumerate(DAYS):
        for i, (a, b, title, room) in enumerate(SLOTS):
            if i == n % len(SLOTS):
                title = f'{title} (update {n})'
            out += [f'  - id: day{day}-slot{i}', f'    title: "{title}"', f'    start: "{d} {a}"', f'    end: "{d} {b}"', f'    room: {room}']
            if i == 5:
                out.append('    speakers: [amira]')
    out.append('posts:')
    for k in range(3):
        t = now - datetime.timedelta(minutes=10 * k)
        out += [f'  - id: post-{n - k}', '    author: Jonas Meyer', '    handle: "@jmeyer_dev"', f'    time: "{t:%Y-%m-%d %H:%M}"',
                f'    text: "Update {n - k} from the venue: the {t:%H:%M} session is running on time, the coffee '
                f'is hot and the Wi-Fi holds. Slides are linked from the programme app. #DevConf"']
    out += ['display:', '  announcement_every: 0', '  slides:', '    - {kind: programme, duration: 8}',
            '    - {kind: speakers, duration: 8, max: 1}', '    - {kind: posts, duration: 8, max: 1}']
    return '\n'.join(out) + '\n'


def write(site, n):
    tmp = os.path.join(site, '.deck-soak.yaml')
    with open(tmp, 'w') as f:
        f.write(deck(n))
    os.replace(tmp, os.path.join(site, 'deck-soak.yaml'))


def drive(site, pid, speed, seconds):
    step = 600.0 / speed
    t0, n = time.time(), 0
    while time.time() - t0 < seconds:
        n += 1
        delay = t0 + n * step - time.time()
        if delay > 0:
            time.sleep(delay)
        write(site, n)
        try:
            os.kill(pid, signal.SIGHUP)
        except ProcessLookupError:
            break
    print(f'# soak: {n} content changes', file=sys.stderr)


if __name__ == '__main__':
    if sys.argv[1] == 'write':
        write(sys.argv[2], int(sys.argv[3]))
    else:
        drive(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]))
