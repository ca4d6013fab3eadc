"""Reading a process tree from /proc: CPU (utime+stime), memory (PSS/RSS from smaps_rollup), threads.

A tree is the descendants of a root PID plus, when a marker is given, the processes whose executable
lies under a prefix and whose command line holds the marker: that catches helpers that double-fork
away from their parent, such as Chromium's crashpad handlers.
"""
import os
import signal
import time

TCK = os.sysconf('SC_CLK_TCK')


def read(path, mode='r'):
    try:
        with open(path, mode) as f:
            return f.read()
    except OSError:
        return None


def stat(pid):
    """(ppid, utime+stime ticks, threads, starttime, state) or None."""
    s = read(f'/proc/{pid}/stat')
    if not s:
        return None
    f = s[s.rindex(')') + 2:].split()
    return int(f[1]), int(f[11]) + int(f[12]), int(f[17]), int(f[19]), f[0]


def mem(pid):
    """(rss_kib, pss_kib) of one process."""
    rss = pss = 0
    for line in (read(f'/proc/{pid}/smaps_rollup') or '').splitlines():
        if line.startswith('Rss:'):
            rss = int(line.split()[1])
        elif line.startswith('Pss:'):
            pss = int(line.split()[1])
    return rss, pss


def kind(pid):
    """Short process name, e.g. chromium:renderer, chromium:utility:NetworkService, kiosk."""
    c = (read(f'/proc/{pid}/cmdline', 'rb') or b'').decode(errors='replace')
    # Chromium's children rewrite their argv into one space-separated string.
    args = c.split('\0') if c.count('\0') > 1 else c.split()
    exe = os.path.basename(args[0]) if args and args[0] else '?'
    t = [a[7:] for a in args if a.startswith('--type=')]
    sub = [a.split('=', 1)[1].split('.')[-1] for a in args if a.startswith('--utility-sub-type=')]
    return exe + (':' + t[0] if t else '') + (':' + sub[0] if sub else '')


def tree(root, marker=b'', prefix=''):
    """{pid: stat} of the live processes of the tree."""
    info, kids = {}, {}
    for d in os.listdir('/proc'):
        if d.isdigit():
            st = stat(int(d))
            if st and st[4] != 'Z':
                info[int(d)] = st
                kids.setdefault(st[0], []).append(int(d))
    found, todo = set(), [root]
    while todo:
        p = todo.pop()
        if p in info and p not in found:
            found.add(p)
            todo.extend(kids.get(p, []))
    if marker and prefix:
        for p in info:
            if p in found:
                continue
            try:
                exe = os.readlink(f'/proc/{p}/exe')
            except OSError:
                continue
            if exe.startswith(prefix) and marker in (read(f'/proc/{p}/cmdline', 'rb') or b''):
                found.add(p)
    return {p: info[p] for p in found}


def alive(pid, start):
    st = stat(pid)
    return st is not None and st[3] == start and st[4] != 'Z'


def stop(root, marker=b'', prefix=''):
    """SIGTERM the root, wait up to 5 s, then SIGKILL what is left of its tree (same PID and start time)."""
    snap = {p: st[3] for p, st in tree(root, marker, prefix).items()}
    try:
        os.kill(root, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.time() + 5
    while time.time() < deadline:
        if not any(alive(p, s) for p, s in snap.items()):
            return
        time.sleep(0.1)
    for p, s in snap.items():
        if alive(p, s):
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass


def busy():
    """Machine-wide busy CPU seconds (all cores) from /proc/stat."""
    f = [int(x) for x in read('/proc/stat').split('\n', 1)[0].split()[1:]]
    return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / TCK   # user nice system irq softirq steal
