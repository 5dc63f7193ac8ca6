#!/bin/bash
# Measures keeping (instead of dropping) nested statements per class of dependency path between the inner and
# the outer cue. First `git apply tools/quotes/nested_keep.patch` (a measuring hook, not for committing), then:
#   tools/quotes/nested_keep_run.sh train 'conj' 'parataxis.*'      (one eval per regex over NestedPath values)
#   EXTRA=-Ddateline.nested.whole=1 tools/quotes/nested_keep_run.sh train ccomp   (keep without cutting the outer)
# -Ddateline.nested.log=1 in DATELINE_JAVA_OPTS prints one NESTED line per dropped pair (path, kept, outer content).
# Appends "set class predicted matched contentF1 P R attrF1 R*gold" to /tmp/nested_keep_results.txt.
cd "$(dirname "$0")/../.."
set=$1; shift
out=$(mktemp)
for c in "$@"; do
  DATELINE_JAVA_OPTS="-Xmx5g -XX:+UseParallelGC -Ddateline.nested.keep=$c $EXTRA" nice ./dateline eval quotes \
      --gold ../shared/data/quotes/polnear/$set --nlp-cache /work/cache/nlp > "$out" 2>/dev/null
  python3 -c "
import json,sys
d=json.load(open(sys.argv[3]))['dateline']
print(sys.argv[1], sys.argv[2], d['predicted'], d['matched'], round(d['content']['f1'],4), round(d['attribution']['precision'],4),
      round(d['attribution']['recall'],4), round(d['attribution']['f1'],4), round(d['attribution']['recall']*d['gold']), flush=True)
" "$set" "$c" "$out" | tee -a /tmp/nested_keep_results.txt
done
rm -f "$out"
