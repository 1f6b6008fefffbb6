#!/usr/bin/env python3
"""Deterministic generator of synthetic review documents for the benchmark: half DOCX (raw OOXML: headings,
numbered and bulleted lists, a table), half plain text, 15–30 KB of text each, in the style of NHS incident reviews.
Usage: python3 bench/generate.py --count 1000 --out bench/work/corpus-1000  (writes stats.json beside the files)"""
import argparse, html, json, os, random, zipfile

SUBJECTS = ["The patient", "Mr A", "Ms B", "The service user", "Adult D", "The young person", "Mrs K", "The man", "The woman"]
FINDINGS = [
    "the family were not consulted about the discharge plan", "there was no joint working with the substance misuse service",
    "the referral was rejected because the threshold was not met", "the care plan had not been reviewed for over a year",
    "there was no evidence of trauma-informed approaches in the assessment", "no interpreter was used during the assessment",
    "the risk assessment was too high level and lacked detail", "information was not shared with the GP",
    "a safeguarding concern was not raised with the local authority", "she was discharged after missing two appointments",
    "staff described him as attention seeking in the records", "his care package was reduced without a reassessment",
    "the complaint was not acknowledged for four months", "prone restraint was used without a debrief",
    "no care coordinator was allocated for eleven months", "the crisis plan was out of date",
]
NEUTRAL = [
    "was seen by the care coordinator at home", "attended the outpatient clinic with a family member", "was reviewed by the consultant psychiatrist",
    "received the depot injection on time", "spoke to the duty worker by telephone", "was admitted informally to the acute ward",
    "collected medication from the community pharmacy", "met the housing officer to discuss the tenancy", "had a physical health check at the GP surgery",
]
CONNECT = ["The review found that", "The panel heard that", "It was not evident that", "The records show that", "The investigation identified that", "In addition,"]
DATES = ["3 March", "14 April", "21 May", "2 June", "19 July", "8 August", "30 September", "11 October", "25 November"]
RECS = ["The Trust should ensure that families are involved in care planning.", "Teams must record the rationale for every discharge decision.",
        "The ICB should commission joint pathways for people with co-existing substance use.", "Services need to offer interpreters for every assessment."]

def paragraph(rng):
    sentences = []
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.35:
            sentences.append(f"{rng.choice(CONNECT)} {rng.choice(FINDINGS)}.")
        else:
            sentences.append(f"On {rng.choice(DATES)} {rng.choice(SUBJECTS).lower() if rng.random() < 0.3 else rng.choice(SUBJECTS)} {rng.choice(NEUTRAL)}.")
    text = " ".join(sentences)
    return text[0].upper() + text[1:]

def document(rng, index):
    target = rng.randint(15_000, 30_000)
    blocks, size, section = [("h1", f"Patient safety incident investigation {index:05d}")], 0, 0
    while size < target:
        section += 1
        blocks.append(("h2", f"{section}. Findings part {section}"))
        for _ in range(rng.randint(3, 6)):
            p = paragraph(rng)
            blocks.append(("p", p))
            size += len(p)
        if section % 3 == 0:
            for r in rng.sample(RECS, 2):
                blocks.append(("n", r))
                size += len(r)
        if section % 4 == 0:
            blocks.append(("t", [["Action", "Owner"], ["Audit care plans", "Matron"], ["Family liaison", "Ward manager"]]))
    return blocks, size

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def docx_bytes(blocks):
    def p(text, style=None, num=False):
        ppr = ""
        if style or num:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "") + "</w:pPr>"
        return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p>'
    body = []
    for kind, c in blocks:
        if kind == "h1": body.append(p(c, "Heading1"))
        elif kind == "h2": body.append(p(c, "Heading2"))
        elif kind == "p": body.append(p(c))
        elif kind == "n": body.append(p(c, None, True))
        elif kind == "t": body.append("<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{p(x)}</w:tc>" for x in row) + "</w:tr>" for row in c) + "</w:tbl>")
    return {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{"".join(body)}</w:body></w:document>',
        "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>',
        "word/numbering.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
    }

def text_bytes(blocks):
    out, n = [], 0
    for kind, c in blocks:
        if kind == "h1": out += [c.upper(), ""]
        elif kind == "h2": out += [c, ""]
        elif kind == "p": out += [c, ""]
        elif kind == "n":
            n += 1
            out += [f"{n}. {c}"]
        elif kind == "t": out += [" | ".join(r) for r in c] + [""]
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    total = 0
    for i in range(args.count):
        rng = random.Random(i)
        blocks, size = document(rng, i)
        total += size
        if i % 2 == 0:
            with zipfile.ZipFile(os.path.join(args.out, f"review-{i:05d}.docx"), "w", zipfile.ZIP_DEFLATED) as z:
                for name, content in docx_bytes(blocks).items():
                    z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
        else:
            open(os.path.join(args.out, f"review-{i:05d}.txt"), "w", encoding="utf-8").write(text_bytes(blocks))
    json.dump({"documents": args.count, "text_bytes": total}, open(os.path.join(args.out, "..", f"stats-{args.count}.json"), "w"))
    print(f"{args.count} documents, {total / 1e6:.1f} MB of text")
