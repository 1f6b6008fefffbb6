#!/usr/bin/env python3
"""The user's alternative to ReviewLens, for the benchmark: one Python process that extracts paragraphs with
python-docx (DOCX: body paragraphs, then table-cell paragraphs) or a plain read split on blank lines (.txt), runs a
spaCy PhraseMatcher (spacy.blank("en") tokenizer, attr="LOWER") over the same phrases as the rule packs, and writes
JSON Lines: one line per non-empty paragraph, {"doc", "para", "ids"} where ids index the phrase table written to
OUT.phrases.json.

Phrases: every string in the `terms` and `with` lists of every rule in RULES/*.yaml, with `@list` words expanded from
RULES/vocabulary.yaml as ReviewLens expands them. Wildcards are dropped: a
trailing `*` is stripped (so "consult*" matches only "consult"), a phrase containing a lone `*` is skipped. There is
no stemming, negation or context here: this is the cheap matcher a user would write, a speed peer, not an accuracy peer.

Usage: python3 bench/peer_pipeline.py CORPUS_DIR OUT.jsonl [--rules Rules]
"""
import argparse
import glob
import json
import os
import re
import sys

import docx
import spacy
import yaml
from spacy.matcher import PhraseMatcher

from rulepacks import expand, load_lists


def load_phrases(rules_dir):
    phrases = set()
    lists = load_lists(rules_dir)
    for path in sorted(glob.glob(os.path.join(rules_dir, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        if not isinstance(data, dict):
            continue
        for label in data.get("labels") or []:
            for rule in label.get("rules") or []:
                for phrase in [x for p in (rule.get("terms") or []) + (rule.get("with") or []) for x in expand(p, lists)]:
                    words = str(phrase).split()
                    if not words or "*" in words:
                        continue
                    words = [w.rstrip("*") for w in words]
                    if all(words):
                        phrases.add(" ".join(words).lower())
    return sorted(phrases)


def paragraphs(path):
    if path.endswith(".docx"):
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
        return out
    with open(path, encoding="utf-8", errors="replace") as f:
        return re.split(r"\n\s*\n", f.read())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--rules", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Rules"))
    args = ap.parse_args()

    phrases = load_phrases(args.rules)
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    ids = {}
    for i, (phrase, pattern) in enumerate(zip(phrases, nlp.tokenizer.pipe(phrases))):
        key = f"P{i}"
        ids[nlp.vocab.strings.add(key)] = i
        matcher.add(key, [pattern])
    with open(args.out + ".phrases.json", "w", encoding="utf-8") as f:
        json.dump(phrases, f, indent=0)

    files = sorted(p for p in glob.glob(os.path.join(args.corpus, "**", "*"), recursive=True)
                   if p.endswith((".docx", ".txt")))
    n_para = n_hits = n_failed = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for path in files:
            name = os.path.relpath(path, args.corpus)
            try:
                paras = [p.strip() for p in paragraphs(path)]
            except Exception as e:  # a broken file is reported and skipped, as a batch tool would
                print(f"{name}: {e}", file=sys.stderr)
                n_failed += 1
                continue
            paras = [p for p in paras if p]
            for i, doc in enumerate(nlp.tokenizer.pipe(paras, batch_size=256)):
                hit_ids = sorted({ids[m] for m, _, _ in matcher(doc)})
                n_para += 1
                n_hits += len(hit_ids)
                out.write(json.dumps({"doc": name, "para": i, "ids": hit_ids}, separators=(",", ":")) + "\n")
    print(f"{len(files)} files ({n_failed} failed), {n_para} paragraphs, {n_hits} phrase hits, "
          f"{len(phrases)} phrases", file=sys.stderr)
    return 1 if n_failed else 0


if __name__ == "__main__":
    sys.exit(main())
