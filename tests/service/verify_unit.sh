#!/usr/bin/env bash
# Checks systemd/kiosk.service with systemd-analyze: `verify` must pass without a single warning,
# alone and with the optional console drop-in, the offline security exposure must stay below 2.0,
# memory and tasks must be bounded, and the restart back-off must hold together.
# Usage: verify_unit.sh SOURCE_DIR KIOSK_BINARY
set -euo pipefail
src=$1
binary=$2

if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "SKIP: systemd-analyze is not installed (Debian package systemd)"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
units="$work/units"
mkdir -p "$units"

# verify insists that ExecStart's program exists, so the copy runs the built binary in place of
# /usr/bin/kiosk; nothing else in the unit changes.
sed "s#^ExecStart=/usr/bin/kiosk #ExecStart=$binary #" "$src/systemd/kiosk.service" > "$units/kiosk.service"
grep -q "^ExecStart=$binary run " "$units/kiosk.service"
cp "$src/systemd/kiosk-retry.timer" "$units/kiosk-retry.timer"

verify() {
    local out
    # Unknown keys are only warnings to verify, so any output at all fails the check.
    if ! out=$(cd "$units" && SYSTEMD_UNIT_PATH="$units:" systemd-analyze verify --man=no "$units/kiosk.service" 2>&1); then
        echo "systemd-analyze verify failed ($1):"; echo "$out"; exit 1
    fi
    if [ -n "$out" ]; then
        echo "systemd-analyze verify warned ($1):"; echo "$out"; exit 1
    fi
    echo "verify ok: $1"
}

verify "kiosk.service"
verify "kiosk-retry.timer"
mkdir -p "$units/kiosk.service.d"
cp "$src/systemd/console.conf" "$units/kiosk.service.d/console.conf"
verify "kiosk.service with console.conf"

exposure=$(systemd-analyze security --offline=yes --no-pager "$src/systemd/kiosk.service" 2>&1 |
    sed -n 's/.*Overall exposure level for kiosk.service: \([0-9.]*\).*/\1/p')
if [ -z "$exposure" ]; then
    echo "systemd-analyze security printed no exposure level"; exit 1
fi
echo "security exposure: $exposure"
awk -v e="$exposure" 'BEGIN { exit !(e < 2.0) }' || { echo "exposure $exposure is not below 2.0"; exit 1; }

# The value of KEY in a unit file (the last one, as systemd reads it).
value() { sed -n "s/^$2=//p" "$1" | tail -n 1; }
# A time span in microseconds, as systemd reads it.
usec() { systemd-analyze timespan "$1" | sed -n 's/^ *μs: *//p'; }
# A size in bytes (K, M, G: base 1024, as systemd reads them).
bytes() { numfmt --from=iec "$1"; }

unit="$src/systemd/kiosk.service"
timer="$src/systemd/kiosk-retry.timer"
for key in MemoryHigh MemoryMax TasksMax StartLimitIntervalSec StartLimitBurst; do
    [ -n "$(value "$unit" "$key")" ] || { echo "kiosk.service sets no $key="; exit 1; }
done
high=$(bytes "$(value "$unit" MemoryHigh)")
max=$(bytes "$(value "$unit" MemoryMax)")
[ "$high" -lt "$max" ] || { echo "MemoryHigh= is not below MemoryMax="; exit 1; }
echo "memory: high $high, max $max bytes; tasks $(value "$unit" TasksMax)"

# The back-off: a failed unit arms the timer, and the timer's start is never refused by the start
# limit (a refused start leaves the unit failed without arming the timer again: it would stay down).
[ "$(value "$unit" OnFailure)" = "kiosk-retry.timer" ] || { echo "kiosk.service does not arm kiosk-retry.timer"; exit 1; }
[ "$(value "$unit" Restart)" = "always" ] || { echo "kiosk.service does not restart always"; exit 1; }
[ "$(value "$timer" Unit)" = "kiosk.service" ] || { echo "kiosk-retry.timer does not start kiosk.service"; exit 1; }
[ "$(value "$timer" RemainAfterElapse)" = "no" ] || { echo "kiosk-retry.timer cannot be armed twice"; exit 1; }
window=$(usec "$(value "$unit" StartLimitIntervalSec)")
wait=$(usec "$(value "$timer" OnActiveSec)")
[ "$window" -gt 0 ] || { echo "StartLimitIntervalSec=0 lets a failing kiosk spin"; exit 1; }
[ "$wait" -gt "$window" ] || { echo "kiosk-retry.timer fires within the start limit's window"; exit 1; }
echo "back-off: $(value "$unit" StartLimitBurst) starts in $((window / 1000000)) s, then a wait of $((wait / 1000000)) s"
