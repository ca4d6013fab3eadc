#!/usr/bin/env bash
# Checks systemd/kiosk.service with systemd-analyze: `verify` must pass without a single warning,
# alone and with the optional console drop-in, and the offline security exposure must stay below 3.0.
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
mkdir -p "$units/kiosk.service.d"
cp "$src/systemd/console.conf" "$units/kiosk.service.d/console.conf"
verify "kiosk.service with console.conf"

exposure=$(systemd-analyze security --offline=yes --no-pager "$src/systemd/kiosk.service" 2>&1 |
    sed -n 's/.*Overall exposure level for kiosk.service: \([0-9.]*\).*/\1/p')
if [ -z "$exposure" ]; then
    echo "systemd-analyze security printed no exposure level"; exit 1
fi
echo "security exposure: $exposure"
awk -v e="$exposure" 'BEGIN { exit !(e < 3.0) }' || { echo "exposure $exposure is not below 3.0"; exit 1; }
