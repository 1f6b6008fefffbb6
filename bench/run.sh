#!/usr/bin/env bash
# make bench: ReviewLens against the tools a user would use instead, on synthetic review corpora.
# Writes BENCHMARKS.md. Environment: SIZES (default "1000 10000"), RUNS (default 3), PEER_DOCS (docs for the slow
# peers, default 1000 for the Python pipeline and 100 for pandoc, whose per-file cost is then scaled).
set -u
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 10000"}; RUNS=${RUNS:-3}; PANDOC_DOCS=${PANDOC_DOCS:-100}
BIN=.build/release/reviewlens
WORK=bench/work; mkdir -p $WORK
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# measure LABEL RUNS CMD... -> "wall user+sys rss_kb" medians (GNU time)
measure() {
  local label=$1 runs=$2; shift 2
  local walls=() cpus=() rss=()
  for _ in $(seq "$runs"); do
    eval "${PRE:-true}"
    /usr/bin/time -f "%e %U %S %M" -o $WORK/time.txt "$@" >/dev/null 2>&1 || true
    read -r w u s m < $WORK/time.txt
    walls+=("$w"); cpus+=("$(echo "$u + $s" | bc)"); rss+=("$m")
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)"
}
row() { # label docs mb "wall cpu rss"
  read -r w c m <<< "$4"
  printf '| %s | %s | %.2f | %.1f | %.1f | %.2f | %.0f |\n' "$1" "$2" "$w" "$(echo "$2 / $w" | bc -l)" "$(echo "$3 / $w" | bc -l)" "$c" "$(echo "$m / 1024" | bc -l)"
}
{
echo "# Benchmarks"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%Y-%m-%d)."
echo "Command: \`make bench\` (SIZES=\"$SIZES\" RUNS=$RUNS). Medians of $RUNS whole-process runs; MB/s counts extracted text."
echo
echo "| what | documents | wall s | docs/s | MB/s | CPU s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
  corpus=$WORK/corpus-$n
  [ -d "$corpus" ] || python3 bench/generate.py --count "$n" --out "$corpus" >/dev/null
  mb=$(python3 -c "import json;print(json.load(open('$WORK/stats-$n.json'))['text_bytes']/1e6)")
  PRE="rm -rf $WORK/out" row "ReviewLens run --jobs 1" "$n" "$mb" "$(PRE="rm -rf $WORK/out" measure j1 "$RUNS" $BIN run "$corpus" --out $WORK/out --quiet --jobs 1)"
  row "ReviewLens run --jobs 2" "$n" "$mb" "$(PRE="rm -rf $WORK/out" measure j2 "$RUNS" $BIN run "$corpus" --out $WORK/out --quiet --jobs 2)"
  row "ReviewLens run, unchanged re-run" "$n" "$mb" "$(measure rerun "$RUNS" $BIN run "$corpus" --out $WORK/out --quiet --jobs 2)"
  row "floor: read every document.xml (1 process)" "$n" "$mb" "$(PRE="rm -rf $WORK/xml" measure unzip "$RUNS" python3 bench/floor.py "$corpus" $WORK/xml)"
  row "floor: xmllint --stream over them" "$n" "$mb" "$(measure xmllint "$RUNS" sh -c "xmllint --stream --noout $WORK/xml/*.xml")"
  if [ "$n" -le 1000 ]; then
    row "Python: python-docx + spaCy PhraseMatcher" "$n" "$mb" "$(measure py 1 python3 bench/peer_pipeline.py "$corpus" $WORK/peer.jsonl)"
    rm -rf $WORK/pandoc-in; mkdir -p $WORK/pandoc-in; python3 -c "import glob,shutil,sys; [shutil.copy(f, sys.argv[2]) for f in sorted(glob.glob(sys.argv[1] + '/*.docx'))[:int(sys.argv[3])]]" "$corpus" $WORK/pandoc-in "$PANDOC_DOCS"
    pmb=$(echo "$mb * $PANDOC_DOCS / $n" | bc -l)
    row "pandoc -t plain, 2 at a time (DOCX only)" "$PANDOC_DOCS" "$pmb" "$(measure pandoc 1 sh -c "ls $WORK/pandoc-in/*.docx | xargs -P 2 -I{} pandoc -t plain {} -o /dev/null")"
  fi
done
} > $WORK/table-$(echo $SIZES | tr " " "-").md
cat $WORK/table-$(echo $SIZES | tr " " "-").md
