#!/usr/bin/env bash
# The kiosk against a browser kiosk (Chromium showing the same three slides), in one run on this
# machine: memory, CPU, start-up, process count; then, for the kiosk alone, instructions per frame
# (callgrind), the cost of a poll, fleet sizing (nginx + wrk) and a compressed soak.
#
# Usage:  bash bench/run.sh [OUT_DIR]          (default OUT_DIR: build/bench)
#   Env:  RUNS=3 DURATION=60 DISPLAY_NUM=99 KIOSK=build/release/kiosk/app/kiosk
#         STAGES="side idle warm fades callgrind poll fleet soak"   (any subset, in that order)
#         SIDES="chromium kiosk"   (the applications of the side-by-side stage)
#         SOAK_HOURS=72 SOAK_MINUTES=10   (content time, and the real time it is compressed into)
#         KEEP_TMP=1 keeps the temporary folder.
# Needs root for apt-get only when a package is missing. Everything is served on 127.0.0.1 only,
# and only processes started here are stopped, by their PIDs. Not part of the test suite or CI:
# the figures need a quiet machine.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
OUT_DIR=$(mkdir -p "${1:-$ROOT/build/bench}" && cd "${1:-$ROOT/build/bench}" && pwd)
RUNS=${RUNS:-3}
DURATION=${DURATION:-60}
DISPLAY_NUM=${DISPLAY_NUM:-99}
KIOSK=$(realpath "${KIOSK:-$ROOT/build/release/kiosk/app/kiosk}")
STAGES=${STAGES:-side idle warm fades callgrind poll fleet soak}
SIDES=${SIDES:-chromium kiosk}
SOAK_HOURS=${SOAK_HOURS:-72}
SOAK_MINUTES=${SOAK_MINUTES:-10}

PKGS="chromium xvfb imagemagick fonts-inter libx11-dev libxext-dev g++ python3 nginx-light curl valgrind wrk gnuplot-nox"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi
[ -x "$KIOSK" ] || { echo "no kiosk binary at $KIOSK (bash scripts/build release, or set KIOSK)" >&2; exit 1; }

TMP=$(mktemp -d)
mkdir -p "$TMP/runs" "$TMP/t" "$OUT_DIR/logs"
# shellcheck source=lib/common.sh
source "$BENCH/lib/common.sh"
# shellcheck source=lib/side.sh
source "$BENCH/lib/side.sh"
# shellcheck source=lib/ours.sh
source "$BENCH/lib/ours.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM

RESULTS=$OUT_DIR/results.jsonl
: >"$RESULTS"
has() { case " $STAGES " in *" $1 "*) return 0 ;; esac; return 1; }

build_helpers
make_site
start_nginx
start_xvfb
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') x $(nproc)"
  echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "chromium: $(XDG_CONFIG_HOME="$TMP/xdg-version" chromium --version 2>/dev/null | tail -n1)"
  echo "kiosk: $("$KIOSK" --version)"
  echo "loadavg at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT_DIR/machine.txt" >&2

if has side; then
  say "warm-up runs (not measured) and screenshots"
  for side in $SIDES; do run_one warmup "$side" "$OUT_DIR/$side-slide.png"; done
  for i in $(seq "$RUNS"); do
    say "side by side, run $i of $RUNS"
    for side in $SIDES; do run_one "$side" "$side"; done
  done
fi
has idle && idle_runs
has warm && warm_runs
has fades && fades_stage
has callgrind && callgrind_stage
has poll && poll_stage
has fleet && fleet_stage
has soak && soak_stage

python3 "$BENCH/lib/summary.py" "$OUT_DIR" | tee "$OUT_DIR/summary.md"
