#!/usr/bin/env bash
# ReviewLens benchmark: ReviewLens `run` against the tools a user would reach for instead, on synthetic review
# corpora made by bench/generate.py. Writes BENCHMARKS.md at the project root. Re-runnable: corpora are generated
# only when absent, every output folder is deleted before each run.
#
#   bash bench/install-peers.sh          # once: pandoc, xmllint, unzip, GNU time, python-docx, spaCy, PyYAML
#   bash bench/run.sh                    # SIZES="1000 10000" RUNS=3
#   SIZES=1000 RUNS=3 bash bench/run.sh
#
# Environment:
#   SIZES        corpus sizes in documents (default "1000 10000")
#   RUNS         runs per measurement, the median is reported (default 3); RUNS_<size> overrides it for one size,
#                e.g. RUNS_10000=1
#   FULL=1       also run the slow peers (Python pipeline, pandoc) above 1000 documents
#   BENCH_DIR    scratch folder for corpora, outputs and logs (default bench/work, git-ignored)
#   REVIEWLENS   the binary (default .build/release/reviewlens; copied to BENCH_DIR/bin first so that a rebuild
#                during the benchmark cannot mix two binaries)
#   RULES        rule packs (default Rules/; copied to BENCH_DIR/rules first, and a one-document pre-flight run
#                checks that the binary accepts them)
#   OUT_MD       result file (default BENCHMARKS.md): only the part between the bench/run.sh markers is rewritten
#   TIMEOUT      seconds after which one measured run is killed (default 3600)
#   WAIT_IDLE    before every run, wait up to this many seconds for the CPU to go idle (default 300)
#   REPO         the ReviewLens checkout (default: the folder above this script)
#   RENDER_ONLY  run stamps (see BENCH_DIR/results-<stamp>.tsv), space-separated: only re-write OUT_MD from those
#                runs' files; with several, a later run's measurement replaces an earlier one's of the same size and
#                label (allowed only for runs of the same binary and rule packs)
#   COMBINE      earlier run stamps to merge into this run's report in the same way
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${REPO:-$(cd "$HERE/.." && pwd)}   # the ReviewLens checkout (binary, Rules/, BENCHMARKS.md)
SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-3}
FULL=${FULL:-0}
BENCH_DIR=${BENCH_DIR:-$(cd "$(dirname "$0")" && pwd)/work}
SRC_BIN=${REVIEWLENS:-$ROOT/.build/release/reviewlens}
RULES=${RULES:-$ROOT/Rules}
OUT_MD=${OUT_MD:-$ROOT/BENCHMARKS.md}
TIMEOUT=${TIMEOUT:-3600}

for tool in /usr/bin/time pandoc xmllint unzip timeout python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run bash bench/install-peers.sh" >&2; exit 2; }
done
python3 -c "import docx, spacy, yaml" 2>/dev/null || { echo "missing python-docx/spaCy/PyYAML: run bash bench/install-peers.sh" >&2; exit 2; }
[ -x "$SRC_BIN" ] || { echo "no ReviewLens binary at $SRC_BIN (build it: swift build -c release --product reviewlens)" >&2; exit 2; }

mkdir -p "$BENCH_DIR"/{bin,logs,tmp}
if [ -z "${RENDER_ONLY:-}" ]; then
# Freeze the binary under test (with the resource bundles SwiftPM puts beside it).
rm -rf "$BENCH_DIR/bin"/*
cp "$SRC_BIN" "$BENCH_DIR/bin/reviewlens"
cp -r "$(dirname "$SRC_BIN")"/*.resources "$BENCH_DIR/bin/" 2>/dev/null || true
BIN=$BENCH_DIR/bin/reviewlens
# Freeze the rule packs too (a rule edit during the benchmark would change the work done).
rm -rf "$BENCH_DIR/rules"; mkdir -p "$BENCH_DIR/rules"
cp "$RULES"/*.yaml "$BENCH_DIR/rules/"
cp "$RULES"/model.json "$BENCH_DIR/rules/" 2>/dev/null || true   # the statistical model, when the packs have one
RULES_SRC=$RULES; RULES=$BENCH_DIR/rules
# Pre-flight: the binary must accept these rules (a binary older than the rule packs refuses them).
mkdir -p "$BENCH_DIR/tmp/preflight"; printf 'The family were not consulted about the discharge plan.\n' > "$BENCH_DIR/tmp/preflight/a.txt"
rm -rf "$BENCH_DIR/tmp/preflight-out"
if ! "$BIN" run "$BENCH_DIR/tmp/preflight/a.txt" --out "$BENCH_DIR/tmp/preflight-out" --rules "$RULES" --quiet > "$BENCH_DIR/tmp/preflight.log" 2>&1; then
  echo "pre-flight failed: $SRC_BIN does not run with $RULES_SRC:" >&2; cat "$BENCH_DIR/tmp/preflight.log" >&2
  echo "(rebuild the binary: swift build -c release --product reviewlens)" >&2
  exit 2
fi
rm -rf "$BENCH_DIR/tmp/preflight" "$BENCH_DIR/tmp/preflight-out"
fi
BIN=$BENCH_DIR/bin/reviewlens; RULES_SRC=${RULES_SRC:-$RULES}; RULES=$BENCH_DIR/rules
if [ -n "${RENDER_ONLY:-}" ]; then STAMP=${RENDER_ONLY##* }; STAMPS=$RENDER_ONLY
else STAMP=$(date -u +%Y%m%dT%H%M%SZ); STAMPS="${COMBINE:-} $STAMP"; fi
RESULTS=$BENCH_DIR/results-$STAMP.tsv     # size label docs text_bytes runs wall user sys rss_kb rcs busy command
NOTES=$BENCH_DIR/notes-$STAMP.txt          # free-text lines for the report
CORPORA=$BENCH_DIR/corpora-$STAMP.tsv      # size dir generation
META=$BENCH_DIR/meta-$STAMP.env            # what the report says about the run, taken at its start
if [ -z "${RENDER_ONLY:-}" ]; then
  : > "$RESULTS"; : > "$NOTES"; : > "$CORPORA"
  {
    echo "DATE=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "GIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)"
    echo "DIRTY=$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | wc -l)"
    echo "BIN_MTIME=$(date -u -r "$SRC_BIN" '+%Y-%m-%d %H:%M:%S UTC')"
    echo "BIN_SHA=$(sha256sum "$BIN" | cut -d' ' -f1)"
    echo "RULES_SHA=$(cat "$RULES"/*.yaml "$RULES"/model.json 2>/dev/null | sha256sum | cut -d' ' -f1)"
    echo "RULES_SRC=$RULES_SRC"
    echo "ARGS=SIZES=\"$SIZES\" RUNS=$RUNS$(for n in $SIZES; do v="RUNS_$n"; [ -n "${!v:-}" ] && printf ' RUNS_%s=%s' "$n" "${!v}"; done) FULL=$FULL"
  } > "$META"
elif [ ! -f "$RESULTS" ] || [ ! -f "$META" ]; then
  echo "RENDER_ONLY=$RENDER_ONLY: no $RESULTS or $META" >&2; exit 2
fi

corpus_name() { local n=$1; if [ $((n % 1000)) -eq 0 ]; then echo "corpus-$((n / 1000))k"; else echo "corpus-$n"; fi; }
stat_of() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }
# Print a command so that it can be pasted into bash: plain words as they are, anything else in single quotes.
q() {
  local out="" a
  for a in "$@"; do
    if [[ "$a" =~ ^[A-Za-z0-9_./=:,+@%-]+$ ]]; then out+="$a "; else out+="'${a//\'/\'\\\'\'}' "; fi
  done
  echo "${out% }"
}
# Cores busy over 2 s (from /proc/stat), i.e. what else is using the CPU before a measurement.
cpu_busy() {
  local c u n s i w x y z t1 i1 t2 i2
  read -r c u n s i w x y z _ < /proc/stat; t1=$((u + n + s + i + w + x + y + z)); i1=$((i + w))
  sleep 2
  read -r c u n s i w x y z _ < /proc/stat; t2=$((u + n + s + i + w + x + y + z)); i2=$((i + w))
  awk -v dt=$((t2 - t1)) -v di=$((i2 - i1)) -v n="$(nproc)" 'BEGIN { printf "%.2f", dt ? (dt - di) / dt * n : 0 }'
}
# Wait (at most WAIT_IDLE seconds, default 300) until less than a quarter of a core is busy; print the last reading.
wait_idle() {
  local b waited=0
  while :; do
    b=$(cpu_busy)
    if awk -v b="$b" 'BEGIN { exit !(b < 0.25) }' || [ "$waited" -ge "${WAIT_IDLE:-300}" ]; then echo "$b"; return; fi
    [ "$waited" -eq 0 ] && echo "   waiting for the CPU to go idle ($b cores busy)..." >&2
    waited=$((waited + 2))
  done
}
# Busy CPU time of the whole machine so far, in jiffies (all CPUs: user nice system irq softirq steal).
cpu_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# measure SIZE LABEL DOCS TEXT_BYTES RUNS PRE_CMD CMD...
#   PRE_CMD runs untimed before every run (e.g. deleting the output folder); CMD is timed by GNU time:
#   %e wall s, %U user s, %S sys s, %M peak RSS KB (of the largest single process: for xargs pipelines, the
#   largest child). User and sys include every waited-for child.
measure() {
  local size=$1 label=$2 docs=$3 tbytes=$4 runs=$5 pre=$6; shift 6
  local walls=() users=() syss=() rsss=() rcs=() i tf log rc
  local slug; slug=$(echo "$size-$label" | tr -c 'A-Za-z0-9\n-' '_' | tr -s _)
  local busy busymax=0 during duringmax=0
  echo ">> [$size] $label ($runs run(s))" >&2
  for i in $(seq "$runs"); do
    eval "$pre"
    # Flush what the cleanup (and the previous run) left dirty, so the measured process does not pay for it: a
    # run's own syncfs would otherwise wait for the write-back of the output folder just deleted.
    sync
    busy=$(wait_idle)
    busymax=$(awk -v a="$busy" -v b="$busymax" 'BEGIN { print (a > b ? a : b) }')
    tf=$BENCH_DIR/tmp/time.txt; log=$BENCH_DIR/logs/$STAMP-$slug-$i
    local st0 st1
    st0=$(cpu_jiffies)
    timeout "$TIMEOUT" /usr/bin/time -f "%e %U %S %M" -o "$tf" -- "$@" >"$log.stdout" 2>"$log.stderr"
    rc=$?
    st1=$(cpu_jiffies)
    rcs+=("$rc")
    if [ "$rc" -ne 0 ]; then
      echo "   run $i exited $rc; stderr tail:" >&2; tail -n 5 "$log.stderr" >&2
      { printf '[%s] %s, run %s: exit code %s (%s); command: `%s`; stderr tail: ' "$size" "$label" "$i" "$rc" \
          "$( [ "$rc" -eq 124 ] && echo "killed by the ${TIMEOUT}s timeout" || { [ "$rc" -gt 128 ] && echo "signal $((rc - 128))" || echo "error"; } )" \
          "$(q "$@")"
        tail -n 5 "$log.stderr" | tr '\n' ' ' | cut -c1-600; echo; } >> "$NOTES"
    fi
    if [ -s "$tf" ] && read -r w u s m < <(tail -n 1 "$tf") && [[ "$w" =~ ^[0-9.]+$ ]]; then
      walls+=("$w"); users+=("$u"); syss+=("$s"); rsss+=("$m")
      # CPU used by everything else while this run ran: all busy CPU time minus this run's user + sys, over wall time
      during=$(awk -v a="$st0" -v b="$st1" -v u="$u" -v s="$s" -v w="$w" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { o = (b - a) / hz - u - s; if (o < 0) o = 0; printf "%.2f", (w > 0 ? o / w : 0) }')
      duringmax=$(awk -v a="$during" -v b="$duringmax" 'BEGIN { print (a > b ? a : b) }')
      echo "   run $i: wall ${w}s user ${u}s sys ${s}s rss ${m}KB rc $rc (other load before: $busy cores, during: $during cores)" >&2
    else
      echo "   run $i: no timing (rc $rc)" >&2
    fi
    if [ -n "${POST:-}" ]; then eval "$POST"; fi
  done
  local cmd; cmd=$(q "$@")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$label" "$docs" "$tbytes" "$runs" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${users[@]}" | median)" \
    "$(printf '%s\n' "${syss[@]}" | median)" "$(printf '%s\n' "${rsss[@]}" | median)" \
    "$(IFS=,; echo "${rcs[*]}")" "$busymax / $duringmax" "$cmd" >> "$RESULTS"
}

# After a ReviewLens run: note the manifest summary and the failed documents, if any.
rl_check() {
  local out=$1 size=$2 label=$3
  if [ -f "$out/manifest.json" ]; then
    python3 - "$out/manifest.json" "$size" "$label" >> "$NOTES" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
s = m.get("summary", {})
bad = [d for d in m.get("documents", []) if d.get("status") not in ("ok", "skipped")]
if bad or s.get("failed"):
    print(f"[{sys.argv[2]}] {sys.argv[3]}: manifest summary {json.dumps(s)}; first failures: " +
          "; ".join(f"{d.get('path')}: {d.get('error')}" for d in bad[:5]))
EOF
  else
    echo "[$size] $label: no manifest.json in $out after the run (see $BENCH_DIR/logs/$STAMP-*)" >> "$NOTES"
  fi
}

render() {
  python3 - "$STAMPS" "$OUT_MD" "$BIN" "$SRC_BIN" "$ROOT" "$BENCH_DIR" <<'EOF'
import json, os, platform, subprocess, sys, datetime
stamps, out_md, bin_, src_bin, root, bench_dir = sys.argv[1:7]
stamps = stamps.split()
P = lambda kind, st, ext: os.path.join(bench_dir, f"{kind}-{st}.{ext}")
metas = [dict(l.rstrip("\n").split("=", 1) for l in open(P("meta", st, "env")) if "=" in l) for st in stamps]
meta = metas[-1]
for m in metas[:-1]:   # several runs in one report only when they measured the same binary with the same rules
    for k in ("BIN_SHA", "RULES_SHA"):
        if m.get(k) != meta.get(k):
            sys.exit(f"render: runs {stamps} differ in {k}; not combining them")
# Rows: a later run's measurement replaces an earlier run's with the same size and label.
merged, remeasured, row_date = {}, set(), {}
for i, (st, m) in enumerate(zip(stamps, metas)):
    for l in open(P("results", st, "tsv")):
        if l.strip():
            r = l.rstrip("\n").split("\t")
            merged[(r[0], r[1])] = r
            row_date[(r[0], r[1])] = m["DATE"]
            if i == len(stamps) - 1: remeasured.add(r[0])
rows = sorted(merged.values(), key=lambda r: int(r[0]))   # stable: label order kept within a size
size_run = {}
for k, d in row_date.items():
    size_run.setdefault(k[0], set()).add(d)
for r in rows:   # the "during" reading means nothing for runs under a second (10 ms clock ticks, shell start-up)
    if " / " in r[10]:
        try:
            if float(r[5]) < 1: r[10] = r[10].split(" / ")[0] + " / n/a (< 1 s)"
        except ValueError:
            pass
corpora_lines, seen = [], set()
for st in reversed(stamps):
    for l in open(P("corpora", st, "tsv")):
        if l.strip() and l.split("\t")[0] not in seen:
            seen.add(l.split("\t")[0]); corpora_lines.append(l)
corpora_lines.sort(key=lambda l: int(l.split("\t")[0]))
notes_lines = []
for i, st in enumerate(stamps):
    for l in open(P("notes", st, "txt")):
        if not l.strip(): continue
        size = l[1:l.index("]")] if l.startswith("[") and "]" in l else None
        if i < len(stamps) - 1 and size in remeasured: continue
        notes_lines.append(l.rstrip("\n"))

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60).stdout.strip()
    except Exception as e:
        return f"({e})"

cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
L = []
L.append("# ReviewLens benchmarks\n")
L.append("Generated by `bench/run.sh` (see the commands below); numbers are whatever that run measured, nothing is edited by hand.\n")
L.append("## Machine\n")
if len(stamps) == 1:
    L.append(f"- Date: {meta['DATE']} (start of the benchmark)")
else:
    L.append("- Dates: this report combines runs of the same binary and rule packs: "
             + "; ".join(f"the {size}-document rows come from the run started {' and '.join(sorted(d))}" for size, d in sorted(size_run.items(), key=lambda x: int(x[0]))) + ".")
L.append(f"- `nproc`: {sh('nproc')}; CPU: {cpu}; kernel {platform.release()}")
L.append(f"- Load average (1, 5, 15 min) at the start: {meta['LOAD_START']}. "
         "Before every run the harness runs its cleanup, then `sync` (so no run pays for write-back left by the one before), then waits (up to WAIT_IDLE s) until under a quarter of a core is busy. The *other load* column "
         "gives, in cores, the highest reading over a measurement's runs of what else was using the CPU: *before* = busy cores over "
         "the 2 s before a run; *during* (newer runs only) = all busy CPU time during the run minus the run's own user + sys, over its wall time. "
         "A value well above 0 means the run shared the 2 cores with something else and its wall time is inflated.")
L.append("- `free -g`:\n")
L.append("```\n" + subprocess.run("free -g", shell=True, capture_output=True, text=True).stdout.rstrip() + "\n```")
git, dirty = metas[0].get("GIT", "?"), metas[0].get("DIRTY", "0")   # the earliest run: closest to the build
L.append(f"- ReviewLens: `{sh(bin_ + ' --version')}`, binary sha256 `{meta.get('BIN_SHA', '?')[:16]}…` "
         f"(copied from `{os.path.relpath(src_bin, root)}`, built {meta.get('BIN_MTIME', '?')}); the checkout was at `{git}` when the benchmark started"
         + ("" if dirty in ("", "0") else " (with uncommitted changes; not recorded which)" if dirty == "?" else f" with {dirty} modified tracked file(s)") + ".")
L.append(f"- Rule packs: copied from `{meta.get('RULES_SRC', '?')}` at the start (sha256 of the concatenated files "
         f"`{meta.get('RULES_SHA', '?')[:16]}…`).")
import docx, spacy
xmllint_v = sh("xmllint --version 2>&1 | head -1").replace("xmllint: ", "")
L.append(f"- Peers: {sh('pandoc --version | head -1')}; xmllint ({xmllint_v}); "
         f"{sh('unzip -v | head -1').split(' of ')[0]}; Python {platform.python_version()}, "
         f"python-docx {docx.__version__}, spaCy {spacy.__version__}.\n")

L.append("## Corpora\n")
L.append("`bench/generate.py` (seeded, fixed dates, byte-identical on every run): documents in the style of NHS patient-safety "
         "incident reviews, even-numbered ones DOCX (python-docx: Heading 1/2, numbered and bulleted lists, an action-plan table), "
         "odd-numbered ones plain text. *Text MB* is the UTF-8 text in them (paragraphs, headings, list items, table cells; "
         "file size for .txt), counted by the generator; MB = 10^6 bytes.\n")
L.append("| corpus | documents | DOCX | TXT | text MB | on disk MB | text per document KB (min–max) | generated in |")
L.append("|---|---:|---:|---:|---:|---:|---|---|")
for line in corpora_lines:
    size, d, gen = line.rstrip("\n").split("\t")
    st = json.load(open(d + ".stats.json"))
    L.append(f"| `{d}` | {st['documents']} | {st['docx']} | {st['txt']} | {st['text_bytes']/1e6:.1f} | {st['disk_bytes']/1e6:.1f} | "
             f"{st['min_doc_text_bytes']/1e3:.1f}–{st['max_doc_text_bytes']/1e3:.1f} | {gen} |")
L.append("")

L.append("## Results\n")
L.append(f"Each line is one whole-process measurement with GNU time (`/usr/bin/time -f \"%e %U %S %M\"`), the median of the runs shown "
         f"(each column's median on its own). Warm page cache (the corpus was just generated or read). *docs/s* and *MB/s* are "
         f"documents and text MB over wall time. Peak RSS is the largest single process. Exit codes are listed per run "
         f"(ReviewLens: 0 all ok, 1 some documents failed).\n")
L.append("| size | what | docs | text MB | runs | wall s | user s | sys s | peak RSS MB | docs/s | MB/s | exit codes | other load, before / during (cores) |")
L.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|")
def f(x, fmt):
    try:
        return format(float(x), fmt)
    except ValueError:
        return x
by = {}
floor_total = {}
FLOOR_UNZIP = "floor: unzip -p every word/document.xml (1 process)"
FLOOR_XMLLINT = "floor: xmllint --stream over every document.xml (extracted beforehand)"
FLOOR_CAT = "floor: cat every .txt"
for size, label, docs, tb, nruns, wall, user, sys_, rss, rcs, load1, cmd in rows:
    ok_codes = ("0", "1") if label.startswith("ReviewLens") else ("0",)
    failed = any(c not in ok_codes for c in rcs.split(","))
    by[(size, label)] = (float(wall) if wall != "nan" and not failed else None, docs, tb)
    try:
        w = float(wall); dps = f"{int(docs)/w:.1f}" if w > 0 else "∞"; mbs = f"{int(tb)/1e6/w:.2f}" if w > 0 else "∞"
    except ValueError:
        dps = mbs = "—"
    if failed:
        dps = mbs = "—"; rcs += " **FAILED** (see below)"
    L.append(f"| {size} | {label} | {docs} | {int(tb)/1e6:.1f} | {nruns} | {f(wall, '.2f')} | {f(user, '.2f')} | {f(sys_, '.2f')} | "
             f"{f(float(rss)/1024 if rss != 'nan' else 'nan', '.0f')} | {dps} | {mbs} | {rcs} | {load1} |")
    # the floor total, after its last part
    if label.startswith("floor: cat"):
        parts = [by.get((size, k)) for k in (FLOOR_UNZIP, FLOOR_XMLLINT, FLOOR_CAT)]
        if all(p and p[0] is not None for p in parts):
            tw = sum(p[0] for p in parts)
            tdocs = int(parts[0][1]) + int(parts[2][1]); ttb = int(parts[0][2]) + int(parts[2][2])
            floor_total[size] = tw
            L.append(f"| {size} | **floor total: unzip + xmllint + cat** (sum of the three medians) | {tdocs} | {ttb/1e6:.1f} | — | {tw:.2f} | — | — | — | "
                     f"{tdocs/tw:.0f} | {ttb/1e6/tw:.1f} | — | — |" if tw > 0 else
                     f"| {size} | **floor total: unzip + xmllint + cat** | {tdocs} | {ttb/1e6:.1f} | — | < 0.01 | — | — | — | ∞ | ∞ | — | — |")
L.append("")

# the performance issue's targets
L.append("## Against the performance targets\n")
L.append("| size | target | measured | holds? |")
L.append("|---:|---|---|---|")
def w(size, label):
    v = by.get((size, label)); return v[0] if v else None
rss_by = {(r[0], r[1]): float(r[8]) / 1024 for r in rows if r[8] != "nan"}
J1, J2, RR = "ReviewLens run --jobs 1", "ReviewLens run --jobs 2", "ReviewLens run --jobs 2, unchanged re-run over the previous --out"
RE = "ReviewLens run --jobs 2 after a rule edit (cached passages, reclassified)"
PY = "Python: python-docx + spaCy PhraseMatcher (1 process)"
PD = "pandoc -t plain, 1 process per file, 2 at a time (DOCX only)"
yes = lambda ok: "**yes**" if ok else "**no**"
for size in sorted({r[0] for r in rows}, key=int):
    j1, j2, rr, py, fl, pd = w(size, J1), w(size, J2), w(size, RR), w(size, PY), floor_total.get(size), w(size, PD)
    if j1 and j2 and py:
        x = py / j2
        L.append(f"| {size} | ReviewLens ≥ 30× the Python pipeline's documents/s | --jobs 2 {int(by[(size, J2)][1])/j2:.1f} docs/s vs "
                 f"{int(by[(size, PY)][1])/py:.1f} docs/s: {x:.2f}× (--jobs 1: {py/j1:.2f}×) | {yes(x >= 30)} |")
    if j1 and j2 and fl is not None:
        fl = max(fl, 0.01)  # GNU time's resolution
        L.append(f"| {size} | within 2× of the floor's time | --jobs 2 {j2:.2f} s vs floor {fl:.2f} s: {j2/fl:.0f}× (--jobs 1: {j1/fl:.0f}×) | {yes(j2 <= 2 * fl)} |")
    if (size, J1) in rss_by and (size, J2) in rss_by:
        m = max(rss_by[(size, J1)], rss_by[(size, J2)])
        L.append(f"| {size} | peak RSS ≤ 200 MB | --jobs 1 {rss_by[(size, J1)]:.0f} MB, --jobs 2 {rss_by[(size, J2)]:.0f} MB | {yes(m <= 200)} |")
    if j1 and j2:
        L.append(f"| {size} | --jobs 2 ≥ 1.7× --jobs 1 | {j1:.2f} s → {j2:.2f} s: {j1/j2:.2f}× | {yes(j1 / j2 >= 1.7)} |")
    if j2 and rr:
        L.append(f"| {size} | unchanged re-run ≥ 20× faster | {j2:.2f} s → {rr:.2f} s: {j2/rr:.0f}× | {yes(j2 / rr >= 20)} |")
    re_ = w(size, RE)
    if j2 and re_:
        L.append(f"| {size} | a rule edit reprocesses classification only (no target figure) | {j2:.2f} s → {re_:.2f} s: "
                 f"{j2/re_:.1f}× faster than a cold run | — |")
    if pd and j2:
        L.append(f"| {size} | (context, no target) pandoc per DOCX vs ReviewLens per document | pandoc {pd/int(by[(size, PD)][1])*1000:.1f} ms "
                 f"(text only) vs ReviewLens --jobs 2 {j2/int(by[(size, J2)][1])*1000:.1f} ms (tagging and all outputs) | — |")
L.append("")

L.append("## What was run, exactly\n")
L.append(" and ".join(f"`{m.get('ARGS', '?')} bash bench/run.sh`" for m in metas) + f" (scratch folder `{bench_dir}`; per-run logs in `{bench_dir}/logs/`). "
         "Before every ReviewLens run its --out folder is deleted (not timed), so each run is cold for ReviewLens' own cache. "
         "The floor's per-file extraction of word/document.xml for xmllint is done once, untimed.\n")
for size, label, docs, tb, nruns, wall, user, sys_, rss, rcs, load1, cmd in rows:
    L.append(f"- [{size}] {label}:\n  `{cmd}`")
L.append("")

L.append("## Not run, failures, caveats\n")
nl = list(notes_lines)
for size, label, docs, tb, nruns, wall, user, sys_, rss, rcs, load1, cmd in rows:
    single = label in ("ReviewLens run --jobs 1", "Python: python-docx + spaCy PhraseMatcher (1 process)")
    try:
        wv, cpu = float(wall), float(user) + float(sys_)
    except ValueError:
        continue
    if single and wv > 1.08 * cpu + 0.1:
        nl.append(f"[{size}] {label}: median wall {wv:.2f} s is {wv / cpu:.2f}× its CPU time ({cpu:.2f} s user + sys) for a mostly single-threaded "
                  f"process, so other work on the machine most likely slowed some runs (per-run figures in the harness log); "
                  f"its CPU time is the steadier figure, and ratios computed from its wall time are flattering to anything compared with it.")
L += [f"- {l}" for l in nl] or ["- (none recorded)"]
L.append("- The Python pipeline is a speed peer, not an accuracy peer: exact phrases (trailing `*` stripped, phrases with a lone `*` "
         "skipped), no stemming, no negation/context, no reports; ReviewLens also writes SQLite, CSV, Markdown, HTML and DOCX outputs.")
L.append("- The floor is the cost of getting the bytes out: unzip's inflate of word/document.xml (XML, not text) and cat of the .txt files, "
         "both to /dev/null; the xmllint row adds a streaming parse of the same XML. Nothing below those numbers is possible for a tool that reads the files.")
L.append("- Two cores: --jobs 2 and `xargs -P 2` use both; nothing else of this benchmark ran at the same time "
         "(other processes on the machine may have: see the load column).")
BEGIN = "<!-- bench/run.sh:begin: generated; everything up to the end marker is rewritten by every run -->"
END = "<!-- bench/run.sh:end -->"
gen = BEGIN + "\n" + "\n".join(L) + "\n" + END + "\n"
old_text = open(out_md).read() if os.path.exists(out_md) else ""
if BEGIN in old_text and END in old_text:
    new_text = old_text[:old_text.index(BEGIN)] + gen + old_text[old_text.index(END) + len(END) + 1:]
elif old_text:
    new_text = gen + "\n## Earlier content of this file (kept by bench/run.sh)\n\n" + old_text
else:
    new_text = gen
open(out_md, "w").write(new_text)
print(f"wrote {out_md}", file=sys.stderr)
EOF
}

if [ -n "${RENDER_ONLY:-}" ]; then render; exit 0; fi   # re-write the report from an earlier run's files

for n in $SIZES; do
  runs_var="RUNS_$n"; R=${!runs_var:-$RUNS}
  corpus=$BENCH_DIR/$(corpus_name "$n")
  if [ ! -f "$corpus.stats.json" ] || [ ! -d "$corpus" ]; then
    echo ">> generating $corpus" >&2
    rm -rf "$corpus" "$corpus.partial"
    python3 "$HERE/generate.py" --count "$n" --out "$corpus.partial" --stats "$corpus.partial.stats.json" --workers 2 || exit 1
    mv "$corpus.partial" "$corpus"; mv "$corpus.partial.stats.json" "$corpus.stats.json"
  fi
  printf '%s\t%s\t%s\n' "$n" "$corpus" "$(python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print(f\"{s.get('generation_seconds', '?')} s ({s.get('workers', '?')} workers)\")" "$corpus.stats.json")" >> "$CORPORA"
  ST=$corpus.stats.json
  DOCS=$(stat_of "$ST" documents); TB=$(stat_of "$ST" text_bytes)
  NDOCX=$(stat_of "$ST" docx); DOCX_TB=$(stat_of "$ST" docx_text_bytes)
  NTXT=$(stat_of "$ST" txt); TXT_TB=$(stat_of "$ST" txt_text_bytes)
  OUT=$BENCH_DIR/out-rl

  # ReviewLens
  for j in 1 2; do
    POST="rl_check $OUT $n 'ReviewLens run --jobs $j (run \$i)'" \
      measure "$n" "ReviewLens run --jobs $j" "$DOCS" "$TB" "$R" "rm -rf '$OUT'" \
      "$BIN" run "$corpus" --out "$OUT" --rules "$RULES" --jobs "$j" --quiet
  done
  # unchanged re-run over the last output (ReviewLens' own cache): cheap, informative
  measure "$n" "ReviewLens run --jobs 2, unchanged re-run over the previous --out" "$DOCS" "$TB" "$R" "true" \
    "$BIN" run "$corpus" --out "$OUT" --rules "$RULES" --jobs 2 --quiet
  # after a rule edit (a comment appended to a rule file: a new rules hash): passages come from the cache and are
  # classified again, every output is rewritten
  measure "$n" "ReviewLens run --jobs 2 after a rule edit (cached passages, reclassified)" "$DOCS" "$TB" "$R" \
    "printf '\\n# bench edit %s\\n' \"\$i-\$RANDOM\" >> '$RULES/themes.yaml'" \
    "$BIN" run "$corpus" --out "$OUT" --rules "$RULES" --jobs 2 --quiet
  rm -rf "$OUT"

  # The Python pipeline
  if [ "$n" -le 1000 ] || [ "$FULL" = 1 ]; then
    measure "$n" "Python: python-docx + spaCy PhraseMatcher (1 process)" "$DOCS" "$TB" "$R" "rm -f '$BENCH_DIR/tmp/peer.jsonl'" \
      python3 "$HERE/peer_pipeline.py" "$corpus" "$BENCH_DIR/tmp/peer.jsonl" --rules "$RULES"
    rm -f "$BENCH_DIR/tmp/peer.jsonl"
  else
    echo "[$n] Python pipeline not run: it runs at 1000 documents only unless FULL=1 (single process, slow)." >> "$NOTES"
  fi

  # pandoc, DOCX half
  if [ "$n" -le 1000 ] || [ "$FULL" = 1 ]; then
    PD=$BENCH_DIR/tmp/pandoc-out
    measure "$n" "pandoc -t plain, 1 process per file, 2 at a time (DOCX only)" "$NDOCX" "$DOCX_TB" "$R" "rm -rf '$PD'; mkdir -p '$PD'" \
      bash -c 'cd "$1" && printf "%s\0" *.docx | xargs -0 -P 2 -I{} pandoc -t plain {} -o "$2/{}.txt"' _ "$corpus" "$PD"
    rm -rf "$PD"
  else
    echo "[$n] pandoc not run: it runs at 1000 documents only unless FULL=1 (one process per file)." >> "$NOTES"
  fi

  # The floor
  measure "$n" "floor: unzip -p every word/document.xml (1 process)" "$NDOCX" "$DOCX_TB" "$R" "true" \
    bash -c 'unzip -p "$1/*.docx" word/document.xml > /dev/null' _ "$corpus"
  XML=$BENCH_DIR/tmp/xml-$n
  rm -rf "$XML"; mkdir -p "$XML"
  for f in "$corpus"/*.docx; do unzip -p "$f" word/document.xml > "$XML/$(basename "$f").xml"; done
  measure "$n" "floor: xmllint --stream over every document.xml (extracted beforehand)" "$NDOCX" "$DOCX_TB" "$R" "true" \
    bash -c 'cd "$1" && printf "%s\0" *.xml | xargs -0 xmllint --stream --noout' _ "$XML"
  rm -rf "$XML"
  measure "$n" "floor: cat every .txt" "$NTXT" "$TXT_TB" "$R" "true" \
    bash -c 'cd "$1" && printf "%s\0" *.txt | xargs -0 cat > /dev/null' _ "$corpus"

  render
done
render
cat "$OUT_MD"
