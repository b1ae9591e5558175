#!/bin/sh
# Memory and time of one large seed (issue 9): builds made of the reference seed repeated to 1.3 MB and
# 20 MB (many turns), and a 20 MB seed whose answer is one single line, each under -Xmx512m, beside the
# 12 KB reference seed as the peer measured in the same run. Prints wall seconds and peak RSS.
# Usage: bench/seed-memory.sh [WORKDIR]   (needs target/duidu.jar: mvn -q -DskipTests package)
set -eu
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
jar=target/duidu.jar
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
src = open('seeds/000_8e6aaae491def166.txt', encoding='utf-8').read()
lead, body = src.split('\n', 1)
def site(name, text):
    os.makedirs(f'{work}/{name}/seeds', exist_ok=True)
    open(f'{work}/{name}/seeds/s.txt', 'w', encoding='utf-8').write(text)
def repeated(size):
    out = [lead]
    while sum(len(x.encode()) for x in out) < size:
        out.append(body)
    return '\n'.join(out)
site('peer-12k', src)
site('turns-1.3m', repeated(1_300_000))
site('turns-20m', repeated(20_000_000))
line = '记者：请问？\n陈绿平：'
one = body.replace('\n', '')
while len(line.encode()) < 20_000_000:
    line += one
site('line-20m', line + '\n')
PY
for s in peer-12k turns-1.3m turns-20m line-20m; do
  for cmd in check build; do
    /usr/bin/time -f "$s $cmd: %e s wall, %M KB peak RSS, exit %x" \
      java -Xmx512m -jar "$jar" $cmd --site "$work/$s" $( [ $cmd = build ] && echo --out "$work/$s-out" ) >/dev/null 2>"$work/$s-$cmd.err" || true
    tail -1 "$work/$s-$cmd.err"
  done
done
