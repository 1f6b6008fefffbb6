#!/usr/bin/env python3
"""Per-label positive counts of a gold file (JSON lines: {"id", "text", "labels", "split"?, "source"?}).

Usage: python3 tools/gold_stats.py [Corpus/gold-dev.jsonl] [--split dev] [--min 15] [--min-empty 60]
Prints passages, passages with no label, per-label counts (HS1..HS7, TH1..TH6 and any other code found) and
per-source counts; exits 1 if --min/--min-empty are given and a count falls short.
"""
import argparse
import collections
import json
import sys

CORE = [f"HS{i}" for i in range(1, 8)] + [f"TH{i}" for i in range(1, 7)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default="Corpus/gold-dev.jsonl")
    ap.add_argument("--split")
    ap.add_argument("--min", type=int, default=0, help="required positives for each of HS1..HS7, TH1..TH6")
    ap.add_argument("--min-empty", type=int, default=0, help="required passages with no label")
    args = ap.parse_args()
    rows = []
    with open(args.gold, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                row = json.loads(line)
                if not isinstance(row.get("labels"), list) or not isinstance(row.get("text"), str):
                    sys.exit(f"{args.gold}:{n}: needs a text string and a labels list")
                if args.split is None or row.get("split") == args.split:
                    rows.append(row)
    counts = collections.Counter(label for row in rows for label in set(row["labels"]))
    sources = collections.Counter(row.get("source", "?") for row in rows)
    empty = sum(1 for row in rows if not row["labels"])
    ids = collections.Counter(row.get("id") for row in rows)
    print(f"{args.gold}: {len(rows)} passages, {empty} with no label, {len(counts)} labels used")
    dupes = [i for i, c in ids.items() if c > 1]
    if dupes:
        print(f"duplicate ids: {', '.join(map(str, dupes[:10]))}")
    short = []
    for label in CORE + sorted(set(counts) - set(CORE)):
        mark = ""
        if label in CORE and counts[label] < args.min:
            mark, _ = "  < min", short.append(label)
        print(f"  {label:5} {counts[label]:4}{mark}")
    print("by source:")
    for source, c in sorted(sources.items()):
        print(f"  {c:4}  {source}")
    if args.min_empty and empty < args.min_empty:
        short.append("no-label")
    if short:
        print(f"below minimum: {', '.join(short)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
