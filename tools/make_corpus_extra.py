#!/usr/bin/env python3
"""Writes the ReviewLens sample corpus and its dev-split gold labels, deterministically.

Content lives in tools/corpus_docs.py (ten fictional review documents, labelled block by block) and
tools/corpus_authored.py (stand-alone labelled passages). This script renders:
  * .docx  with python-docx: Heading 1/2/3 styles, List Bullet / List Number (each numbered list restarts at 1),
    Table Grid tables, core properties, and real footnotes (word/footnotes.xml part + w:footnoteReference runs,
    added with lxml because python-docx has no footnote API);
  * .xml   Flat OPC (pkg:package) converted from a python-docx package, or Word 2003 XML (w:wordDocument);
  * .txt   plain text with ALL-CAPS, underlined (=== / ---) and numbered headings, '-' and '•' bullets;
  * Corpus/gold-dev.jsonl: every body paragraph, list item, footnote and recommendation-table cell of the
    documents (headings and the cells of data tables skipped), then the authored passages.

Zip entries get a fixed timestamp and the core properties fixed dates, so reruns give byte-identical files.
Usage: python3 tools/make_corpus_extra.py  (needs: pip install python-docx lxml)
"""
import base64
import datetime as dt
import io
import json
import os
import sys
import textwrap
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_docs import DOCS  # noqa: E402
from corpus_authored import AUTHORED  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus"))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
XML_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'


def when(stamp):
    return dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------------------------------- DOCX
def add_footnote_styles(document):
    styles = document.styles
    text = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    text.base_style = styles["Normal"]
    text.font.size = Pt(10)
    text.element.name_val = "footnote text"
    ref = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    ref.font.superscript = True
    ref.element.name_val = "footnote reference"


def add_footnotes_part(document, notes):
    """Adds word/footnotes.xml (the two separators plus one w:footnote per note, ids from 1), relates it to the
    main document part and registers the separators in settings, as Word does."""
    root = etree.Element(qn("w:footnotes"), nsmap={"w": W_NS})
    for kind, fid, mark in (("separator", "-1", "w:separator"),
                            ("continuationSeparator", "0", "w:continuationSeparator")):
        fn = etree.SubElement(root, qn("w:footnote"), {qn("w:type"): kind, qn("w:id"): fid})
        p = etree.SubElement(fn, qn("w:p"))
        ppr = etree.SubElement(p, qn("w:pPr"))
        etree.SubElement(ppr, qn("w:spacing"), {qn("w:after"): "0", qn("w:line"): "240", qn("w:lineRule"): "auto"})
        etree.SubElement(etree.SubElement(p, qn("w:r")), qn(mark))
    for fid, text in notes:
        fn = etree.SubElement(root, qn("w:footnote"), {qn("w:id"): str(fid)})
        p = etree.SubElement(fn, qn("w:p"))
        etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:pStyle"), {qn("w:val"): "FootnoteText"})
        r = etree.SubElement(p, qn("w:r"))
        etree.SubElement(etree.SubElement(r, qn("w:rPr")), qn("w:rStyle"), {qn("w:val"): "FootnoteReference"})
        etree.SubElement(r, qn("w:footnoteRef"))
        t = etree.SubElement(etree.SubElement(p, qn("w:r")), qn("w:t"), {XML_SPACE: "preserve"})
        t.text = " " + text
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    settings = document.settings.element
    pr = parse_xml(f'<w:footnotePr xmlns:w="{W_NS}"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    compat = settings.find(qn("w:compat"))  # w:footnotePr comes just before w:compat in the schema order
    if compat is not None:
        compat.addprevious(pr)
    else:
        settings.append(pr)


def add_footnote_reference(paragraph, fid):
    run = paragraph.add_run()
    style = etree.SubElement(run._r.get_or_add_rPr(), qn("w:rStyle"))
    style.set(qn("w:val"), "FootnoteReference")
    etree.SubElement(run._r, qn("w:footnoteReference")).set(qn("w:id"), str(fid))


def new_numbered_list(document):
    """A fresh w:num over the List Number style's abstract numbering, restarting at 1."""
    numbering = document.part.numbering_part.element
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    num = numbering.add_num(numbering.num_having_numId(style_num).abstractNumId.val)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def set_num(paragraph, num_id):
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def prune_template(document):
    """Keeps only the styles the document uses (with their basedOn/link/next chains and the defaults) and drops the
    template's Word 2010 stylesWithEffects part: python-docx's template carries ~350 KB of unused styles."""
    styles = document.styles.element
    roots = [document.element, document.part.numbering_part.element]
    roots += [etree.fromstring(rel.target_part.blob) for rel in document.part.rels.values()
              if rel.reltype == RT.FOOTNOTES]
    used = {e.get(qn("w:val")) for root in roots for tag in ("w:pStyle", "w:rStyle", "w:tblStyle")
            for e in root.iter(qn(tag))}
    by_id = {s.get(qn("w:styleId")): s for s in styles.iter(qn("w:style"))}
    keep = set()
    todo = list(used) + [sid for sid, s in by_id.items() if s.get(qn("w:default")) in ("1", "true", "on")]
    while todo:
        sid = todo.pop()
        if sid in keep:
            continue
        keep.add(sid)
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = by_id[sid].find(qn(tag)) if sid in by_id else None
            if ref is not None:
                todo.append(ref.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in keep:
            styles.remove(style)
    for rid, rel in list(document.part.rels.items()):
        if rel.target_ref == "stylesWithEffects.xml":
            document.part.drop_rel(rid)


def fixed_zip(data):
    """Re-packs a zip with a fixed timestamp on every entry (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def build_docx(d):
    document = Document()
    add_footnote_styles(document)
    notes, num_id, previous = [], None, None
    for kind, text, labels, note in d["blocks"]:
        if kind in ("h1", "h2", "h3"):
            document.add_heading(text, level=int(kind[1]))
        elif kind == "t":
            header, rows = text, labels
            table = document.add_table(rows=1, cols=len(header))
            table.style = document.styles["Table Grid"]
            for cell, title in zip(table.rows[0].cells, header):
                cell.paragraphs[0].add_run(title).bold = True
            for cells, _ in rows:
                for cell, value in zip(table.add_row().cells, cells):
                    cell.paragraphs[0].add_run(value)
        else:
            style = {"p": None, "b": "List Bullet", "n": "List Number"}[kind]
            paragraph = document.add_paragraph(text, style=style)
            if kind == "n":
                if previous != "n":
                    num_id = new_numbered_list(document)
                set_num(paragraph, num_id)
            if note:
                notes.append((len(notes) + 1, note[0]))
                add_footnote_reference(paragraph, len(notes))
        previous = kind
    if notes:
        add_footnotes_part(document, notes)
    props = document.core_properties
    props.title, props.author, props.subject = d["title"], d["author"], d["subject"]
    props.category, props.keywords, props.comments = d["subject"], "ReviewLens sample corpus", ""
    props.created = props.modified = when(d["created"])
    props.last_modified_by, props.revision = d["author"], 1
    for part in document.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            app = etree.fromstring(part.blob)
            app.find("{*}Company").text = d["company"]
            app.find("{*}Application").text = "Microsoft Office Word"
            part._blob = etree.tostring(app, xml_declaration=True, encoding="UTF-8", standalone=True)
    prune_template(document)
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue())


# -------------------------------------------------------------------------------------------------- Flat OPC
def flat_opc(docx_bytes):
    """Word's single-file XML package: every zip part as a pkg:part (XML inline in pkg:xmlData, binary parts
    base64 in pkg:binaryData), content types taken from [Content_Types].xml."""
    pkg = "http://schemas.microsoft.com/office/2006/xmlPackage"
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        types = etree.fromstring(z.read("[Content_Types].xml"))
        defaults = {e.get("Extension").lower(): e.get("ContentType") for e in types if e.tag.endswith("Default")}
        overrides = {e.get("PartName"): e.get("ContentType") for e in types if e.tag.endswith("Override")}
        root = etree.Element(f"{{{pkg}}}package", nsmap={"pkg": pkg})
        for item in z.infolist():
            if item.filename == "[Content_Types].xml":
                continue
            name = "/" + item.filename
            ctype = overrides.get(name) or defaults[name.rsplit(".", 1)[-1].lower()]
            part = etree.SubElement(root, f"{{{pkg}}}part", {f"{{{pkg}}}name": name, f"{{{pkg}}}contentType": ctype})
            data = z.read(item.filename)
            if ctype.endswith("xml"):
                if name.endswith(".rels"):
                    part.set(f"{{{pkg}}}padding", "256")
                etree.SubElement(part, f"{{{pkg}}}xmlData").append(etree.fromstring(data))
            else:
                part.set(f"{{{pkg}}}compression", "store")
                etree.SubElement(part, f"{{{pkg}}}binaryData").text = base64.encodebytes(data).decode("ascii")
    return XML_HEAD + etree.tostring(root, encoding="UTF-8") + b"\n"


def docx_from_flat_opc(data):
    """The inverse of flat_opc (used by the self-check): pkg:parts back into a zip package."""
    pkg = "{http://schemas.microsoft.com/office/2006/xmlPackage}"
    root = etree.fromstring(data)
    out = io.BytesIO()
    types = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.'
             'org/package/2006/content-types">']
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part in root.iter(pkg + "part"):
            name = part.get(pkg + "name")
            types.append(f'<Override PartName="{name}" ContentType="{part.get(pkg + "contentType")}"/>')
            xml = part.find(pkg + "xmlData")
            blob = (etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8", standalone=True) if xml is not None
                    else base64.b64decode(part.find(pkg + "binaryData").text))
            z.writestr(name.lstrip("/"), blob)
        z.writestr("[Content_Types].xml", "".join(types) + "</Types>")
    return out.getvalue()


# ------------------------------------------------------------------------------------------- Word 2003 XML
def word2003(d):
    w = "http://schemas.microsoft.com/office/word/2003/wordml"
    wx = "http://schemas.microsoft.com/office/word/2003/auxHint"
    o = "urn:schemas-microsoft-com:office:office"

    def W(tag): return f"{{{w}}}{tag}"
    def WX(tag): return f"{{{wx}}}{tag}"
    def O(tag): return f"{{{o}}}{tag}"

    root = etree.Element(W("wordDocument"), nsmap={"w": w, "wx": wx, "o": o})
    root.set(XML_SPACE, "preserve")
    props = etree.SubElement(root, O("DocumentProperties"))
    for tag, value in (("Title", d["title"]), ("Subject", d["subject"]), ("Author", d["author"]),
                       ("LastAuthor", d["author"]), ("Revision", "1"), ("Created", d["created"]),
                       ("LastSaved", d["created"]), ("Company", d["company"])):
        etree.SubElement(props, O(tag)).text = value
    fonts = etree.SubElement(root, W("fonts"))
    etree.SubElement(fonts, W("defaultFonts"), {W("ascii"): "Calibri", W("h-ansi"): "Calibri", W("cs"): "Calibri"})
    # list definitions: 1 = bullet; one decimal definition per numbered list, so each restarts at 1
    runs, previous = 0, None
    for kind, *_ in d["blocks"]:
        runs += kind == "n" and previous != "n"
        previous = kind
    lists = etree.SubElement(root, W("lists"))
    defs = [("bullet", "\u2022")] + [("decimal", "%1.")] * runs
    for lid, (fmt, text) in enumerate(defs, start=1):
        ld = etree.SubElement(lists, W("listDef"), {W("listDefId"): str(lid)})
        etree.SubElement(ld, W("lsid"), {W("val"): f"{0x1A2B3C00 + lid:08X}"})
        etree.SubElement(ld, W("plt"), {W("val"): "SingleLevel"})
        lvl = etree.SubElement(ld, W("lvl"), {W("ilvl"): "0"})
        etree.SubElement(lvl, W("start"), {W("val"): "1"})
        if fmt == "bullet":
            etree.SubElement(lvl, W("nfc"), {W("val"): "23"})
        etree.SubElement(lvl, W("lvlText"), {W("val"): text})
        etree.SubElement(lvl, W("lvlJc"), {W("val"): "left"})
        ppr = etree.SubElement(lvl, W("pPr"))
        etree.SubElement(ppr, W("ind"), {W("left"): "720", W("hanging"): "360"})
        if fmt == "bullet":
            etree.SubElement(etree.SubElement(lvl, W("rPr")), W("rFonts"), {W("ascii"): "Symbol", W("h-ansi"): "Symbol"})
    for lid in range(1, len(defs) + 1):
        etree.SubElement(etree.SubElement(lists, W("list"), {W("ilfo"): str(lid)}), W("ilst"), {W("val"): str(lid)})
    styles = etree.SubElement(root, W("styles"))
    for sid, name, level in (("Normal", "Normal", None), ("Heading1", "heading 1", 1), ("Heading2", "heading 2", 2),
                             ("Heading3", "heading 3", 3), ("ListParagraph", "List Paragraph", None),
                             ("FootnoteText", "footnote text", None)):
        st = etree.SubElement(styles, W("style"), {W("type"): "paragraph", W("styleId"): sid})
        if sid == "Normal":
            st.set(W("default"), "on")
        etree.SubElement(st, W("name"), {W("val"): name})
        if sid != "Normal":
            etree.SubElement(st, W("basedOn"), {W("val"): "Normal"})
        if level:
            etree.SubElement(st, W("next"), {W("val"): "Normal"})
            etree.SubElement(etree.SubElement(st, W("pPr")), W("outlineLvl"), {W("val"): str(level - 1)})
            rpr = etree.SubElement(st, W("rPr"))
            etree.SubElement(rpr, W("b"))
            etree.SubElement(rpr, W("sz"), {W("val"): {1: "32", 2: "26", 3: "24"}[level]})
    body = etree.SubElement(root, W("body"))
    sect = etree.SubElement(body, WX("sect"))

    def para(parent, text, style=None, ilfo=None, marker=None, bold=False):
        p = etree.SubElement(parent, W("p"))
        if style or ilfo:
            ppr = etree.SubElement(p, W("pPr"))
            if style:
                etree.SubElement(ppr, W("pStyle"), {W("val"): style})
            if ilfo:
                lp = etree.SubElement(ppr, W("listPr"))
                etree.SubElement(lp, W("ilvl"), {W("val"): "0"})
                etree.SubElement(lp, W("ilfo"), {W("val"): str(ilfo)})
                etree.SubElement(lp, WX("t"), {WX("val"): marker})
        r = etree.SubElement(p, W("r"))
        if bold:
            etree.SubElement(etree.SubElement(r, W("rPr")), W("b"))
        etree.SubElement(r, W("t")).text = text
        return p

    count, list_id, previous = 0, 1, None
    for kind, text, labels, note in d["blocks"]:
        if kind in ("h1", "h2", "h3"):
            para(sect, text, "Heading" + kind[1])
        elif kind == "t":
            tbl = etree.SubElement(sect, W("tbl"))
            etree.SubElement(etree.SubElement(tbl, W("tblPr")), W("tblW"), {W("w"): "0", W("type"): "auto"})
            for i, row in enumerate([text] + [cells for cells, _ in labels]):
                tr = etree.SubElement(tbl, W("tr"))
                for value in row:
                    para(etree.SubElement(tr, W("tc")), value, bold=i == 0)
        elif kind == "b":
            para(sect, text, "ListParagraph", 1, "\u2022")
        elif kind == "n":
            if previous != "n":
                list_id, count = list_id + 1, 0
            count += 1
            para(sect, text, "ListParagraph", list_id, f"{count}.")
        else:
            p = para(sect, text)
            if note:
                fn = etree.SubElement(etree.SubElement(p, W("r")), W("footnote"))
                fp = etree.SubElement(fn, W("p"))
                etree.SubElement(etree.SubElement(fp, W("pPr")), W("pStyle"), {W("val"): "FootnoteText"})
                etree.SubElement(etree.SubElement(fp, W("r")), W("t")).text = note[0]
        previous = kind
    sectpr = etree.SubElement(sect, W("sectPr"))
    etree.SubElement(sectpr, W("pgSz"), {W("w"): "11906", W("h"): "16838"})
    etree.SubElement(sectpr, W("pgMar"), {W("top"): "1440", W("right"): "1440", W("bottom"): "1440",
                                          W("left"): "1440", W("header"): "708", W("footer"): "708", W("gutter"): "0"})
    return XML_HEAD + etree.tostring(root, encoding="UTF-8", pretty_print=True)


# ------------------------------------------------------------------------------------------------ plain text
def plain_text(d):
    style, wrap = d["style"].get("headings", "caps"), d["style"].get("wrap")
    bullet = d["style"].get("bullet", "\u2022 ")
    out, count, previous, notes = [], 0, None, []

    def block(text, first="", rest=""):
        if wrap:
            return textwrap.wrap(text, wrap, initial_indent=first, subsequent_indent=rest,
                                 break_on_hyphens=False, break_long_words=False)
        return [first + text]

    for kind, text, labels, note in d["blocks"]:
        if previous in ("b", "n") and kind not in ("b", "n"):
            out.append("")
        if kind == "h1":
            title = text.upper()
            out += [title, "=" * len(title), ""] if d["style"].get("h1_underline", True) else [title, ""]
        elif kind in ("h2", "h3"):
            if style == "caps":
                out += [text.upper(), ""]
            elif style == "underline" and kind == "h2":
                out += [text, "-" * len(text), ""]
            else:
                out += [text, ""]
        elif kind == "p":
            if note:
                notes.append(note[0])
                text = f"{text} [{len(notes)}]"
            out += block(text) + [""]
        elif kind == "b":
            out += block(text, bullet, " " * len(bullet))
        elif kind == "n":
            count = count + 1 if previous == "n" else 1
            out += block(text, f"{count}. ", "   ")
        elif kind == "t":
            for cells, _ in labels:
                out += block(f"{cells[0]} (Lead: {cells[1]}; by {cells[2]}.)", bullet, " " * len(bullet))
        previous = kind
    if notes:
        out += ["", "NOTES", ""] + [f"[{i}] {n}" for i, n in enumerate(notes, 1)]
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------------- gold
LABEL_ORDER = {f"HS{i}": i for i in range(1, 8)} | {f"TH{i}": 10 + i for i in range(1, 7)}


def gold_passages():
    passages = []
    for d in DOCS:
        for kind, text, labels, note in d["blocks"]:
            if kind in ("h1", "h2", "h3"):
                continue
            if kind == "t":
                # a recommendation table's passage is its first cell; data tables (short cells) are skipped
                passages += [(cells[0], row_labels, d["name"]) for cells, row_labels in labels
                             if len(cells[0].split()) > 3]
                continue
            passages.append((text, labels, d["name"]))
            if note:
                passages.append((note[0], note[1], d["name"]))
    passages += [(text, labels.split(), "authored") for text, labels in AUTHORED]
    return [{"id": f"dev-{i:04d}", "text": text, "labels": sorted(set(labels), key=LABEL_ORDER.__getitem__),
             "split": "dev", "source": source} for i, (text, labels, source) in enumerate(passages, 1)]


def main():
    os.makedirs(ROOT, exist_ok=True)
    for d in DOCS:
        name = d["name"]
        if name.endswith(".docx"):
            data = build_docx(d)
        elif name.endswith(".txt"):
            data = plain_text(d)
        elif d["style"].get("xml") == "word2003" or name.startswith("bulletin"):
            data = word2003(d)
        else:
            data = flat_opc(build_docx(d))
        with open(os.path.join(ROOT, name), "wb") as f:
            f.write(data)
    gold = gold_passages()
    with open(os.path.join(ROOT, "gold-dev.jsonl"), "w", encoding="utf-8") as f:
        for row in gold:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents, {len(gold)} gold passages -> {ROOT}")


if __name__ == "__main__":
    main()
