#!/usr/bin/env bash
# Makes a site project of N interviews by copying the repository's seed under N slugs (the
# archive-scale corpus of engineer `bench`, bench/scale.sh, can be used instead: any site works).
# Usage: bench/serve/corpus.sh N DIR
set -euo pipefail
N="$1"; DIR="$2"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SEED="$ROOT/seeds/000_8e6aaae491def166"
rm -rf "$DIR"; mkdir -p "$DIR/seeds"
if [ "$N" = "seed" ]; then
  cp -r "$ROOT/seeds" "$ROOT/pages" "$DIR/"
  exit 0
fi
for i in $(seq -f '%05g' 1 "$N"); do
  cp "$SEED.txt" "$DIR/seeds/i$i.txt"
  sed "s/^title: /title: 第${i}篇 /" "$SEED.yaml" > "$DIR/seeds/i$i.yaml"
done
