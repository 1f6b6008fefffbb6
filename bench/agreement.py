#!/usr/bin/env python3
"""How far two people labelling the same passages agree: the ceiling any tagger's F1 is measured under.

A second annotator labelled passages blind (the labelling conventions and the taxonomy only, never the first
labels). Taking the first labels as gold, the second annotator's per-label precision, recall and F1 are the
agreement figures; F1 is symmetric in the two annotators, so which one counts as gold changes P and R, not F1.
Cohen's kappa per label corrects each label's raw agreement for chance.

Usage: python3 bench/agreement.py --gold Corpus/gold.jsonl --second Corpus/second-opinion-heldout.jsonl [--split S ...]
       [--tool FILE]   # optional: the tool's labels for the same ids (JSON Lines id, labels, as `reviewlens tag`
                       # writes them), scored against each annotator
Macro averages are over all thirteen codes (a code neither annotator uses scores F1 0): score splits where every
code occurs, as the held-out split does.
Both files are JSON Lines with "id" and "labels" (sub-item codes count for their top-level code). Only ids present
in both files are scored; --split restricts to gold passages whose "split" is one of those given.
"""
import argparse
import json

TOP = [f"HS{i}" for i in range(1, 8)] + [f"TH{i}" for i in range(1, 7)]


def top(labels):
    return {label.split(".")[0] for label in labels if label.split(".")[0] in TOP}


def read(path, splits=None):
    rows = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            if splits and row.get("split") not in splits:
                continue
            if row["id"] in rows:
                raise SystemExit(f"{path}: id {row['id']} is listed twice")
            rows[row["id"]] = top(row.get("labels", []))
    return rows


def scores(gold, other, ids):
    """Per label (tp, fp, fn, tn) for `other` against `gold` over `ids`."""
    table = {}
    for label in TOP:
        tp = sum(1 for i in ids if label in gold[i] and label in other[i])
        fp = sum(1 for i in ids if label not in gold[i] and label in other[i])
        fn = sum(1 for i in ids if label in gold[i] and label not in other[i])
        table[label] = (tp, fp, fn, len(ids) - tp - fp - fn)
    return table


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def kappa(tp, fp, fn, tn):
    n = tp + fp + fn + tn
    observed = (tp + tn) / n
    expected = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def report(title, table):
    print(title)
    print(f"{'label':6} {'gold':>5} {'other':>5} {'P':>6} {'R':>6} {'F1':>6} {'kappa':>6}")
    f1s, ps, rs = [], [], []
    totals = [0, 0, 0]
    for label in TOP:
        tp, fp, fn, tn = table[label]
        p, r, f = prf(tp, fp, fn)
        ps.append(p), rs.append(r), f1s.append(f)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        print(f"{label:6} {tp + fn:5} {tp + fp:5} {p:6.3f} {r:6.3f} {f:6.3f} {kappa(tp, fp, fn, tn):6.3f}")
    mp, mr, mf = prf(*totals)
    print(f"{'micro':6} {'':5} {'':5} {mp:6.3f} {mr:6.3f} {mf:6.3f}")
    print(f"{'macro':6} {'':5} {'':5} {sum(ps) / 13:6.3f} {sum(rs) / 13:6.3f} {sum(f1s) / 13:6.3f}")
    print()
    return sum(f1s) / 13


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--second", required=True)
    parser.add_argument("--split", nargs="*")
    parser.add_argument("--tool")
    args = parser.parse_args()
    gold = read(args.gold, set(args.split) if args.split else None)
    second = read(args.second)
    ids = sorted(set(gold) & set(second))
    if not ids:
        raise SystemExit("no passage is in both files (check --split and the ids)")
    exact = sum(1 for i in ids if gold[i] == second[i])
    print(f"{len(ids)} passages labelled by both; identical label sets on {exact} ({100 * exact / len(ids):.1f}%)\n")
    report("second annotator against the first (macro/micro over HS1-HS7 + TH1-TH6)", scores(gold, second, ids))
    if args.tool:
        tool = read(args.tool)
        missing = [i for i in ids if i not in tool]
        if missing:
            raise SystemExit(f"{len(missing)} ids have no tool labels, e.g. {missing[0]}")
        report("tool against the first annotator", scores(gold, tool, ids))
        report("tool against the second annotator", scores(second, tool, ids))


if __name__ == "__main__":
    main()
