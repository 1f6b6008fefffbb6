#!/usr/bin/env python3
"""Generate a learning quadrant for the seed shared-learning bulletin with its own quadrant removed, and compare
it with the human-written one: topics covered (labels of the human questions, as tagged by ReviewLens itself)
and length. Usage: python3 tools/bulletin_quadrant.py [--bin .build/release/reviewlens] [--rules Rules]
Needs ../shared/seeds/004_*.txt; prints a Markdown report and writes the generated quadrant to OUT/quadrant.md."""
import argparse, glob, json, os, re, subprocess, sys, tempfile

parser = argparse.ArgumentParser()
parser.add_argument("--bin", default=".build/release/reviewlens")
parser.add_argument("--rules", default="Rules")
parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "reviewlens-bulletin"))
args = parser.parse_args()

seeds = glob.glob(os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seeds", "004_*.txt"))
if not seeds:
    sys.exit("../shared/seeds/004_*.txt not found: nothing to compare")
text = open(seeds[0], encoding="utf-8").read()
start = text.index("Learning Quadrant")
body, human = text[:start], text[start:]
QUADRANTS = ["Individual practice", "Governance focused learning", "Board assurance", "System learning points"]

def human_questions():
    result, current = {}, None
    for line in human.splitlines():
        line = line.strip().lstrip("\t")
        if not line:
            continue
        name = next((q for q in QUADRANTS if line.startswith(q)), None)
        if name:
            current = name
            result[current] = []
        elif current and line.startswith("·"):
            result[current].append(line.lstrip("· ").strip())
    return result

os.makedirs(args.out, exist_ok=True)
source = os.path.join(args.out, "bulletin-without-quadrant.txt")
with open(source, "w", encoding="utf-8") as f:
    f.write(body)
run = subprocess.run([args.bin, "run", source, "--out", os.path.join(args.out, "run"), "--rules", args.rules, "--quiet"])
if run.returncode not in (0, 1):
    sys.exit(run.returncode)
generated_text = open(os.path.join(args.out, "run", "quadrant.md"), encoding="utf-8").read()

def tag(lines):
    payload = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(lines))
    out = subprocess.run([args.bin, "tag", "--rules", args.rules], input=payload, capture_output=True, text=True).stdout
    return [set(l for l in json.loads(line)["labels"] if "." not in l) for line in out.splitlines()]

humans = human_questions()
generated = {}
current = None
for line in generated_text.splitlines():
    if line.startswith("## "):
        current = line[3:].strip()
        generated[current] = []
    elif current and line.startswith("- "):
        generated[current].append(line[2:])
    elif current and line.startswith("  - *") and generated[current]:
        label = re.match(r"  - \*(\S+)", line).group(1)
        generated[current][-1] = (generated[current][-1], label)

print("# Seed bulletin: generated vs human learning quadrant\n")
total_h, covered_h = 0, 0
gen_map = {"Individual practice": "Individual practice", "Governance focused learning": "Governance-focused learning",
           "Board assurance": "Board assurance", "System learning points": "System learning points"}
for q in QUADRANTS:
    hq = humans.get(q, [])
    gq = [g for g in generated.get(gen_map[q], []) if isinstance(g, tuple)]
    human_topics = tag(hq)
    gen_labels = {label for _, label in gq}
    covered = sum(1 for topics in human_topics if topics & gen_labels)
    assessable = sum(1 for topics in human_topics if topics)
    total_h += assessable
    covered_h += covered
    hw = sum(len(x.split()) for x in hq)
    gw = sum(len(x.split()) for x, _ in gq)
    print(f"## {q}\n\nhuman: {len(hq)} questions, {hw} words; generated: {len(gq)} questions, {gw} words; "
          f"human questions whose topic the generated quadrant covers: {covered}/{assessable} (of {len(hq)}; the rest carry no label)\n")
    for x, topics in zip(hq, human_topics):
        print(f"- human: {x}  [{', '.join(sorted(topics)) or 'no label'}]")
    for x, label in gq:
        print(f"- generated ({label}): {x}")
    print()
print(f"**Topic coverage: {covered_h}/{total_h} labelled human questions covered.**")
