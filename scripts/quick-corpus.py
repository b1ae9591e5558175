#!/usr/bin/env python3
"""Quick corpus for profiling the build: N interviews made of the repository seed's own lines (lead, 8
questions, 24 answers each, 5 characters varied), deterministic per interview number. Usage:
scripts/quick-corpus.py N DIR. bench/scale.sh makes the real benchmark corpus."""
import sys, os, random, shutil
n = int(sys.argv[1]); out = sys.argv[2]
seed = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'seeds', '000_8e6aaae491def166.txt'), encoding='utf-8').read().splitlines()
lead, turns = seed[0], [l for l in seed[1:] if l.strip()]
qs = [t for t in turns if t.startswith('記者')]
ans = [t for t in turns if not t.startswith('記者')]
chars = list(set(''.join(ans)) - set(':,。、“”()'))
chars.sort()
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out + '/seeds')
for i in range(n):
    r = random.Random(i)
    lines = [lead]
    for k in range(8):
        lines.append(r.choice(qs))
        for j in range(3):
            a = r.choice(ans)
            # vary: swap a few characters so each interview has its own text
            a = list(a)
            for _ in range(5):
                p = r.randrange(len(a) - 1) + 1
                if a[p] not in ':,。、“”()': a[p] = r.choice(chars)
            lines.append(''.join(a))
    name = f'{i:05d}_i{i}'
    open(f'{out}/seeds/{name}.txt', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    open(f'{out}/seeds/{name}.yaml', 'w', encoding='utf-8').write(f'title: 訪談第{i}號\ndate: 2023-{1 + i % 12:02d}-{1 + i % 28:02d}\n')
