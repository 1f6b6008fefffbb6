#!/usr/bin/env python3
"""Writes the hostile fixture set (issue: hostile and broken inputs) into OUTDIR, deterministically.

    python3 tools/make_hostile.py OUTDIR

Damaged, malicious and mislabelled inputs beside a few good documents, for one `reviewlens run OUTDIR`:
every input must be listed in the manifest with the status given in `expected.json`, which is written
BESIDE OUTDIR (in its parent, so it is not itself an input), as is `secret.txt`, the file the XXE
document points at: its marker must never appear in any output. Standard library only.
"""
import hashlib
import json
import os
import struct
import sys
import zipfile
import zlib

MARKER = "SECRET-MARKER-7f3a"
FAMILY = "The family were not consulted about the discharge plan."
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MIB = 1 << 20
BOMB_MIB = 2048                 # word/document.xml of zip-bomb.docx inflates to just over 2 GiB (< 4 GiB: no ZIP64)
LONG_LINE_BYTES = 50 * MIB      # one line, no newline
NESTING = 200_000               # elements deep in deep-nesting.docx
DATE = (1980, 1, 1, 0, 0, 0)    # fixed zip timestamps: same bytes on every run

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
).encode()
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
).encode()


def paragraph(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def document_xml(body, prolog="", declare=True):
    ns = f' xmlns:w="{W}"' if declare else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f"<w:document{ns}><w:body>{body}</w:body></w:document>").encode()


def fresh(path):
    """Removes what a previous run left at `path` (a chmod-000 file, a symlink) so it can be rewritten."""
    if os.path.islink(path):
        os.unlink(path)
    elif os.path.isfile(path):
        os.chmod(path, 0o644)
        os.unlink(path)
    return path


def write(path, data):
    with open(fresh(path), "wb") as f:
        f.write(data)


def write_zip(path, parts):
    """A zip written by zipfile, deflated, with fixed dates and modes."""
    with zipfile.ZipFile(fresh(path), "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            z.writestr(info, data)


def docx(path, body, prolog=""):
    write_zip(path, [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                     ("word/document.xml", document_xml(body, prolog))])


def pseudo_random(seed, count):
    """`count` bytes from SHA-256 in counter mode: the same bytes on every machine and Python version."""
    out = bytearray()
    counter = 0
    while len(out) < count:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return bytes(out[:count])


def flip_crc(data, name):
    """Flips every bit of `name`'s stored CRC-32 in its local header and in its central-directory record."""
    data = bytearray(data)
    encoded = name.encode()
    at = data.find(b"PK\x01\x02")
    flipped = 0
    while at >= 0:
        name_length, = struct.unpack_from("<H", data, at + 28)
        if bytes(data[at + 46:at + 46 + name_length]) == encoded:
            local, = struct.unpack_from("<I", data, at + 42)
            assert data[local:local + 4] == b"PK\x03\x04"
            for offset in (at + 16, local + 14):
                crc, = struct.unpack_from("<I", data, offset)
                struct.pack_into("<I", data, offset, crc ^ 0xFFFFFFFF)
            flipped += 1
        at = data.find(b"PK\x01\x02", at + 46)
    assert flipped == 1, f"{name} not found once in the central directory"
    return bytes(data)


def bomb_entry():
    """word/document.xml of the zip bomb as a raw deflate stream: a real Word body, then 2 GiB of spaces.

    Each MiB of spaces is compressed by a fresh zlib.compressobj and ended with a full flush, so every MiB
    yields the same ~1 KB of deflate output, which is reused: the stream is built in a second, not minutes.
    Returns (compressed chunks, CRC-32, uncompressed size).
    """
    def deflate(data, finish):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FINISH if finish else zlib.Z_FULL_FLUSH)

    head = document_xml(paragraph(FAMILY) + "\n").split(b"</w:body>")[0]
    tail = b"</w:body></w:document>"
    spaces = b" " * MIB
    block = deflate(spaces, finish=False)
    crc = zlib.crc32(head)
    for _ in range(BOMB_MIB):
        crc = zlib.crc32(spaces, crc)
    crc = zlib.crc32(tail, crc)
    chunks = [deflate(head, False)] + [block] * BOMB_MIB + [deflate(tail, True)]
    return chunks, crc, len(head) + BOMB_MIB * MIB + len(tail)


def write_bomb(path):
    """A DOCX whose document part inflates to 2 GiB; the zip headers are written by hand (no zipfile)."""
    entries = [(name, zlib.compress(data, 9)[2:-4], zlib.crc32(data), len(data))
               for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)]]
    chunks, crc, size = bomb_entry()
    entries.append(("word/document.xml", chunks, crc, size))
    central = b""
    with open(fresh(path), "wb") as f:
        for name, payload, crc, size in entries:
            chunks = payload if isinstance(payload, list) else [payload]
            compressed = sum(len(c) for c in chunks)
            # version needed, flags, method (8: deflate), time, date (1980-01-01), CRC-32, sizes, name length
            fields = struct.pack("<HHHHHIIIH", 20, 0, 8, 0, 0x21, crc, compressed, size, len(name))
            # made by Unix 2.0; extra, comment, disk, internal attributes; external (mode 0644); local header offset
            central += (b"PK\x01\x02" + struct.pack("<H", 0x0314) + fields
                        + struct.pack("<HHHHII", 0, 0, 0, 0, 0o100644 << 16, f.tell()) + name.encode())
            f.write(b"PK\x03\x04" + fields + struct.pack("<H", 0) + name.encode())
            for chunk in chunks:
                f.write(chunk)
        start = f.tell()
        f.write(central)
        f.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(entries), len(entries), len(central), start, 0))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_hostile.py OUTDIR")
    out = os.path.abspath(sys.argv[1])
    parent = os.path.dirname(out)
    os.makedirs(out, exist_ok=True)
    expected = {}

    def put(name, status, data=None):
        if data is not None:
            write(os.path.join(out, name), data)
        expected[name] = status

    # The file the XXE document points at, outside the input folder.
    secret = os.path.join(parent, "secret.txt")
    write(secret, f"{MARKER}: this file lies outside the input folder and must never be quoted.\n".encode())

    # Good documents.
    docx(os.path.join(out, "good-1.docx"), paragraph("Learning review: Child A") + paragraph(FAMILY)
         + paragraph("Agencies shared information about the risks late."))
    docx(os.path.join(out, "good-2.docx"), paragraph("Safeguarding adults review: Mr B") + paragraph(FAMILY)
         + paragraph("The housing team was not invited to the strategy meeting."))
    put("good-1.docx", "ok")
    put("good-2.docx", "ok")
    put("good.txt", "ok", f"LEARNING REVIEW\n\n{FAMILY}\n\nThere was limited information sharing between agencies.\n".encode())

    # Damaged zips.
    with open(os.path.join(out, "good-1.docx"), "rb") as f:
        good = f.read()
    put("truncated.docx", "failed", good[:len(good) // 2])
    put("corrupt-crc.docx", "failed", flip_crc(good, "word/document.xml"))
    write_bomb(os.path.join(out, "zip-bomb.docx"))
    put("zip-bomb.docx", "failed")
    write_zip(os.path.join(out, "no-document-part.docx"), [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)])
    put("no-document-part.docx", "failed")

    # Hostile XML inside otherwise valid DOCX packages.
    docx(os.path.join(out, "xxe.docx"), paragraph("Quoted: &xxe;"),
         prolog=f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>\n')
    put("xxe.docx", "failed")
    laughs = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(1, 10))
    docx(os.path.join(out, "entity-expansion.docx"), paragraph("&lol9;"), prolog=f"<!DOCTYPE w:document [{laughs}]>\n")
    put("entity-expansion.docx", "failed")
    docx(os.path.join(out, "deep-nesting.docx"), "<w:sdt>" * NESTING + "</w:sdt>" * NESTING)
    put("deep-nesting.docx", "failed")

    # Mislabelled and empty files.
    put("random-bytes.docx", "failed", pseudo_random("reviewlens-hostile", 64 * 1024))
    put("empty.docx", "failed", b"")
    put("ole-compound.docx", "failed", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\x00" * (4096 - 8))
    put("fake.pdf", "failed", b"%PDF-1.4\n" + pseudo_random("fake-pdf", 4096))

    # Awkward text and XML that must still be read.
    put("utf16-no-bom.txt", "ok", f"LEARNING REVIEW\n\n{FAMILY}\nThe referral was rejected twice.\n".encode("utf-16-le"))
    put("invalid-utf8.txt", "ok", b"LEARNING REVIEW\n\nMr A\x92s care plan was not reviewed after the move.\n\n"
        + FAMILY.encode() + b"\n\nThe caf\xe9 worker raised a concern that was not followed up.\n")
    sentence = (FAMILY + " ").encode()
    with open(fresh(os.path.join(out, "long-line-50mb.txt")), "wb") as f:
        block = sentence * (MIB // len(sentence))
        written = 0
        while written < LONG_LINE_BYTES:
            piece = block[:LONG_LINE_BYTES - written]
            f.write(piece)
            written += len(piece)
    put("long-line-50mb.txt", "failed")
    put("unbound-prefix.xml", "ok", document_xml(paragraph(FAMILY), declare=False))

    # A symlink loop and an unreadable file.
    loop = os.path.join(out, "loop")
    os.makedirs(loop, exist_ok=True)
    os.symlink("..", fresh(os.path.join(loop, "self")))
    put("loop/self", "skipped")
    unreadable = os.path.join(out, "unreadable.txt")
    write(unreadable, f"LEARNING REVIEW\n\n{FAMILY}\n".encode())
    os.chmod(unreadable, 0)
    # As root, chmod 000 does not stop reading: the file is then read like any other.
    expected["unreadable.txt"] = "ok" if os.access(unreadable, os.R_OK) else "failed"

    with open(os.path.join(parent, "expected.json"), "w") as f:
        json.dump(expected, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(expected)} inputs to {out}")
    print(f"expected statuses: {os.path.join(parent, 'expected.json')}")
    print(f"secret file (must never be quoted): {secret}")


if __name__ == "__main__":
    main()
