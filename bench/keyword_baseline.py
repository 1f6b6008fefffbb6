#!/usr/bin/env python3
"""Accuracy side by side: the keyword matcher a user would write instead of ReviewLens, scored on the same gold.

A passage gets a top-level label (HS1-HS7, TH1-TH6) when any `terms` phrase of any rule of that label or its
sub-items occurs in it (case-insensitive, whole words, a trailing `*` as a prefix, a lone `*` as any one word).
Variant "terms+with": a rule that has a `with` list also needs one of those phrases somewhere in the passage.
No stemming, no negation, no context, no polarity: the same phrases ReviewLens's rule packs hold, used the way a
phrase matcher uses them. ReviewLens's own figures come from `reviewlens eval` on the same file and split.

Usage: python3 bench/keyword_baseline.py [--gold Corpus/gold.jsonl] [--rules Rules] [--split S ...]
Prints macro precision / recall / F1 over HS1-HS7 + TH1-TH6 per split for both variants and for ReviewLens
(`.build/release/reviewlens eval`, which must be built).
"""
import argparse
import glob
import json
import os
import re
import subprocess

import yaml

from rulepacks import expand, load_lists

TOP = [f"HS{i}" for i in range(1, 8)] + [f"TH{i}" for i in range(1, 7)]


def pattern(phrase):
    parts = []
    for word in str(phrase).lower().split():
        if word == "*":
            parts.append(r"\w+")
        elif word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    return r"(?<!\w)" + r"[\s\-]+".join(parts) + r"(?!\w)"


def load_rules(folder):
    rules = []  # (top label, [term regexes], [with regexes])
    lists = load_lists(folder)
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for label in (data.get("labels") or []) if isinstance(data, dict) else []:
            top = str(label.get("code", "")).split(".")[0]
            if top not in TOP:
                continue
            for rule in label.get("rules") or []:
                terms = [re.compile(pattern(x)) for p in rule.get("terms") or [] for x in expand(p, lists) if x.strip("* ")]
                withs = [re.compile(pattern(x)) for p in rule.get("with") or [] for x in expand(p, lists) if x.strip("* ")]
                rules.append((top, terms, withs))
    return rules


def macro(gold, predicted):
    ps, rs, fs = [], [], []
    for label in TOP:
        tp = sum(1 for g, p in zip(gold, predicted) if label in g and label in p)
        fp = sum(1 for g, p in zip(gold, predicted) if label not in g and label in p)
        fn = sum(1 for g, p in zip(gold, predicted) if label in g and label not in p)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        ps.append(p)
        rs.append(r)
        fs.append(2 * p * r / (p + r) if p + r else 0.0)
    n = len(TOP)
    return sum(ps) / n, sum(rs) / n, sum(fs) / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default="Corpus/gold.jsonl")
    ap.add_argument("--rules", default="Rules")
    ap.add_argument("--split", nargs="*", default=None)
    ap.add_argument("--binary", default=".build/release/reviewlens")
    args = ap.parse_args()
    rules = load_rules(args.rules)
    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    splits = args.split or sorted({r.get("split", "") for r in rows})
    print(f"{'split':20} {'passages':>8}  {'keywords: terms':>22}  {'keywords: terms+with':>22}  {'ReviewLens rules':>22}  {'rules + model':>22}")
    for split in splits:
        items = [r for r in rows if r.get("split", "") == split]
        gold = [set(l for l in r["labels"] if l in TOP) for r in items]
        plain, paired = [], []
        for r in items:
            text = r["text"].lower()
            a, b = set(), set()
            for top, terms, withs in rules:
                if any(t.search(text) for t in terms):
                    a.add(top)
                    if not withs or any(w.search(text) for w in withs):
                        b.add(top)
            plain.append(a)
            paired.append(b)
        fmt = lambda m: f"{m[0]:.2f} / {m[1]:.2f} / {m[2]:.3f}"
        ours = []
        for extra in (["--no-model"], []):  # the rules alone, then with the statistical model (if Rules has one)
            out = subprocess.run([args.binary, "eval", "--gold", args.gold, "--rules", args.rules, "--split", split,
                                  "--errors", "0"] + extra, capture_output=True, text=True).stdout
            line = next((l for l in out.splitlines() if l.startswith("macro HS1-7+TH1-6")), "")
            ours.append(fmt([float(x) for x in line.split()[-3:]]) if line else "(reviewlens eval failed)")
        print(f"{split:20} {len(items):8}  {fmt(macro(gold, plain)):>22}  {fmt(macro(gold, paired)):>22}  {ours[0]:>22}  {ours[1]:>22}")


if __name__ == "__main__":
    main()
