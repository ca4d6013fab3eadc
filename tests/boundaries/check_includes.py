#!/usr/bin/env python3
"""Fails when a module includes a header it must not: the rules of the module graph that the
build's include paths cannot see (system headers, and pairs of modules that a link elsewhere in
the graph could make visible). Prints each breach as file:line: why, and exits 1 if there is one.

Usage: check_includes.py [SOURCE_ROOT]   (default: the repository holding this script)
"""
import pathlib
import re
import sys

CORE = ("base", "draw", "content", "schedule", "layout", "import", "cache", "trust")

# (modules the rule applies to, pattern an included path must not match, why)
RULES = [
    (CORE, r"^(SDL2/)?SDL[^/]*\.h$", "the core never includes SDL"),
    (CORE, r"^curl/", "the core never includes curl"),
    (CORE, r"^systemd/", "the core never includes systemd"),
    (("render", "text", "draw"), r"^kiosk/content/", "the drawing side knows nothing of content"),
    (("cache",), r"^kiosk/import/", "the cache never includes the importers"),
    (("base", "draw"), r"^kiosk/(?!base/|draw/)", "base and draw are the bottom of the graph"),
]

# The slide show's scheduler and its timing are pure (time and events in, decisions out): no SDL,
# threads or files, and none of the screen's parts that hold them.
PURE_FILES = ("show_scheduler.h", "show_scheduler.cpp", "next_slide_plan.h", "next_slide_plan.cpp",
              "step_times.h", "step_times.cpp")
PURE_RULES = [
    (r"^(SDL2/)?SDL[^/]*\.h$", "the scheduler never includes SDL"),
    (r"^(thread|mutex|condition_variable|stop_token|fstream|filesystem|cstdio)$", "the scheduler has no threads or files"),
    (r"^kiosk/(text|service/(?!on_hours\.h)|net/(?!connection_status\.h)|render/(?!crossfade\.h))",
     "the scheduler uses only the pure parts of the edges"),
    (r"^kiosk/screen/(?!next_slide_plan\.h|screen_face\.h|screen_clock\.h|show_scheduler\.h|step_times\.h)",
     "the scheduler knows nothing of the loop's SDL side"),
]

# Single files allowed one header a rule forbids their module, and why. curl_getdate is a pure
# function of its string (no handle, no network), and the one date reader that knows every zone
# name RSS feeds write.
EXCEPTIONS = {
    ("kiosk/import/rfc822_date.cpp", "curl/curl.h"),
}

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')


def breaches(root):
    for module_dir in sorted((root / "kiosk").iterdir()):
        if not module_dir.is_dir():
            continue
        module = module_dir.name
        module_rules = [(re.compile(p), why) for mods, p, why in RULES if module in mods]
        for path in sorted(module_dir.glob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            rules = module_rules
            if module == "screen" and path.name in PURE_FILES:
                rules = module_rules + [(re.compile(p), why) for p, why in PURE_RULES]
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                if (path.relative_to(root).as_posix(), match.group(1)) in EXCEPTIONS:
                    continue
                for pattern, why in rules:
                    if pattern.search(match.group(1)):
                        yield f"{path.relative_to(root)}:{number}: includes {match.group(1)}: {why}"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
    if not (root / "kiosk").is_dir():
        print(f"{root}: no kiosk/ folder", file=sys.stderr)
        return 2
    found = list(breaches(root))
    for line in found:
        print(line)
    print(f"{len(found)} forbidden include(s)" if found else "no forbidden includes")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
