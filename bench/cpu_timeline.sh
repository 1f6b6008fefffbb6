#!/bin/bash
# CPU use of one command over time, in cores, every 0.25 s (from /proc/PID/stat): shows which parts of a run are
# serial (BENCHMARKS.md, "the serial parts of a run").
# Usage: bash bench/cpu_timeline.sh .build/release/reviewlens run bench/work/corpus-1k --out /tmp/o --jobs 2 --quiet
"$@" &
pid=$!
ticks=$(getconf CLK_TCK)
previous=0
elapsed=0
while kill -0 "$pid" 2>/dev/null; do
  used=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) || break
  [ -z "$used" ] && break
  awk -v t="$elapsed" -v d="$((used - previous))" -v hz="$ticks" 'BEGIN { printf "%5.2f s  %.2f cores\n", t, d / hz / 0.25 }'
  previous=$used
  sleep 0.25
  elapsed=$(awk -v t="$elapsed" 'BEGIN { print t + 0.25 }')
done
wait "$pid"
