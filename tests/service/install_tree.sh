#!/usr/bin/env bash
# Installs a build tree into a scratch DESTDIR with prefix /usr and checks the layout a Debian
# system expects, and that the installed unit and config name the installed files.
# Usage: install_tree.sh BUILD_DIR
set -euo pipefail
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null

status=0
expect() {
    if [ ! -e "$dest$1" ]; then echo "missing: $1"; status=1; fi
}
expect /usr/bin/kiosk
expect /usr/lib/systemd/system/kiosk.service
expect /usr/lib/systemd/system/kiosk-retry.timer
expect /etc/kiosk/kiosk.yaml
expect /usr/share/kiosk/assets
expect /usr/share/kiosk/content
expect /usr/share/doc/kiosk/configuration.md
expect /usr/share/doc/kiosk/install.md
expect /usr/share/doc/kiosk/examples/console.conf
[ -x "$dest/usr/bin/kiosk" ] || { echo "/usr/bin/kiosk is not executable"; status=1; }

grep -qx 'ExecStart=/usr/bin/kiosk run --config /etc/kiosk/kiosk.yaml' "$dest/usr/lib/systemd/system/kiosk.service" ||
    { echo "the installed unit does not start /usr/bin/kiosk"; status=1; }
grep -qx 'content_url: /usr/share/kiosk/content/event.yaml' "$dest/etc/kiosk/kiosk.yaml" ||
    { echo "the installed config does not name the installed sample content"; status=1; }

# The installed binary accepts the installed config.
"$dest/usr/bin/kiosk" check-config "$dest/etc/kiosk/kiosk.yaml" || status=1

# Nothing lands outside /usr and /etc.
stray=$(cd "$dest" && find . -mindepth 1 -maxdepth 1 ! -name usr ! -name etc)
[ -z "$stray" ] || { echo "installed outside /usr and /etc: $stray"; status=1; }

[ $status -eq 0 ] && echo "install tree ok"
exit $status
