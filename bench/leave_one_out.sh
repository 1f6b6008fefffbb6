#!/bin/bash
# Leave-one-split-out figures for the statistical model: for each split S in HELD (default dev5 dev6 dev7 dev8,
# the published-register tuning splits), train on every other tuning split and score S with rules + model
# (macro-F1 HS1-7+TH1-6). This is how the model's settings were chosen without the held-out splits.
#   bash bench/leave_one_out.sh                       # the shipped settings (stems, C 4, threshold 0.6)
#   bash bench/leave_one_out.sh --words               # words as written
#   bash bench/leave_one_out.sh --c 1                 # another penalty;  --threshold 0.5 another threshold
#   TRAIN="dev dev2 dev3 dev4 dev5 dev6 dev7 dev8" bash bench/leave_one_out.sh   # without dev9
# Extra arguments go to `reviewlens train`. About 25 s of CPU per split.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${REVIEWLENS:-$ROOT/.build/release/reviewlens}
GOLD=${GOLD:-$ROOT/Corpus/gold.jsonl}
TRAIN=${TRAIN:-dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13}
HELD=${HELD:-dev5 dev6 dev7 dev8}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
line=""
for held in $HELD; do
  splits=$(for s in $TRAIN; do [ "$s" = "$held" ] || printf '%s ' "$s"; done)
  rm -rf "$WORK/rules"; mkdir "$WORK/rules"; cp "$ROOT"/Rules/*.yaml "$WORK/rules/"
  # shellcheck disable=SC2086
  "$BIN" train --gold "$GOLD" --rules "$WORK/rules" --split $splits --out "$WORK/rules/model.json" "$@" > /dev/null
  f1=$("$BIN" eval --gold "$GOLD" --rules "$WORK/rules" --split "$held" --errors 0 2>/dev/null | awk '/^macro HS1-7\+TH1-6/ {print $NF}')
  line="$line $held=$f1"
done
echo "leave-one-split-out, rules + model, macro-F1 ($*):$line"
