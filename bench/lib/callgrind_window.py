"""One callgrind window of a running kiosk as a JSON line.

  callgrind_window.py DUMP NAME T0 T1   (T1: when the dump was asked for plus 1 s, epoch seconds)
Counts the frames presented, and the calls and inclusive instructions of the crossfade's composition
(one per fade frame), of the painter (one per slide drawn) and of a slide's drawing with the fade's
preparation (keeping the outgoing slide, finding and packing what differs).
"""
import json
import sys

from callgrind_count import count

FUNCTIONS = {'frames': 'kiosk::ScreenOutput::present', 'compose': 'kiosk::ScreenOutput::compose',
             'paint': 'kiosk::Painter::paint', 'draw': 'kiosk::ScreenOutput::draw'}

path, name, t0, t1 = sys.argv[1:5]
r = count(path, list(FUNCTIONS.values()))
res = {'label': 'callgrind', 'window': name, 'seconds': round(float(t1) - 1 - float(t0), 2), 'ir': r['ir'],
       'frames': r['calls'][FUNCTIONS['frames']]}
for key in ('compose', 'paint', 'draw'):
    res[key + '_calls'] = r['calls'][FUNCTIONS[key]]
    res[key + '_ir'] = r['inclusive'][FUNCTIONS[key]]
print(json.dumps(res))
