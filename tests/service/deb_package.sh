#!/usr/bin/env bash
# Builds the .deb from a build tree with CPack and checks what it holds: the files, the conffile,
# the maintainer scripts, and dependencies found by dpkg-shlibdeps.
# Usage: deb_package.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/kiosk_*.deb)
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
prefix=${prefix:-/usr/local}

status=0
contents=$(dpkg -c "$deb")
for path in "$prefix/bin/kiosk" "$prefix/lib/systemd/system/kiosk.service" \
            "$prefix/lib/systemd/system/kiosk-retry.timer" /etc/kiosk/kiosk.yaml \
            "$prefix/share/doc/kiosk/configuration.md"; do
    grep -q " \.$path\$" <<<"$contents" || { echo "not in the package: $path"; status=1; }
done

info=$(dpkg-deb -I "$deb")
for part in conffiles postinst prerm postrm; do
    grep -qw "$part" <<<"$info" || { echo "no $part in the control archive"; status=1; }
done
[ "$(dpkg-deb -I "$deb" conffiles)" = "/etc/kiosk/kiosk.yaml" ] || { echo "conffiles is not /etc/kiosk/kiosk.yaml"; status=1; }
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libc6 adduser; do
    grep -q "$dep" <<<"$depends" || { echo "Depends lacks $dep: $depends"; status=1; }
done

# The packaged unit starts the packaged binary.
dpkg-deb -x "$deb" "$out/root"
grep -qx "ExecStart=$prefix/bin/kiosk run --config /etc/kiosk/kiosk.yaml" \
    "$out/root$prefix/lib/systemd/system/kiosk.service" || { echo "the packaged unit names another binary"; status=1; }

[ $status -eq 0 ] && echo "package ok: $(basename "$deb"), Depends: $depends"
exit $status
