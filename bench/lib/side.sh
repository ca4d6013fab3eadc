# Side-by-side runs, sourced by bench/run.sh: one application (Chromium or the kiosk) started under
# Xvfb while the paint probe watches the screen and the sampler reads its process tree.

# --window-position=0,0: Xvfb has no window manager to honour --kiosk's fullscreen request.
CHROME_FLAGS=(--no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
              --disable-component-update --disable-sync --window-size=1920,1080 --window-position=0,0)
KIOSK_AT="2025-06-12 12:50"

# Starts the application of MODE in the background (sets APP_PID); RDIR holds its files.
start_app() {
  local mode=$1 rdir=$2 dur=$3 deck=deck.yaml
  [ "$mode" = kiosk-static ] && deck=deck-static.yaml
  case $mode in
    chromium)
      # XDG folders and TMPDIR in the run folder: Chromium's crash database, dconf cache and singleton
      # socket land there, and its double-forked crashpad handlers carry the run folder in their
      # command line, which is how the sampler finds them.
      env XDG_CONFIG_HOME="$rdir/xdg-config" XDG_CACHE_HOME="$rdir/xdg-cache" TMPDIR="$TMP/t" \
        DISPLAY=":$DISPLAY_NUM" chromium "${CHROME_FLAGS[@]}" --kiosk \
        --user-data-dir="$rdir/profile" "$SITE_URL/index.html" >"$rdir/app.log" 2>&1 & ;;
    kiosk|kiosk-warm|kiosk-static)
      # The software renderer on a plain XShm framebuffer, as on a board with no GPU (without
      # SDL_FRAMEBUFFER_ACCELERATION=0, SDL would upload each frame through OpenGL on llvmpipe).
      # A 1920x1080 window at 0,0, like Chromium's: there is no window manager to make it fullscreen.
      env DISPLAY=":$DISPLAY_NUM" SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 \
        "$KIOSK" run --content "$SITE_URL/$deck" --cache "${KIOSK_CACHE:-$rdir/cache}" \
        --window 1920x1080 --at "$KIOSK_AT" --exit-after "$((dur + 5))" >"$rdir/app.log" 2>&1 & ;;
  esac
  APP_PID=$!
}

# first_paint RDIR T0 -> JSON fragment with the probe's and the page's own timings.
first_paint() {
  local rdir=$1 t0=$2 win painted ready fcp
  win=$(awk '$1 == "window" { print $2 }' "$rdir/probe.txt" 2>/dev/null || true)
  painted=$(awk '$1 == "painted" { print $2 }' "$rdir/probe.txt" 2>/dev/null || true)
  # The page's beacons (Chromium only): "<epoch> 204 ... /painted?kind=K&origin=MS&t=MS".
  ready=$(awk -v t0="$t0" '$1 >= t0 && index($5, "kind=ready") { print $1; exit }' "$BEACON_LOG" 2>/dev/null || true)
  fcp=$(awk -v t0="$t0" '$1 >= t0 && index($5, "kind=fcp") { split($5, q, /[?&=]/); printf "%.3f\n", (q[5] + q[7]) / 1000; exit }' \
    "$BEACON_LOG" 2>/dev/null || true)
  python3 - "$t0" "${win:-}" "${painted:-}" "${ready:-}" "${fcp:-}" <<'PY'
import json, sys
t0 = float(sys.argv[1])
names = ['first_window_s', 'first_slide_painted_s', 'page_ready_beacon_s', 'first_contentful_paint_s']
print(json.dumps({n: round(float(v) - t0, 3) if v else None for n, v in zip(names, sys.argv[2:6])}))
PY
}

# run_one LABEL MODE [SCREENSHOT_FILE]: one measured run (or, with a file, a screenshot only);
# appends one JSON line to $RESULTS.
run_one() {
  local label=$1 mode=$2 shot=${3:-} dur=$DURATION rdir t0
  rdir=$(mktemp -d "$TMP/runs/$label.XXXX")
  DISPLAY=":$DISPLAY_NUM" "$TMP/bin/paint_probe" 30 0e1b33 >"$rdir/probe.txt" 2>&1 &
  CUR_PROBE=$!
  for _ in $(seq 100); do grep -q '^ready' "$rdir/probe.txt" 2>/dev/null && break; sleep 0.05; done
  t0=$(date +%s.%N)
  start_app "$mode" "$rdir" "$dur"
  CUR_APP=$APP_PID; CUR_MARKER="$rdir/"
  export SAMPLE_EXE_PREFIX=/usr/lib/chromium/
  if [ -n "$shot" ]; then
    for _ in $(seq 200); do grep -q '^painted' "$rdir/probe.txt" && break; sleep 0.05; done
    sleep 2
    /usr/bin/import -display ":$DISPLAY_NUM" -window root "$shot"
  else
    SAMPLE_MARKER="$rdir/" python3 "$BENCH/lib/sampler.py" sample "$APP_PID" "$t0" "$dur" "$rdir/sample.json" \
      "$XVFB_PID" "$label"
  fi
  SAMPLE_MARKER="$rdir/" python3 "$BENCH/lib/sampler.py" stop "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  CUR_APP=""
  kill -TERM "$CUR_PROBE" 2>/dev/null || true; wait "$CUR_PROBE" 2>/dev/null || true
  CUR_PROBE=""
  cp "$rdir/app.log" "$OUT_DIR/logs/$(basename "$rdir").log" 2>/dev/null || true
  if [ -z "$shot" ]; then
    python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); a.update(json.loads(sys.argv[2])); print(json.dumps(a))' \
      "$rdir/sample.json" "$(first_paint "$rdir" "$t0")" >>"$RESULTS"
    tail -n 1 "$RESULTS" | cut -c1-400 >&2
  fi
  sleep 3
}
