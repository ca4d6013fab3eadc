"""How many screens one content server carries: nginx answering the kiosk's conditional request.

  fleet.py wrk NGINX_PID URL ETAG ACCEPT_ENCODING LOG [close]
      wrk for 10 s with the kiosk's own If-None-Match and Accept-Encoding headers; with "close", a new
      TCP connection for every request, as screens polling every 30 s would mostly need.
  fleet.py burst NGINX_PID URL KIOSK CACHE_PREFIX COUNT PARALLEL LOG
      COUNT real `kiosk fetch` processes, PARALLEL at a time, each with a warm cache of its own.
Each prints one JSON line: the answers by status (from nginx's log), nginx's CPU seconds (master and
worker) and, from those, 304 answers per CPU second of the server: what one core serves.
"""
import json
import queue
import re
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import procs

POLL_S = 30   # the kiosk's default poll interval


def server_cpu(pid):
    return sum(st[1] for st in procs.tree(pid).values()) / procs.TCK


def statuses(log, offset):
    counts = {}
    with open(log, 'rb') as f:
        f.seek(offset)
        for line in f:
            s = line.split(b' ', 2)[1].decode()
            counts[s] = counts.get(s, 0) + 1
    return counts


def sized(log):
    with open(log, 'rb') as f:
        return f.seek(0, 2)


def figures(label, counts, cpu, wall):
    n304 = counts.get('304', 0)
    per_core = n304 / cpu if cpu > 0 else None
    return dict(label=label, statuses=counts, wall_s=round(wall, 2), server_cpu_s=round(cpu, 2),
                responses_304_per_s=round(n304 / wall, 1),
                responses_304_per_server_cpu_s=round(per_core, 1) if per_core else None,
                screens_per_core_at_30s=int(per_core * POLL_S) if per_core else None)


def run_wrk(pid, url, etag, ae, log, close):
    headers = ['-H', f'If-None-Match: {etag}', '-H', f'Accept-Encoding: {ae}']
    if close:
        headers += ['-H', 'Connection: close']
    off, c0, t0 = sized(log), server_cpu(pid), time.time()
    out = subprocess.run(['wrk', '-t1', '-c64', '-d10s', '--latency', *headers, url],
                         capture_output=True, text=True, check=True).stdout
    wall, cpu = time.time() - t0, server_cpu(pid) - c0
    res = figures('fleet-wrk-close' if close else 'fleet-wrk', statuses(log, off), cpu, wall)
    m = re.search(r'99%\s+(\S+)', out)
    res.update(wrk_requests_per_s=float(re.search(r'Requests/sec:\s+(\S+)', out).group(1)),
               latency_p99=m.group(1) if m else None, if_none_match=etag, accept_encoding=ae)
    return res


def run_burst(pid, url, kiosk, prefix, count, par, log):
    slots = queue.Queue()
    for i in range(1, par + 1):
        slots.put(i)
    rcs = []

    def one(_):
        slot = slots.get()
        try:
            r = subprocess.run([kiosk, 'fetch', '--content', url, '--cache', f'{prefix}{slot}'],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            rcs.append(r.returncode)
        finally:
            slots.put(slot)

    off, c0, t0 = sized(log), server_cpu(pid), time.time()
    u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    with ThreadPoolExecutor(par) as pool:
        list(pool.map(one, range(count)))
    wall, cpu = time.time() - t0, server_cpu(pid) - c0
    u1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    res = figures('fleet-burst', statuses(log, off), cpu, wall)
    client = (u1.ru_utime + u1.ru_stime) - (u0.ru_utime + u0.ru_stime)
    res.update(processes=count, parallel=par, failed=sum(1 for r in rcs if r != 0),
               fetches_per_s=round(count / wall, 1), client_cpu_ms_per_fetch=round(1000 * client / count, 2))
    return res


if __name__ == '__main__':
    a = sys.argv
    if a[1] == 'wrk':
        print(json.dumps(run_wrk(int(a[2]), a[3], a[4], a[5], a[6], len(a) > 7 and a[7] == 'close')))
    else:
        print(json.dumps(run_burst(int(a[2]), a[3], a[4], a[5], int(a[6]), int(a[7]), a[8])))
