#!/usr/bin/env python3
"""Word recall of `reviewlens extract` against pandoc renderings of ../shared/peers (per file and median/mean).
Usage: python3 tools/peer_recall.py [BINARY]"""
import os, re, subprocess, sys, statistics
from collections import Counter
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'peers')
tok = re.compile(r'[^\W_]+', re.UNICODE)
rows = []
for dp, dn, fn in os.walk(root):
    for f in fn:
        if not f.endswith('.pandoc.txt'): continue
        src = os.path.join(dp, f[:-len('.pandoc.txt')])
        if not os.path.exists(src): continue
        ref = Counter(w.lower() for w in tok.findall(open(os.path.join(dp, f), encoding='utf-8', errors='replace').read()))
        if not ref: continue
        p = subprocess.run([sys.argv[1] if len(sys.argv) > 1 else '.build/release/reviewlens', 'extract', src, '--format', 'text'], capture_output=True, text=True, errors='replace', timeout=60)
        ours = Counter(w.lower() for w in tok.findall(p.stdout))
        inter = sum((ref & ours).values())
        rows.append((inter / sum(ref.values()), src[len(root)+1:], p.returncode, sum(ref.values())))
rows.sort()
print('files', len(rows), 'median', statistics.median(r[0] for r in rows), 'mean', statistics.mean(r[0] for r in rows))
for r in rows:
    if r[0] < 0.9: print('%.3f %s rc=%d words=%d' % r)
