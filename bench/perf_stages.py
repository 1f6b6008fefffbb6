#!/usr/bin/env python3
"""Charges each perf sample to the innermost pipeline stage on its stack (BENCHMARKS.md, "Where the time goes").

Usage:
  perf record -F 500 --call-graph dwarf,16384 -o perf.data reviewlens run DIR --out OUT --jobs 1 --quiet
  perf script -i perf.data -F ip,sym > stacks.txt
  python3 bench/perf_stages.py stacks.txt            # share of samples per stage
  python3 bench/perf_stages.py stacks.txt Redactor   # what runs under one frame (first callees)
"""
import collections
import sys

# (stage, substring of a frame's symbol), searched from the innermost frame outwards; the first frame that names a
# stage wins, so a library call (malloc, swift_retain, sqlite3_step) is charged to the stage that made it.
STAGES = [("classify", "ClassifierC"), ("redact", "Redactor"), ("segment", "Segmenter"), ("sqlite", "GRDB"),
          ("sqlite", "sqlite3"), ("learning file", "learningText"), ("passage lines", "PassageLineWriter"),
          ("files", "AtomicFile"), ("batch summary", "BatchSummary"), ("quadrant", "QuadrantBuilder"),
          ("cache", "DocumentCache"), ("sha-256", "SHA256"), ("learning points", "LearningPointExtractor"),
          ("rule loading", "RulesOption"), ("text blocks", "TextBlockBuilder"), ("word body", "WordBodyHandler"),
          ("styles", "WordStyles"), ("xml", "XMLEventParser"), ("xml", "xml"), ("zip", "ZIPFoundation"),
          ("zip", "ZipPackage"), ("text reader", "TextReader"), ("analyst tables", "AnalystTables"),
          ("orchestration", "BatchRunner")]


def samples(path):
    stack = []
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.strip()
        if not line:
            if stack:
                yield stack
            stack = []
            continue
        stack.append(line.split(" ", 1)[-1])
    if stack:
        yield stack


def main():
    all_samples = list(samples(sys.argv[1]))
    total = max(len(all_samples), 1)
    if len(sys.argv) > 2:
        target, inside, callees = sys.argv[2], 0, collections.Counter()
        for stack in all_samples:
            hits = [i for i, frame in enumerate(stack) if target in frame]
            if hits:
                inside += 1
                outer = max(hits)
                callees[stack[outer - 1][:110] if outer > 0 else "(self)"] += 1
        print(f"{target}: {100 * inside / total:.1f}% of {total} samples")
        for name, n in callees.most_common(15):
            print(f"  {100 * n / total:5.1f}%  {name}")
        return
    counts = collections.Counter()
    for stack in all_samples:
        stage = next((name for frame in stack for name, pattern in STAGES if pattern in frame), "other")
        counts[stage] += 1
    for name, n in counts.most_common():
        print(f"{100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
