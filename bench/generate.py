#!/usr/bin/env python3
"""Deterministic generator of synthetic review documents for the ReviewLens benchmark.

Writes N documents in the style of NHS patient-safety incident reviews: the even-numbered ones as DOCX (python-docx:
Heading 1/2, numbered and bulleted lists, an action-plan table, narrative paragraphs), the odd-numbered ones as plain
.txt with the same structure. Each document carries roughly 15-30 KB of text. The vocabulary and sentence templates
are this file's own; about a quarter of the narrative sentences state a finding that the rule packs look for ("the
family were not consulted", "there was no joint working with the substance misuse service", "the referral was
rejected"), some mention the same topics without a finding ("no safeguarding concerns were identified"), the rest
is neutral chronology.

Deterministic: document i is built from random.Random(SEED * 1_000_003 + i) only, all dates are drawn from fixed
ranges, DOCX core properties and ZIP member timestamps are fixed, so the same --count and --seed give byte-identical
files on any run and any number of workers.

Also writes a stats JSON (default: OUT.stats.json, beside the corpus folder so that the folder holds documents only):
documents, DOCX/TXT counts, bytes of extracted text (UTF-8; paragraphs, headings, list items and table cells, one
newline between them; for .txt the file size) and bytes on disk.

Usage: python3 bench/generate.py --count 1000 --out /work/scratch/bench/corpus-1k [--seed 1] [--workers 2]
"""
import argparse
import datetime as dt
import io
import json
import os
import random
import sys
import time
import zipfile
from multiprocessing import Pool

FIXED_TIME = dt.datetime(2024, 1, 1, 9, 0, 0)
ZIP_TIME = (2024, 1, 1, 9, 0, 0)

# ----------------------------------------------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------------------------------------------
TRUSTS = ["Northfield and Wexley NHS Foundation Trust", "Riverside Partnership NHS Trust",
          "Coldharbour Health and Care NHS Trust", "Ashbourne Mental Health NHS Foundation Trust",
          "Marsh Valley Community Services NHS Trust", "Holloway Bridge NHS Foundation Trust"]
PEOPLE = [("Mr A", "he", "his", "him"), ("Ms B", "she", "her", "her"), ("Mrs C", "she", "her", "her"),
          ("Mr D", "he", "his", "him"), ("Adult E", "he", "his", "him"), ("Ms F", "she", "her", "her"),
          ("Mr G", "he", "his", "him"), ("the young person", "she", "her", "her")]
RELATIVES = ["his mother", "her sister", "the family", "his partner", "her husband", "the patient's daughter",
             "his father", "her brother", "the carer", "next of kin"]
TEAMS = ["community mental health team", "crisis resolution and home treatment team", "early intervention in psychosis team",
         "liaison psychiatry team", "acute inpatient ward", "primary care mental health service",
         "adult social care team", "psychological therapies service", "assertive outreach team", "older adults team"]
AGENCIES = ["substance misuse service", "police", "housing department", "ambulance service", "GP practice",
            "probation service", "local authority", "drug and alcohol service", "children's services", "voluntary sector provider"]
STAFF = ["the care coordinator", "the consultant psychiatrist", "a community psychiatric nurse", "the duty social worker",
         "the ward manager", "a support worker", "the GP", "the approved mental health professional",
         "a junior doctor", "the team leader", "the pharmacist", "the clinical psychologist"]
PLACES = ["at home", "at the team base", "in the emergency department", "on the ward", "at the GP surgery",
          "by telephone", "by video call", "at a hostel", "at the outpatient clinic", "in custody"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DURATIONS = ["two weeks", "three weeks", "six weeks", "two months", "four months", "eleven months", "over a year"]
MEDS = ["sertraline", "olanzapine", "mirtazapine", "aripiprazole", "lithium", "quetiapine", "zopiclone", "a depot antipsychotic"]

NEUTRAL = [
    "{p} was seen {place} by {staff}.",
    "{staff_c} reviewed {p} {place} and recorded that {pr} appeared settled.",
    "{p} attended an appointment with {staff} and discussed {ps} sleep and appetite.",
    "{staff_c} telephoned {p} to confirm the date of the next appointment.",
    "{p} collected a prescription for {med} from the community pharmacy.",
    "The dose of {med} was increased after a discussion with {staff}.",
    "{p} was discharged from the {team} to the care of the GP with a letter setting out the plan.",
    "A referral was received by the {team} from the {agency}.",
    "{staff_c} completed a review of {ps} physical health, including weight and blood tests.",
    "{p} told {staff} that {pr} had been walking each day and was attending a local community group.",
    "The {team} held its weekly meeting and {ps} care was discussed briefly.",
    "{p} was admitted informally to the acute ward following a period of low mood.",
    "{p} met the {agency} to discuss {ps} tenancy and benefits.",
    "{staff_c} wrote to {p} offering a further appointment in {month}.",
    "The clinical records for this period are brief and mainly describe medication changes.",
    "{rel_c} contacted the {team} to ask for an update and was given the duty number.",
    "The multidisciplinary team agreed that {p} would remain under the care of the {team}.",
    "{p} was assessed under the Mental Health Act and was not detained.",
    "{staff_c} documented a plan to review {p} again within four weeks.",
    "A letter from the {agency} was scanned onto the electronic record.",
    "{p} described {ps} mood as variable and said that {pr} was keen to return to work.",
    "The investigation team interviewed {staff} and reviewed the electronic patient record.",
    "{p} had a long history of contact with mental health services, dating back to early adulthood.",
    "{p} was allocated to {staff} after a period on the waiting list.",
    "The ward round notes record that {p} was eating and drinking well.",
]
FINDINGS = [
    "The family were not consulted about the discharge plan.",
    "{rel_c} was not involved in decisions about {ps} care, although {pr} had asked to be.",
    "There was no joint working with the substance misuse service, despite {ps} escalating alcohol use.",
    "The referral was rejected because {p} did not meet the threshold for the {team}.",
    "The referral was rejected and {p} was signposted back to the GP without further assessment.",
    "No interpreter was used during the assessment, although {ps} first language was not English.",
    "The risk assessment was superficial and did not capture the escalating risk to {p}.",
    "There was no evidence of trauma-informed approaches in the care provided to {p}.",
    "Information was not shared with the {agency} when {p} was discharged.",
    "A safeguarding concern was not raised with the local authority, despite clear indicators of financial abuse.",
    "{p} was discharged from the {team} after missing two appointments, without any attempt to contact {pm}.",
    "Staff described {p} as attention seeking in the clinical record.",
    "{ps_c} care package was reduced without a reassessment of {ps} needs.",
    "The complaint made by {rel} was not acknowledged for {duration}.",
    "No care coordinator was allocated for {duration}, and {p} was left without a named worker.",
    "The crisis plan was out of date and did not reflect {ps} current circumstances.",
    "There was a delay of {duration} before {p} was offered a psychological assessment.",
    "{p} waited {duration} on the waiting list for psychological therapy.",
    "{p} said that {pr} felt frightened of being detained and stopped attending appointments.",
    "{p} disengaged from services after the change of care coordinator.",
    "{rel_c} told the review that {pr} was exhausted and at breaking point caring for {p} alone.",
    "{p} was unable to access the service because the clinic could only be reached by car.",
    "The eligibility criteria were applied rigidly and {p} was turned away.",
    "Communication between the {team} and the {agency} was poor and fragmented.",
    "Limited joint working between the {team} and the {agency} meant that nobody held an overview of the risks.",
    "The care plan had not been reviewed for {duration} and was not shared with {p}.",
    "{p} was not given information about {ps} entitlement to aftercare under section 117.",
    "There was no record that {ps} views were sought before the decision to discharge {pm}.",
    "{p} lost {ps} tenancy while on the ward and was discharged to a hostel.",
    "{ps_c} mental health deteriorated significantly over the following weeks.",
    "{p} reported that {pr} no longer trusted mental health services.",
    "Staff did not consider whether the behaviour reflected past trauma.",
    "The assessment did not take account of {ps} learning disability, and no reasonable adjustments were made.",
    "{p} experienced financial hardship after {ps} benefits were stopped and was unable to pay rent.",
    "Prone restraint was used on the ward and there was no debrief with {p} afterwards.",
    "The duty worker did not return the calls made by {rel}.",
    "Missed opportunities to escalate concerns were identified on at least three occasions.",
]
GOOD = [
    "The family were consulted throughout and their views were recorded in the care plan.",
    "No safeguarding concerns were identified at this contact.",
    "Joint working with the {agency} was effective during this period.",
    "{staff_c} used an interpreter for every appointment with {p}.",
    "The review found a trauma-informed approach in the ward's care of {p}.",
    "There is no doubt that {staff} cared about {p} and worked hard to keep {pm} engaged.",
    "The referral was accepted within two working days.",
    "{p} was supported to attend appointments by a peer support worker.",
]
CONNECT = ["The review found that", "The panel heard that", "The records show that", "The investigation identified that",
           "It was noted that", "Interviews with staff confirmed that", "In addition,", "On reflection,"]
RECS = [
    "The Trust should ensure that families and carers are involved in discharge planning and that their views are recorded.",
    "The {team} must record the rationale for every discharge following missed appointments.",
    "Commissioners should establish joint working arrangements between mental health and substance misuse services.",
    "Services need to offer an interpreter for every assessment where English is not the person's first language.",
    "The Trust should review its eligibility criteria so that people are not turned away without an assessment.",
    "All staff should complete training in trauma-informed approaches within twelve months.",
    "The Trust must ensure that safeguarding concerns are raised with the local authority without delay.",
    "Care plans should be reviewed at least every six months and shared with the person and their family.",
    "The {team} should agree an information-sharing protocol with the {agency}.",
    "The Trust should audit the use of stigmatising language in clinical records.",
]
FINDING_HEADINGS = ["Assessment and risk management", "Care planning and discharge", "Communication and information sharing",
                    "Safeguarding", "Access to services and waiting times", "Working with other agencies",
                    "Involvement of the family", "Medication management", "Record keeping"]
TOR = ["To establish the chronology of contact between {p} and services.",
       "To identify any care or service delivery problems.",
       "To consider whether the family were involved appropriately.",
       "To examine the quality of risk assessment and care planning.",
       "To review communication between the {team} and partner agencies.",
       "To identify learning and make recommendations."]
METHODS = ["Review of the electronic patient record", "Interviews with staff from the {team}",
           "A meeting with {rel}", "Review of Trust policies on discharge and missed appointments",
           "Correspondence from the {agency}", "A timeline workshop with the clinical team"]
STATUS = ["Open", "In progress", "Complete", "Not started"]
OWNERS = ["Director of Nursing", "Clinical Director", "Head of Safeguarding", "Team Manager", "Patient Safety Lead",
          "Associate Medical Director"]


def lower_first(s):
    """Lower-case the first letter unless the sentence opens with a name or an abbreviation."""
    return s if s.startswith(("Mr ", "Ms ", "Mrs ", "Adult ", "GP", "ICB")) else s[0].lower() + s[1:]


class Ctx:
    """The per-document cast: one person, one team, one agency, fixed across the document."""

    def __init__(self, rng):
        self.rng = rng
        self.p, self.pr, self.ps, self.pm = rng.choice(PEOPLE)
        self.team = rng.choice(TEAMS)
        self.agency = rng.choice(AGENCIES)
        self.trust = rng.choice(TRUSTS)
        self.rel = rng.choice(RELATIVES)
        self.year = rng.randint(2018, 2023)

    def fill(self, template):
        r = self.rng
        staff = r.choice(STAFF)
        s = template.format(p=self.p, pr=self.pr, ps=self.ps, pm=self.pm, ps_c=self.ps.capitalize(),
                            team=self.team, agency=self.agency if r.random() < 0.7 else r.choice(AGENCIES),
                            staff=staff, staff_c=staff[0].upper() + staff[1:], place=r.choice(PLACES),
                            rel=self.rel, rel_c=self.rel[0].upper() + self.rel[1:], med=r.choice(MEDS),
                            month=r.choice(MONTHS), duration=r.choice(DURATIONS))
        return s[0].upper() + s[1:]

    def sentence(self, finding_rate=0.25):
        x = self.rng.random()
        if x < finding_rate:
            s = self.fill(self.rng.choice(FINDINGS))
            if self.rng.random() < 0.4:
                s = f"{self.rng.choice(CONNECT)} {lower_first(s)}"
            return s
        if x < finding_rate + 0.08:
            return self.fill(self.rng.choice(GOOD))
        return self.fill(self.rng.choice(NEUTRAL))

    def paragraph(self, n_min=3, n_max=7, finding_rate=0.25):
        return " ".join(self.sentence(finding_rate) for _ in range(self.rng.randint(n_min, n_max)))

    def date(self, day_of_year):
        d = dt.date(self.year, 1, 1) + dt.timedelta(days=day_of_year)
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def build(index, seed):
    """The document as a list of blocks: (kind, payload). kinds: title, h1, h2, p, num, bullet, table."""
    rng = random.Random(seed * 1_000_003 + index)
    c = Ctx(rng)
    target = int(rng.triangular(15_000, 30_000, 21_000))
    ref = f"PSII-{c.year}-{index:05d}"
    blocks = [("title", f"Patient Safety Incident Investigation {ref}"),
              ("p", f"{c.trust}. Report approved on {rng.randint(1, 28)} {rng.choice(MONTHS)} {c.year + 1}. "
                    f"Subject: {c.p}, under the care of the {c.team}.")]
    size = 0

    def add(kind, payload):
        nonlocal size
        if kind != "table":
            payload = payload[0].upper() + payload[1:]
        blocks.append((kind, payload))
        if kind == "table":
            size += sum(len(cell.encode()) + 1 for row in payload for cell in row)
        else:
            size += len(payload.encode()) + 1

    add("h1", "1. Executive summary")
    add("p", f"This report describes the care provided to {c.p} by the {c.team} of {c.trust} between "
             f"{rng.choice(MONTHS)} {c.year} and the incident. " + c.paragraph(3, 5, 0.35))
    add("p", c.paragraph(3, 6, 0.3))
    add("h1", "2. Terms of reference")
    for t in rng.sample(TOR, rng.randint(4, 6)):
        add("num", c.fill(t))
    add("h1", "3. Methodology")
    add("p", "The investigation followed the Patient Safety Incident Response Framework. Sources included:")
    for m in rng.sample(METHODS, rng.randint(3, 6)):
        add("bullet", c.fill(m))
    add("h1", "4. Background")
    add("p", f"{c.p} was known to the {c.team}. " + c.paragraph(4, 7, 0.1))
    add("h1", "5. Chronology of events")
    chron_budget = int(target * rng.uniform(0.3, 0.45))
    day = rng.randint(0, 40)
    while size < chron_budget:
        day = min(day + rng.randint(3, 25), 364)
        add("p", f"On {c.date(day)}, {lower_first(c.paragraph(2, 5, 0.18))}")
    add("h1", "6. Findings")
    headings = FINDING_HEADINGS[:]
    rng.shuffle(headings)
    rec_budget = target - 2200
    k = 0
    while size < rec_budget:
        h = headings[k % len(headings)]
        k += 1
        add("h2", f"6.{k} {h}" + ("" if k <= len(headings) else " (continued)"))
        for _ in range(rng.randint(2, 4)):
            if size >= rec_budget:
                break
            add("p", c.paragraph(3, 7, 0.35))
    add("h1", "7. Recommendations")
    recs = [c.fill(r) for r in rng.sample(RECS, rng.randint(4, 7))]
    for r in recs:
        add("num", r)
    add("h1", "8. Action plan")
    rows = [["Recommendation", "Action", "Owner", "Due date", "Status"]]
    for i, r in enumerate(recs, 1):
        action = r.split(" should ")[-1].split(" must ")[-1].split(" need to ")[-1][:90]
        rows.append([str(i), action[0].upper() + action[1:],
                     rng.choice(OWNERS), f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {c.year + 2}", rng.choice(STATUS)])
    add("table", rows)
    add("p", "This report will be shared with the family, the integrated care board and the coroner.")
    return blocks


# ----------------------------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------------------------
def extracted_text_bytes(blocks):
    n = 0
    for kind, payload in blocks:
        if kind == "table":
            n += sum(len(cell.encode()) + 1 for row in payload for cell in row)
        else:
            n += len(payload.encode()) + 1
    return n


def write_docx(blocks, path):
    import docx  # imported here so that a .txt-only use needs no python-docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Synthetic benchmark generator"
    cp.last_modified_by = "Synthetic benchmark generator"
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.title = blocks[0][1]
    for kind, payload in blocks:
        if kind in ("title", "h1"):
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "num":
            d.add_paragraph(payload, style="List Number")
        elif kind == "bullet":
            d.add_paragraph(payload, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for r, row in enumerate(payload):
                cells = t.rows[r].cells
                for col, text in enumerate(row):
                    cells[col].text = text
    raw = io.BytesIO()
    d.save(raw)
    # Rewrite the ZIP with fixed member timestamps (python-docx stamps the current time).
    raw.seek(0)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), src.read(info.filename), zipfile.ZIP_DEFLATED)


def text_lines(blocks):
    out, num = [], 0
    prev = None
    for kind, payload in blocks:
        if kind != "num":
            num = 0
        if prev in ("num", "bullet") and kind not in ("num", "bullet"):
            out.append("")
        prev = kind
        if kind == "title":
            out += [payload.upper(), "=" * len(payload), ""]
        elif kind == "h1":
            out += [payload, ""]
        elif kind == "h2":
            out += [payload, ""]
        elif kind == "p":
            out += [payload, ""]
        elif kind == "num":
            num += 1
            out += [f"{num}. {payload}"]
        elif kind == "bullet":
            out += [f"- {payload}"]
        elif kind == "table":
            out += [""] + ["\t".join(row) for row in payload] + [""]
    return "\n".join(out) + "\n"


def make_one(job):
    index, seed, out = job
    blocks = build(index, seed)
    if index % 2 == 0:
        path = os.path.join(out, f"review-{index:05d}.docx")
        write_docx(blocks, path)
        text = extracted_text_bytes(blocks)
        kind = "docx"
    else:
        path = os.path.join(out, f"review-{index:05d}.txt")
        data = text_lines(blocks).encode()
        with open(path, "wb") as f:
            f.write(data)
        text = len(data)
        kind = "txt"
    return index, kind, text, os.path.getsize(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True, help="corpus folder (created)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2, help="processes, at most 2 (default 2)")
    ap.add_argument("--stats", help="stats JSON path (default: OUT.stats.json)")
    args = ap.parse_args()
    out = os.path.abspath(args.out.rstrip("/"))
    stats_path = args.stats or out + ".stats.json"
    os.makedirs(out, exist_ok=True)
    t0 = time.monotonic()
    jobs = [(i, args.seed, out) for i in range(args.count)]
    workers = max(1, min(2, args.workers))
    if workers == 1:
        results = list(map(make_one, jobs))
    else:
        with Pool(workers) as pool:
            results = list(pool.imap_unordered(make_one, jobs, chunksize=16))
    results.sort()
    stats = {"documents": args.count, "seed": args.seed,
             "docx": sum(1 for r in results if r[1] == "docx"), "txt": sum(1 for r in results if r[1] == "txt"),
             "text_bytes": sum(r[2] for r in results),
             "docx_text_bytes": sum(r[2] for r in results if r[1] == "docx"),
             "txt_text_bytes": sum(r[2] for r in results if r[1] == "txt"),
             "disk_bytes": sum(r[3] for r in results),
             "min_doc_text_bytes": min(r[2] for r in results) if results else 0,
             "max_doc_text_bytes": max(r[2] for r in results) if results else 0,
             "generation_seconds": round(time.monotonic() - t0, 1), "workers": workers}
    with open(stats_path, "w") as f:
        json.dump(stats, f, indent=1)
        f.write("\n")
    print(f"{args.count} documents ({stats['docx']} DOCX, {stats['txt']} TXT), "
          f"{stats['text_bytes'] / 1e6:.1f} MB of text, {stats['disk_bytes'] / 1e6:.1f} MB on disk -> {out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
