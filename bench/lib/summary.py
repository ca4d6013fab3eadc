"""Turns results.jsonl from one benchmark run into markdown tables (min / median / max over runs).

  summary.py OUT_DIR   ->   markdown on stdout
"""
import json
import os
import statistics
import sys

SIDE = [('pss_mib_end', 'memory: PSS summed over all processes, at the end (MiB)'),
        ('pss_mib_peak', 'memory: PSS peak, sampled every 5 s (MiB)'),
        ('rss_mib_end', 'memory: RSS summed, at the end (MiB)'),
        ('cpu_s_total', 'CPU seconds, launch to the end of the run'),
        ('cpu_pct_steady_20_end', 'CPU between 20 s and the end (% of one core)'),
        ('first_slide_painted_s', 'launch to first slide on screen (s)'),
        ('first_window_s', 'launch to first non-black pixel (s)'),
        ('nproc_end', 'processes'),
        ('threads_end', 'threads'),
        ('xvfb_cpu_s', 'Xvfb CPU seconds (the X server, apart)'),
        ('other_cpu_s', 'CPU seconds of everything else on the machine (interference)'),
        ('loadavg_1min_end', 'load average at the end')]


def mmm(vals):
    vals = [v for v in vals if v is not None]
    if not vals:
        return 'not measured', None
    med = statistics.median(vals)
    fmt = (lambda v: f'{v:,.0f}') if max(vals) >= 1e5 else (lambda v: f'{v:g}')
    return f'{fmt(min(vals))} / {fmt(med)} / {fmt(max(vals))}', med


def side_table(rows, out):
    chrome = [r for r in rows if r['label'] == 'chromium']
    ours = [r for r in rows if r['label'] == 'kiosk']
    warm = [r for r in rows if r['label'] == 'kiosk-warm']
    out.append(f'| metric (min / median / max of {len(chrome)} and {len(ours)} runs) | Chromium kiosk | our kiosk '
               '| ours / Chromium (medians) |')
    out.append('|---|---|---|---|')
    for key, name in SIDE:
        c, cm = mmm(r.get(key) for r in chrome)
        o, om = mmm(r.get(key) for r in ours)
        ratio = f'{om / cm:.3f}' if cm and om is not None and key not in ('other_cpu_s', 'loadavg_1min_end') else ''
        out.append(f'| {name} | {c} | {o} | {ratio} |')
    idle = [r for r in rows if r['label'] == 'kiosk-idle']
    if idle:
        o, _ = mmm(r.get('cpu_pct_steady_20_end') for r in idle)
        out.append(f'| CPU on a static slide, 20 s to the end (% of one core) | not measured | {o} | |')
    if warm:
        o, om = mmm(r.get('first_slide_painted_s') for r in warm)
        out.append(f'| launch to first slide, warm cache (s) | not applicable | {o} | |')
        o, _ = mmm(r.get('pss_mib_end') for r in warm)
        out.append(f'| memory at 15 s, warm cache (MiB) | not applicable | {o} | |')
    for lab, rs in (('Chromium', chrome), ('kiosk', ours)):
        if rs:
            procs = ', '.join(f'{k} {p} MiB {c} s' for k, p, c in rs[-1]['per_process'])
            out.append(f'\n{lab}, last run, per process (PSS, CPU): {procs}')


def callgrind_table(rows, out):
    cg = {r['window']: r for r in rows if r['label'] == 'callgrind'}
    if 'static' not in cg:
        out.append('\ncallgrind: not measured')
        return
    s = cg['static']
    rate = s['ir'] / s['seconds']
    out.append('\n| callgrind window | seconds | instructions | frames presented | figure |')
    out.append('|---|---|---|---|---|')
    out.append(f"| static slide | {s['seconds']} | {s['ir']:,} | {s['frames']} | "
               f'{rate / 1e3:.0f} k instructions per second |')
    for name in ('poll-unchanged', 'poll-changed'):
        if name in cg:
            r = cg[name]
            extra = r['ir'] - rate * r['seconds']
            out.append(f"| {name} (SIGHUP) on the static slide | {r['seconds']} | {r['ir']:,} | {r['frames']} | "
                       f'{extra / 1e6:.1f} M instructions above the static rate |')
    r = cg.get('rotation')
    if r and r.get('compose_calls'):
        # A slide drawn for a fade is painted a strip at a time: draws count the slides.
        slides = r.get('draw_calls') or r['paint_calls']
        per_slide = (r['ir'] - rate * r['seconds']) / slides if slides else 0
        prepared = r.get('draw_ir', r['paint_ir']) / slides if slides else 0
        out.append(f"| rotation: {slides} slides, each drawn once and faded in | {r['seconds']} | {r['ir']:,} | "
                   f"{r['frames']} | {per_slide / 1e6:.0f} M instructions per slide change: "
                   f"{prepared / 1e6:.0f} M to draw the incoming slide and find what differs, "
                   f"{r['compose_ir'] / r['compose_calls'] / 1e6:.1f} M per fade frame |")


def fade_table(rows, out):
    fades = [r for r in rows if r['label'] == 'fade']
    if not fades:
        return
    out.append(f'\n| fades of the three-slide deck ({len(fades)}, 800 ms each) | min / median / max |')
    out.append('|---|---|')
    for key, name in (('longest_ms', 'longest time between two steps (ms)'), ('steps', 'steps (one per 16 ms)'),
                      ('drawn', 'frames drawn (a step whose opacity rounds to the last one draws none)'),
                      ('prepare_ms', 'preparing: painting the incoming slide and packing what differs (ms)'),
                      ('share_pct', 'share of the screen changed in each frame (%)')):
        text, _ = mmm(r[key] for r in fades)
        out.append(f'| {name} | {text} |')
    worst = max(r['longest_ms'] for r in fades)
    out.append(f'| slowest fade, as frames per second | {1000 / worst:.0f} fps |')


def poll_table(rows, out):
    polls = [r for r in rows if r['label'] == 'poll']
    if not polls:
        return
    out.append('\n| `kiosk fetch` (5 each) | requests | statuses | bytes up / down | CPU s (min / median / max) '
               '| wall s (median) | instructions (callgrind) |')
    out.append('|---|---|---|---|---|---|---|')
    irs = {r['case']: r['ir'] for r in rows if r['label'] == 'poll-ir'}
    for case in ('version', 'first', 'unchanged', 'changed'):
        rs = [r for r in polls if r['case'] == case]
        if not rs:
            continue
        cpu, _ = mmm(r['cpu_s'] for r in rs)
        _, wall = mmm(r['wall_s'] for r in rs)
        r = rs[-1]
        ir = f'{irs[case]:,}' if case in irs else ''
        out.append(f"| {case} | {r['requests']} | {r['statuses'] or '-'} | {r['bytes_up']} / {r['bytes_down']} | "
                   f'{cpu} | {wall:g} | {ir} |')


def fleet_table(rows, out):
    burst = [r for r in rows if r['label'] == 'fleet-burst']
    for label, how in (('fleet-wrk', 'keep-alive connections'), ('fleet-wrk-close', 'a new connection per request')):
        wrk = [r for r in rows if r['label'] == label]
        if not wrk:
            continue
        a, _ = mmm(r['responses_304_per_s'] for r in wrk)
        b, _ = mmm(r['responses_304_per_server_cpu_s'] for r in wrk)
        c, _ = mmm(r['screens_per_core_at_30s'] for r in wrk)
        out.append(f'\nfleet, wrk ({how}; 1 thread, 64 connections, 10 s, If-None-Match {wrk[0]["if_none_match"]}), '
                   f'{len(wrk)} runs: 304/s {a}; 304 per server CPU second {b}; screens per core at a 30 s poll {c}; '
                   f'statuses of the last run {wrk[-1]["statuses"]}')
    for r in burst:
        out.append(f"\nfleet, burst of {r['processes']} `kiosk fetch` processes, {r['parallel']} at a time: "
                   f"{r['fetches_per_s']} fetches/s, statuses {r['statuses']}, failed {r['failed']}, "
                   f"client CPU {r['client_cpu_ms_per_fetch']} ms per fetch, server CPU {r['server_cpu_s']} s "
                   f"({r['responses_304_per_server_cpu_s']} 304s per server CPU second)")


def main(out_dir):
    rows = [json.loads(line) for line in open(os.path.join(out_dir, 'results.jsonl')) if line.strip()]
    out = []
    if os.path.exists(os.path.join(out_dir, 'machine.txt')):
        out += ['```', open(os.path.join(out_dir, 'machine.txt')).read().rstrip(), '```', '']
    side_table(rows, out)
    fade_table(rows, out)
    callgrind_table(rows, out)
    poll_table(rows, out)
    fleet_table(rows, out)
    for r in rows:
        if r['label'] == 'soak':
            out.append('\nsoak: ' + ', '.join(f'{k} {v}' for k, v in r.items() if k != 'label'))
    print('\n'.join(out))


if __name__ == '__main__':
    main(sys.argv[1])
