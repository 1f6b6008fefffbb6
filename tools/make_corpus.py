#!/usr/bin/env python3
"""Writes the sample corpus (Corpus/*) from tools/corpus_content.py, deterministically: DOCX (raw OOXML with
styles, numbering, footnotes, a table and document properties), Word Flat OPC and Word 2003 XML, plain text and
HTML; and Corpus/gold-corpus.jsonl, the gold labels of every body passage. Usage: python3 tools/make_corpus.py"""
import html, json, os, sys, zipfile
sys.path.insert(0, os.path.dirname(__file__))
from corpus_content import DOCS

ROOT = os.path.join(os.path.dirname(__file__), "..", "Corpus")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = (2024, 1, 1, 0, 0, 0)

def x(s):
    return html.escape(s, quote=True)

def run(text):
    return f'<w:r><w:t xml:space="preserve">{x(text)}</w:t></w:r>'

def para(text, style=None, num=None, footnote=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "") + "</w:pPr>"
    ref = f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{footnote}"/></w:r>' if footnote else ""
    return f"<w:p>{ppr}{run(text)}{ref}</w:p>"

def body_xml(d):
    out, notes, n = [], [], 0
    for kind, content, _ in d["blocks"]:
        if kind == "h1": out.append(para(content, "Heading1"))
        elif kind == "h2": out.append(para(content, "Heading2"))
        elif kind == "p": out.append(para(content))
        elif kind == "b": out.append(para(content, "ListBullet", 1))
        elif kind == "n": out.append(para(content, "ListNumber", 2))
        elif kind == "f":
            n += 1
            out.append(para(content[0], footnote=n))
            notes.append((n, content[1]))
        elif kind == "t":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in content)
            out.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
    return "".join(out), notes

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"""

def footnotes_xml(notes):
    items = "".join(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{run(" " + t)}</w:p></w:footnote>' for n, t in notes)
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{items}</w:footnotes>"""

def core_xml(d):
    created = f"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{d['created']}</dcterms:created>" if d["created"] else ""
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{x(d['title'])}</dc:title><dc:creator>Review team</dc:creator>{created}</cp:coreProperties>"""

def app_xml(d):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>ReviewLens corpus generator</Application><Company>{x(d['organisation'])}</Company></Properties>"""

def parts(d):
    body, notes = body_xml(d)
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    rels = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' if notes else ""))
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    result = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{ct}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="{ct}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="{ct}.numbering+xml"/>'
            + (f'<Override PartName="/word/footnotes.xml" ContentType="{ct}.footnotes+xml"/>' if notes else "")
            + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
        "word/_rels/document.xml.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        "word/document.xml": document, "word/styles.xml": STYLES, "word/numbering.xml": NUMBERING,
        "docProps/core.xml": core_xml(d), "docProps/app.xml": app_xml(d),
    }
    if notes:
        result["word/footnotes.xml"] = footnotes_xml(notes)
    return result

def write_docx(d, path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts(d).items():
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)

def write_flat_opc(d, path):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">']
    for name, content in parts(d).items():
        if name == "[Content_Types].xml": continue
        ctype = "application/vnd.openxmlformats-package.relationships+xml" if name.endswith(".rels") else "application/xml"
        content = content.split("?>", 1)[1].strip() if content.startswith("<?xml") else content
        out.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{ctype}"><pkg:xmlData>{content}</pkg:xmlData></pkg:part>')
    out.append("</pkg:package>")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")

def write_word2003(d, path):
    w = "http://schemas.microsoft.com/office/word/2003/wordml"
    def p2003(text, style=None, marker=None):
        ppr = ""
        if style or marker:
            ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="{x(marker)}"/></w:listPr>' if marker else "") + "</w:pPr>"
        return f'<w:p>{ppr}<w:r><w:t>{x(text)}</w:t></w:r></w:p>'
    body, n = [], 0
    for kind, content, _ in d["blocks"]:
        if kind == "h1": body.append(p2003(content, "Heading1"))
        elif kind == "h2": body.append(p2003(content, "Heading2"))
        elif kind == "p": body.append(p2003(content))
        elif kind == "b": body.append(p2003(content, None, "•"))
        elif kind == "n":
            n += 1
            body.append(p2003(content, None, f"{n}."))
        elif kind == "f": body.append(f'<w:p><w:r><w:t>{x(content[0])}</w:t></w:r><w:r><w:footnote><w:p><w:r><w:t>{x(content[1])}</w:t></w:r></w:p></w:footnote></w:r></w:p>')
        elif kind == "t": body.append("<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{p2003(c)}</w:tc>" for c in row) + "</w:tr>" for row in content) + "</w:tbl>")
    created = f"<o:Created>{d['created']}</o:Created>" if d["created"] else ""
    doc = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="{w}" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office">
<o:DocumentProperties><o:Title>{x(d['title'])}</o:Title><o:Author>Review team</o:Author>{created}<o:Company>{x(d['organisation'])}</o:Company></o:DocumentProperties>
<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>
<w:body><wx:sect>{''.join(body)}</wx:sect></w:body></w:wordDocument>
"""
    open(path, "w", encoding="utf-8").write(doc)

def write_text(d, path):
    out, n = [], 0
    for kind, content, _ in d["blocks"]:
        if kind == "h1": out += [content.upper(), ""]
        elif kind == "h2":
            out += [content, "-" * len(content), ""]
        elif kind == "p": out += [content, ""]
        elif kind == "f": out += [content[0] + " [" + content[1] + "]", ""]
        elif kind == "b": out += ["- " + content]
        elif kind == "n":
            n += 1
            out += [f"{n}. {content}"]
        elif kind == "t": out += ["", *("  |  ".join(r) for r in content), ""]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")

def write_html(d, path):
    out = [f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>{x(d["title"])}</title>'
           '<style>body{font-family:sans-serif}</style><script>window.analytics = "tracking";</script></head><body>'
           f'<nav><a href="/">Home</a> | <a href="/learning">Learning</a></nav><main>']
    in_list = None
    for kind, content, _ in d["blocks"]:
        tag = {"b": "ul", "n": "ol"}.get(kind)
        if in_list and tag != in_list:
            out.append(f"</{in_list}>")
            in_list = None
        if tag and not in_list:
            out.append(f"<{tag}>")
            in_list = tag
        if kind == "h1": out.append(f"<h1>{x(content)}</h1>")
        elif kind == "h2": out.append(f"<h2>{x(content)}</h2>")
        elif kind == "p": out.append(f"<p>{x(content)}</p>")
        elif kind in ("b", "n"): out.append(f"<li>{x(content)}</li>")
    if in_list: out.append(f"</{in_list}>")
    out.append("</main><footer><p>Published by the learning team.</p></footer></body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")

def gold_lines():
    lines, k = [], 0
    for d in DOCS:
        for kind, content, labels in d["blocks"]:
            if kind in ("h1", "h2", "t"): continue
            texts = [content] if kind != "f" else [content[0], content[1]]
            if kind == "f" and d["name"].endswith(".txt"):
                texts = [content[0] + " [" + content[1] + "]"]
            for i, text in enumerate(texts):
                k += 1
                lines.append({"id": f"corpus-{k:04d}", "text": text, "labels": sorted(labels) if i == 0 else [],
                              "split": "dev", "source": d["name"]})
    return lines

if __name__ == "__main__":
    writers = {".docx": write_docx, ".txt": write_text, ".html": write_html}
    for d in DOCS:
        path = os.path.join(ROOT, d["name"])
        if d["name"].endswith(".xml"):
            (write_word2003 if "thematic" in d["name"] else write_flat_opc)(d, path)
        else:
            writers[os.path.splitext(d["name"])[1]](d, path)
    with open(os.path.join(ROOT, "gold-corpus.jsonl"), "w", encoding="utf-8") as f:
        for line in gold_lines():
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents, {len(gold_lines())} gold passages")
