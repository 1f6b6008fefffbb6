"""Reading ReviewLens rule packs from the benchmark scripts: the word lists of vocabulary.yaml, and phrases with their
`@list` words expanded as ReviewLens expands them (every combination; punctuation after a list's name ignored)."""
import os
import re

import yaml


def load_lists(folder):
    """name -> [phrase] from FOLDER/vocabulary.yaml (or .yml); {} when the packs have none."""
    for name in ("vocabulary.yaml", "vocabulary.yml"):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return {k: [str(x) for x in v] for k, v in ((yaml.safe_load(f) or {}).get("lists") or {}).items()}
    return {}


def expand(phrase, lists):
    """A phrase's @list words replaced by each of the list's phrases, every combination."""
    combos = [""]
    for word in str(phrase).split():
        match = re.match(r"@([\w-]+)", word)
        choices = lists.get(match.group(1), [word]) if match else [word]
        combos = [(c + " " + x).strip() for c in combos for x in choices]
    return combos
