"""Reads a callgrind dump: the instructions it counted and how often the named functions were called.

  callgrind_count.py FILE [FUNCTION...]   ->   {"ir": N, "calls": {"FUNCTION": N, ...}}

Callgrind names each function once ("cfn=(12) SDL_RenderPresent") and then by number only ("cfn=(12)");
each call site follows as "calls=COUNT TARGET".
"""
import json
import re
import sys

NAMED = re.compile(r'^c?fn=\((\d+)\)(?: (.*))?$')


def count(path, wanted):
    names, calls, ir, cfn = {}, {w: 0 for w in wanted}, None, None
    with open(path, errors='replace') as f:
        for line in f:
            if line.startswith(('fn=', 'cfn=')):
                m = NAMED.match(line.rstrip('\n'))
                if m:
                    if m.group(2):
                        names[m.group(1)] = m.group(2)
                    if line.startswith('cfn='):
                        cfn = names.get(m.group(1))
            elif line.startswith('calls=') and cfn in calls:
                calls[cfn] += int(line[6:].split()[0])
            elif line.startswith(('summary:', 'totals:')):
                ir = int(line.split()[1])
    return {'ir': ir, 'calls': calls}


if __name__ == '__main__':
    print(json.dumps(count(sys.argv[1], sys.argv[2:])))
