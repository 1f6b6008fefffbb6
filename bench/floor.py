#!/usr/bin/env python3
"""The floor, part 1: in ONE process, read every DOCX's word/document.xml (what `unzip -p` does) and write them
out for `xmllint --stream`; also read every .txt. Usage: python3 bench/floor.py CORPUS_DIR OUT_DIR"""
import glob, os, sys, zipfile
os.makedirs(sys.argv[2], exist_ok=True)
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*"))):
    name = os.path.basename(path)
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            open(os.path.join(sys.argv[2], name + ".xml"), "wb").write(z.read("word/document.xml"))
    elif path.endswith(".txt"):
        open(path, "rb").read()
