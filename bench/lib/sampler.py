"""Samples one application's process tree while it runs.

  sampler.py sample ROOT T0 DURATION OUT_JSON XVFB_PID LABEL
      CPU every 0.2 s for the first 10 s, then every second, until T0 + DURATION (epoch seconds);
      memory every 5 s; writes one JSON object: PSS at the end and at its peak, CPU over the run and
      between 20 s and the end, process and thread counts, and Xvfb's CPU apart.
  sampler.py trace ROOT INTERVAL OUT_CSV
      One line per INTERVAL seconds (real_s, pss_kib, rss_kib, cpu_s, nproc) until ROOT exits.
  sampler.py stop ROOT
      Stops the tree: SIGTERM, then SIGKILL after 5 s.

SAMPLE_MARKER and SAMPLE_EXE_PREFIX (environment) add double-forked helpers to the tree; the marker
comes through the environment so that it never shows in this sampler's own command line.
"""
import json
import os
import sys
import time

import procs

MARKER = os.environ.get('SAMPLE_MARKER', '').encode()
PREFIX = os.environ.get('SAMPLE_EXE_PREFIX', '')


def tree(root):
    return procs.tree(root, MARKER, PREFIX)


def sample(root, t0, duration, out, xpid, label):
    ticks = [round(0.2 * i, 1) for i in range(1, 51)] + [float(i) for i in range(11, int(duration) + 1)]
    last_cpu, nmax, peak_pss, ms, cur = {}, 0, 0, {}, {}
    x0 = procs.stat(xpid)[1] if xpid else 0
    b0 = procs.busy()
    cpu20 = None
    for t in ticks:
        delay = t0 + t - time.time()
        if delay > 0:
            time.sleep(delay)
        cur = tree(root)
        for p, st in cur.items():
            last_cpu[p] = st[1]   # the last value is kept, so processes that exited still count
        nmax = max(nmax, len(cur))
        if t == 20.0:
            cpu20 = sum(last_cpu.values()) / procs.TCK
        if (t == int(t) and int(t) % 5 == 0) or t == ticks[-1]:
            ms = {p: procs.mem(p) for p in cur}
            peak_pss = max(peak_pss, sum(m[1] for m in ms.values()))
    total = sum(last_cpu.values()) / procs.TCK
    xcpu = (procs.stat(xpid)[1] - x0) / procs.TCK if xpid else 0.0
    res = dict(
        label=label,
        nproc_end=len(cur), nproc_max=nmax, pids_seen=len(last_cpu),
        threads_end=sum(st[2] for st in cur.values()),
        pss_mib_end=round(sum(m[1] for m in ms.values()) / 1024, 1),
        rss_mib_end=round(sum(m[0] for m in ms.values()) / 1024, 1),
        pss_mib_peak=round(peak_pss / 1024, 1),
        cpu_s_total=round(total, 2),
        cpu_pct_steady_20_end=(round(100 * (total - cpu20) / (ticks[-1] - 20), 2)
                               if cpu20 is not None and ticks[-1] > 20 else None),
        per_process=sorted(([procs.kind(p), round(ms.get(p, (0, 0))[1] / 1024, 1),
                             round(last_cpu[p] / procs.TCK, 2)] for p in cur), key=lambda r: -r[1]),
        xvfb_cpu_s=round(xcpu, 2) if xpid else None,
        # What the rest of the machine spent meanwhile (this sampler and the paint probe included):
        # a check that the run was not disturbed.
        other_cpu_s=round(procs.busy() - b0 - total - xcpu, 2),
        loadavg_1min_end=float(procs.read('/proc/loadavg').split()[0]),
    )
    with open(out, 'w') as f:
        json.dump(res, f)


def trace(root, interval, out):
    t0 = time.time()
    with open(out, 'w') as f:
        f.write('real_s,pss_kib,rss_kib,cpu_s,nproc\n')
        n = 0
        while True:
            cur = tree(root)
            if root not in cur:
                break
            ms = [procs.mem(p) for p in cur]
            cpu = sum(st[1] for st in cur.values()) / procs.TCK
            f.write(f'{time.time() - t0:.1f},{sum(m[1] for m in ms)},{sum(m[0] for m in ms)},{cpu:.2f},{len(cur)}\n')
            f.flush()
            n += 1
            delay = t0 + n * interval - time.time()
            if delay > 0:
                time.sleep(delay)


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'stop':
        procs.stop(int(sys.argv[2]), MARKER, PREFIX)
    elif cmd == 'trace':
        trace(int(sys.argv[2]), float(sys.argv[3]), sys.argv[4])
    else:
        sample(int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], int(sys.argv[6]), sys.argv[7])
