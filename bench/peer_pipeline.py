#!/usr/bin/env python3
"""The user's alternative: python-docx extraction (plain read for .txt) + spaCy PhraseMatcher over the same phrases
as Rules/*.yaml (`terms` and `with` lists; trailing `*` dropped, phrases with a lone `*` skipped) + JSON Lines out.
Usage: python3 bench/peer_pipeline.py CORPUS_DIR OUT.jsonl"""
import glob, json, os, sys
import docx, spacy, yaml
from spacy.matcher import PhraseMatcher

def phrases():
    out = set()
    for path in glob.glob(os.path.join(os.path.dirname(__file__), "..", "Rules", "*.yaml")):
        data = yaml.safe_load(open(path, encoding="utf-8"))
        for label in (data or {}).get("labels", []) or []:
            for rule in label.get("rules", []) or []:
                for p in (rule.get("terms") or []) + (rule.get("with") or []):
                    words = [w.rstrip("*") for w in p.split() if w != "*"]
                    if words and "*" not in p.split():
                        out.add(" ".join(words))
    return sorted(out)

nlp = spacy.blank("en")
matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
patterns = phrases()
matcher.add("RULES", list(nlp.tokenizer.pipe(patterns)))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*"))):
        if path.endswith(".docx"):
            paragraphs = [p.text for p in docx.Document(path).paragraphs]
        elif path.endswith(".txt"):
            paragraphs = open(path, encoding="utf-8").read().split("\n\n")
        else:
            continue
        for i, doc in enumerate(nlp.tokenizer.pipe(paragraphs)):
            hits = [doc[s:e].text for _, s, e in matcher(doc)]
            out.write(json.dumps({"doc": os.path.basename(path), "id": i, "matches": hits}) + "\n")
