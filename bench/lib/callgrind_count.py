"""Reads a callgrind dump: the instructions it counted and how often the named functions were called.

  callgrind_count.py FILE [FUNCTION...]
      ->   {"ir": N, "calls": {"FUNCTION": N, ...}, "inclusive": {"FUNCTION": N, ...}}

Callgrind names each function once ("cfn=(12) SDL_RenderPresent") and then by number only ("cfn=(12)");
each call site follows as "calls=COUNT TARGET", and the next line holds the call's inclusive cost.
A FUNCTION is matched by its demangled name up to the "(" of its parameters.
"""
import json
import re
import sys

NAMED = re.compile(r'^c?fn=\((\d+)\)(?: (.*))?$')


def count(path, wanted):
    names, ir, cfn, pending = {}, None, None, False
    calls, inclusive = {w: 0 for w in wanted}, {w: 0 for w in wanted}
    with open(path, errors='replace') as f:
        for line in f:
            if pending:
                inclusive[cfn] += int(line.split()[1])
                pending = False
            elif line.startswith(('fn=', 'cfn=')):
                m = NAMED.match(line.rstrip('\n'))
                if m:
                    if m.group(2):
                        names[m.group(1)] = m.group(2).split('(')[0]
                    if line.startswith('cfn='):
                        cfn = names.get(m.group(1))
            elif line.startswith('calls=') and cfn in calls:
                calls[cfn] += int(line[6:].split()[0])
                pending = True
            elif line.startswith(('summary:', 'totals:')):
                ir = int(line.split()[1])
    return {'ir': ir, 'calls': calls, 'inclusive': inclusive}


if __name__ == '__main__':
    print(json.dumps(count(sys.argv[1], sys.argv[2:])))
