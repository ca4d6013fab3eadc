# The kiosk's own figures, sourced by bench/run.sh: a static slide's CPU, warm-cache start-up, instruction
# counts (callgrind), the cost of a poll, fleet sizing and the compressed soak. Each writes JSON lines to
# $RESULTS (and the soak its CSV and plot to $OUT_DIR).

# A config for runs that must not poll on their own: only SIGHUP makes them poll.
quiet_config() {
  local file=$TMP/quiet.yaml
  printf 'content_url: %s\npoll_interval: 24h\nposts_poll_interval: 24h\nstatus_file: %s\n' \
    "$SITE_URL/deck.yaml" "$TMP/status.json" >"$file"
  echo "$file"
}

wait_first_frame() {  # $1 = log file, $2 = timeout in seconds
  local i
  for i in $(seq $(($2 * 10))); do
    grep -q 'first frame on screen' "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "no first frame in $1 after $2 s" >&2
  return 1
}

# A static slide for DURATION seconds, RUNS times: the CPU it costs between 20 s and the end.
idle_runs() {
  say "idle: the programme slide alone, $RUNS runs of $DURATION s"
  local i
  for i in $(seq "$RUNS"); do run_one kiosk-idle kiosk-static; done
}

# First slide with the content already in the cache (a restart), RUNS times.
warm_runs() {
  say "warm cache: filling it once, then $RUNS measured starts"
  local cache=$TMP/warm-cache saved=$DURATION i
  KIOSK_CACHE=$cache DURATION=8 run_one warmfill kiosk
  sed -i '$d' "$RESULTS"   # the filling run is not a figure
  DURATION=15
  for i in $(seq "$RUNS"); do KIOSK_CACHE=$cache run_one kiosk-warm kiosk-warm; done
  DURATION=$saved
}

# The frame times of the deck's fades, from the kiosk's own log at debug level (one run of DURATION).
fades_stage() {
  say "fade frame times: the three-slide deck for $DURATION s, logged at debug level"
  local dir=$TMP/fades
  mkdir -p "$dir"
  printf 'content_url: %s\nlog_level: debug\n' "$SITE_URL/deck.yaml" >"$dir/config.yaml"
  env DISPLAY=":$DISPLAY_NUM" SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 \
    "$KIOSK" run --config "$dir/config.yaml" --cache "$dir/cache" --window 1920x1080 --at "$KIOSK_AT" \
    --exit-after "$DURATION" >"$dir/kiosk.log" 2>&1 || true
  cp "$dir/kiosk.log" "$OUT_DIR/logs/fades.log"
  # "fade: 49 steps, longest 17.3 ms apart, 42 frames drawn; 54.1 ms to prepare, 37 % of the screen blended"
  sed -n 's/.*fade: \([0-9]*\) steps, longest \([0-9.]*\) ms apart, \([0-9]*\) frames drawn; \([0-9.]*\) ms to prepare, \([0-9]*\) % .*/\1 \2 \3 \4 \5/p' \
    "$dir/kiosk.log" | while read -r steps longest drawn prepare share; do
      printf '{"label": "fade", "steps": %s, "longest_ms": %s, "drawn": %s, "prepare_ms": %s, "share_pct": %s}\n' \
        "$steps" "$longest" "$drawn" "$prepare" "$share"
    done | tee -a "$RESULTS" >&2
}

# cg_dump NAME PID T0: dumps what callgrind counted since the last dump (or zeroing) at epoch T0,
# keeps the dump as $OUT_DIR/callgrind/NAME.out, and records the instructions of that window, the
# frames presented, and the calls and inclusive cost of the fade's composition and the slide painter.
cg_dump() {
  local name=$1 pid=$2 t0=$3 file
  callgrind_control --dump="$name" "$pid" >/dev/null
  sleep 1
  file=$(ls -t "$TMP"/cg/callgrind.out."$pid".* 2>/dev/null | head -n1)
  mkdir -p "$OUT_DIR/callgrind"
  cp "$file" "$OUT_DIR/callgrind/$name.out"
  python3 "$BENCH/lib/callgrind_window.py" "$file" "$name" "$t0" "$(date +%s.%N)" >>"$RESULTS"
  tail -n1 "$RESULTS" >&2
}

# One kiosk under callgrind on DECK; the windows are timed from the first frame on screen.
callgrind_run() {
  local deck=$1 plan=$2 dir=$TMP/cg pid t
  mkdir -p "$dir"
  env DISPLAY=":$DISPLAY_NUM" SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 \
    valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$dir/callgrind.out.%p" \
    "$KIOSK" run --config "$(quiet_config)" --content "$SITE_URL/$deck" --cache "$dir/cache-$deck" \
    --window 1920x1080 --at "$KIOSK_AT" --exit-after 600 >"$dir/$deck.log" 2>&1 &
  pid=$!
  CUR_APP=$pid; CUR_MARKER=""
  wait_first_frame "$dir/$deck.log" 240
  sleep 6                       # past the first slide's set-up
  callgrind_control -z "$pid" >/dev/null
  t=$(date +%s.%N)
  $plan "$pid" "$t"
  python3 "$BENCH/lib/sampler.py" stop "$pid"
  wait "$pid" 2>/dev/null || true
  CUR_APP=""
  cp "$dir/$deck.log" "$OUT_DIR/logs/callgrind-$deck.log"
}

# Static slide: 30 s with nothing to do; then an unchanged poll and a changed one (SIGHUP each).
static_plan() {
  local pid=$1 t=$2
  sleep 30; cg_dump static "$pid" "$t"; t=$(date +%s.%N)
  kill -HUP "$pid"; sleep 15; cg_dump poll-unchanged "$pid" "$t"; t=$(date +%s.%N)
  sed -i 's/Lunch$/Lunch on the terrace/' "$SITE/deck-static.yaml"
  kill -HUP "$pid"; sleep 15; cg_dump poll-changed "$pid" "$t"
}

# The three-slide deck: 48 s of content time, six slides and six fades.
fade_plan() {
  local pid=$1 t=$2
  sleep 48; cg_dump rotation "$pid" "$t"
}

callgrind_stage() {
  say "callgrind: a static slide, polls, and a rotation with fades (slow: valgrind)"
  callgrind_run deck-static.yaml static_plan
  callgrind_run deck.yaml fade_plan
}

# CPU seconds of one command (children's rusage), as JSON.
cpu_of() {
  python3 - "$@" <<'PY'
import json, resource, subprocess, sys, time
u0, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.time()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (u.ru_utime + u.ru_stime) - (u0.ru_utime + u0.ru_stime)
print(json.dumps({'cpu_s': round(cpu, 4), 'wall_s': round(time.time() - t, 4), 'rc': r.returncode,
                  'max_rss_kib': u.ru_maxrss}))
PY
}

# The kiosk's own polls, through `kiosk fetch`: bytes on the wire (nginx's log), CPU, instructions.
poll_stage() {
  say "poll cost: kiosk fetch, changed and unchanged"
  local cache=$TMP/poll-cache case i before
  for case in version first unchanged changed; do
    for i in $(seq 5); do
      [ "$case" = first ] && rm -rf "$cache"
      [ "$case" = changed ] && sed -i "s/^    text: \"Just watched.*/    text: \"Update $i: just watched the keynote. #DevConf\"/" "$SITE/deck.yaml"
      before=$(wc -l <"$NGINX_LOG")
      if [ "$case" = version ]; then
        cpu=$(cpu_of "$KIOSK" --version)
      else
        cpu=$(cpu_of "$KIOSK" fetch --content "$SITE_URL/deck.yaml" --cache "$cache")
      fi
      python3 - "$case" "$cpu" "$NGINX_LOG" "$before" >>"$RESULTS" <<'PY'
import json, sys
case, cpu, log, before = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], int(sys.argv[4])
lines = [l.split() for l in open(log).read().splitlines()[before:]]
cpu.update(label='poll', case=case, requests=len(lines), statuses=' '.join(sorted(l[1] for l in lines)),
           bytes_up=sum(int(l[2]) for l in lines), bytes_down=sum(int(l[3]) for l in lines))
print(json.dumps(cpu))
PY
    done
  done
  cp "$SITE/deck.orig.yaml" "$SITE/deck.yaml"
  # Instructions (callgrind) of one unchanged and one changed poll, start-up included.
  "$KIOSK" fetch --content "$SITE_URL/deck.yaml" --cache "$cache" >/dev/null
  for case in version unchanged changed; do
    [ "$case" = changed ] && sed -i 's/^    text: "Just watched/    text: "Now: just watched/' "$SITE/deck.yaml"
    if [ "$case" = version ]; then
      valgrind --tool=callgrind --callgrind-out-file="$TMP/poll-$case.cg" "$KIOSK" --version >/dev/null 2>&1
    else
      valgrind --tool=callgrind --callgrind-out-file="$TMP/poll-$case.cg" \
        "$KIOSK" fetch --content "$SITE_URL/deck.yaml" --cache "$cache" >/dev/null 2>&1
    fi
    python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(json.dumps({"label":"poll-ir","case":sys.argv[2],"ir":r["ir"]}))' \
      "$(python3 "$BENCH/lib/callgrind_count.py" "$TMP/poll-$case.cg")" "$case" >>"$RESULTS"
  done
  cp "$SITE/deck.orig.yaml" "$SITE/deck.yaml"
  grep -E '"label": "poll' "$RESULTS" | tail -n 3 >&2
}

# One content server: nginx (one worker) on loopback answering the kiosk's conditional request.
fleet_stage() {
  say "fleet: wrk with the kiosk's If-None-Match, then a burst of kiosk fetch processes"
  local cache=$TMP/fleet-cache etag ae n=200 par=8 i
  "$KIOSK" fetch --content "$SITE_URL/deck.yaml" --cache "$cache" >/dev/null
  "$KIOSK" fetch --content "$SITE_URL/deck.yaml" --cache "$cache" >/dev/null
  # The headers of the kiosk's own last request for the deck, as nginx logged them.
  # (nginx writes a quote inside a logged header as \x22.)
  etag=$(grep ' /deck.yaml ' "$NGINX_LOG" | tail -n1 | awk -F'" "' '{ sub(/^[^"]*"/, "", $1); print $1 }' | sed 's/\\x22/"/g')
  ae=$(grep ' /deck.yaml ' "$NGINX_LOG" | tail -n1 | awk -F'" "' '{ sub(/"$/, "", $2); print $2 }')
  for i in $(seq "$RUNS"); do
    for conn in keep-alive close; do
      python3 "$BENCH/lib/fleet.py" wrk "$NGINX_PID" "$SITE_URL/deck.yaml" "$etag" "$ae" "$NGINX_LOG" "$conn" \
        >>"$RESULTS"
      tail -n1 "$RESULTS" >&2
    done
  done
  for i in $(seq "$par"); do cp -a "$cache" "$TMP/fleet-cache-$i"; done
  python3 "$BENCH/lib/fleet.py" burst "$NGINX_PID" "$SITE_URL/deck.yaml" "$KIOSK" "$TMP/fleet-cache-" "$n" "$par" \
    "$NGINX_LOG" >>"$RESULTS"
  tail -n1 "$RESULTS" >&2
}

# 72 h of content time in a few real minutes: the clock runs fast, the content changes every
# simulated 10 minutes (with a SIGHUP, as `systemctl reload` does), memory is sampled every second.
soak_stage() {
  local speed pid dir=$TMP/soak real
  real=$((SOAK_MINUTES * 60))
  speed=$(python3 -c "print(round($SOAK_HOURS * 60 / $SOAK_MINUTES, 3))")
  say "soak: $SOAK_HOURS h of content time in $SOAK_MINUTES min (speed $speed)"
  mkdir -p "$dir"
  MACHINE_ZONE=$MACHINE_ZONE python3 "$BENCH/lib/soak_driver.py" write "$SITE" 0
  env DISPLAY=":$DISPLAY_NUM" SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0 \
    "$KIOSK" run --config "$(quiet_config)" --content "$SITE_URL/deck-soak.yaml" --cache "$dir/cache" \
    --window 1920x1080 --at "2025-06-12 08:00" --speed "$speed" --exit-after "$((real + 10))" >"$dir/kiosk.log" 2>&1 &
  pid=$!
  CUR_APP=$pid; CUR_MARKER=""
  python3 "$BENCH/lib/sampler.py" trace "$pid" 1 "$OUT_DIR/soak.csv" &
  local tracer=$!
  wait_first_frame "$dir/kiosk.log" 30
  MACHINE_ZONE=$MACHINE_ZONE python3 "$BENCH/lib/soak_driver.py" drive "$SITE" "$pid" "$speed" "$real"
  wait "$tracer" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  CUR_APP=""
  cp "$dir/kiosk.log" "$OUT_DIR/logs/soak-kiosk.log"
  python3 "$BENCH/lib/soak_report.py" "$OUT_DIR/soak.csv" "$speed" "$OUT_DIR/soak-memory.png" >>"$RESULTS"
  tail -n1 "$RESULTS" >&2
}
