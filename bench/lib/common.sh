# Shared pieces of the benchmark, sourced by bench/run.sh: the temporary folder, the site, nginx on
# loopback, Xvfb, and stopping exactly the processes started here.
# Expects: BENCH (the bench folder), TMP (a fresh folder), OUT_DIR.

STARTED=()                           # PIDs of long-lived helpers (nginx, Xvfb)
CUR_APP=""; CUR_MARKER=""; CUR_PROBE=""   # the run in progress, if the script stops early

cleanup() {
  local p
  if [ -n "$CUR_APP" ]; then
    SAMPLE_MARKER="$CUR_MARKER" python3 "$BENCH/lib/sampler.py" stop "$CUR_APP" || true
    wait "$CUR_APP" 2>/dev/null || true
  fi
  if [ -n "$CUR_PROBE" ]; then kill -TERM "$CUR_PROBE" 2>/dev/null || true; wait "$CUR_PROBE" 2>/dev/null || true; fi
  for p in "${STARTED[@]:-}"; do
    [ -n "$p" ] && kill -TERM "$p" 2>/dev/null && wait "$p" 2>/dev/null || true
  done
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept temp folder: $TMP" >&2; else rm -rf "$TMP"; fi
}

say() { echo "# $*" >&2; }

# The site both sides load: the browser's page, the kiosk's deck, the fonts and the speaker photo.
make_site() {
  SITE=$TMP/site
  mkdir -p "$SITE/fonts"
  cp "$BENCH/site/index.html" "$SITE/"
  # The deck's zone is the machine's own: with an empty cache the kiosk reads --at in the machine's
  # zone (there is no event zone yet), with a warm one in the event's; this makes them the same.
  MACHINE_ZONE=$(readlink /etc/localtime 2>/dev/null | sed 's|.*/zoneinfo/||')
  MACHINE_ZONE=${MACHINE_ZONE:-Etc/UTC}
  sed "s|time_zone: Europe/Berlin|time_zone: $MACHINE_ZONE|" "$BENCH/site/deck.yaml" >"$SITE/deck.orig.yaml"
  cp "$SITE/deck.orig.yaml" "$SITE/deck.yaml"
  cp /usr/share/fonts/opentype/inter/Inter-Regular.otf /usr/share/fonts/opentype/inter/Inter-Bold.otf "$SITE/fonts/"
  # 400x400 speaker "photo": plasma backdrop and a head-and-shoulders silhouette, fixed seed.
  /usr/bin/convert -size 400x400 -seed 42 plasma:'#3b6ea5'-'#c98b5a' -blur 0x4 \
    -fill '#2b3f66' -draw 'ellipse 200,410 160,140 180,360' \
    -fill '#e8c39e' -draw 'circle 200,165 200,85' "$SITE/photo.png"
  # Three hues of it for the soak, which swaps the photo as it changes the content.
  for i in 0 1 2; do /usr/bin/convert "$SITE/photo.png" -modulate 100,100,$((100 + 60 * i)) "$SITE/photo-$i.png"; done
  # The static deck shows only the programme, for 10 minutes, so nothing changes on screen but
  # the minute labels (a one-slide cycle would show its slide again every 8 s).
  awk '/^    - kind: speakers/ { exit } { print }' "$SITE/deck.yaml" | sed 's/duration: 8$/duration: 600/' \
    >"$SITE/deck-static.yaml"
  chmod -R a+rX "$TMP"
}

# nginx on a free loopback port serving $SITE with ETags, one worker, logging each request as
# "<epoch.ms> <status> <request bytes> <response bytes> <uri> <If-None-Match>".
start_nginx() {
  local dir=$TMP/nginx t
  mkdir -p "$dir"
  NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  {
    [ "$(id -u)" = 0 ] && echo "user root;"
    echo "daemon off; master_process on; worker_processes 1;"
    echo "pid $dir/nginx.pid; error_log $dir/error.log warn;"
    echo "events { worker_connections 4096; }"
    echo "http {"
    echo "  types { application/yaml yaml; image/png png; text/html html; font/otf otf; }"
    echo "  default_type application/octet-stream;"
    echo "  log_format bench '\$msec \$status \$request_length \$bytes_sent \$request_uri \"\$http_if_none_match\" \"\$http_accept_encoding\"';"
    echo "  access_log $dir/access.log bench;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $dir/$t;"; done
    echo "  gzip on; gzip_min_length 0; gzip_types application/yaml;"
    echo "  server { listen 127.0.0.1:$NGINX_PORT; root $SITE; etag on;"
    echo "    location = /painted { access_log $dir/beacons.log bench; return 204; } }"
    echo "}"
  } >"$dir/nginx.conf"
  nginx -c "$dir/nginx.conf" -p "$dir" &
  STARTED+=($!)
  NGINX_PID=$!
  for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/deck.yaml" && break; sleep 0.05; done
  SITE_URL="http://127.0.0.1:$NGINX_PORT"
  NGINX_LOG=$dir/access.log
  BEACON_LOG=$dir/beacons.log
}

start_xvfb() {
  if [ -e "/tmp/.X${DISPLAY_NUM}-lock" ] || [ -e "/tmp/.X11-unix/X${DISPLAY_NUM}" ]; then
    echo "display :$DISPLAY_NUM is already in use; set DISPLAY_NUM" >&2; exit 1
  fi
  Xvfb ":$DISPLAY_NUM" -screen 0 1920x1080x24 -nolisten tcp -noreset >"$TMP/xvfb.log" 2>&1 &
  XVFB_PID=$!
  STARTED+=("$XVFB_PID")
  for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X${DISPLAY_NUM}" ] && break; sleep 0.05; done
  sleep 0.5
}

build_helpers() {
  mkdir -p "$TMP/bin"
  g++ -O2 -o "$TMP/bin/paint_probe" "$BENCH/lib/paint_probe.cpp" -lX11 -lXext
}
