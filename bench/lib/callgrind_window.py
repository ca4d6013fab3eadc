"""One callgrind window of a running kiosk as a JSON line.

  callgrind_window.py DUMP NAME T0 T1   (T1: when the dump was asked for plus 1 s, epoch seconds)
Counts the frames presented, and the calls and inclusive instructions of the crossfade's composition
(one per fade frame) and of the painter (one per slide drawn).
"""
import json
import sys

from callgrind_count import count

FUNCTIONS = {'frames': 'SDL_RenderPresent', 'compose': 'kiosk::ScreenOutput::compose',
             'paint': 'kiosk::Painter::paint'}

path, name, t0, t1 = sys.argv[1:5]
r = count(path, list(FUNCTIONS.values()))
res = {'label': 'callgrind', 'window': name, 'seconds': round(float(t1) - 1 - float(t0), 2), 'ir': r['ir'],
       'frames': r['calls'][FUNCTIONS['frames']]}
for key in ('compose', 'paint'):
    res[key + '_calls'] = r['calls'][FUNCTIONS[key]]
    res[key + '_ir'] = r['inclusive'][FUNCTIONS[key]]
print(json.dumps(res))
