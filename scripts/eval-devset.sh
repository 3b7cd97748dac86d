#!/usr/bin/env bash
# Score extraction on a folder of raw pages + gold (default: the dev set written apart from the code).
#   bash scripts/eval-devset.sh [raw-dir] [gold-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
raw=${1:-tests/fixtures/devset/raw}
gold=${2:-tests/fixtures/devset/gold}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/content/articles"
cp -r content/actors content/lexicon content/curation "$work/content/"
cp "$raw"/*.txt "$work/content/articles/"
node bin/dateline.mjs extract --content "$work/content" --keep-going --no-cache > "$work/timeline.json" 2> "$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
node ../shared/eval/score.mjs --export "$work/timeline.json" --gold "$gold" "${@:3}"
