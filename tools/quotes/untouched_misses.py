"""Gold statements with a source that no prediction touches (MISS lines of an `eval quotes --dump DIR` with no
overlapping prediction), grouped by the gold cue's head word and how the parse links it to the source and the
content (basic-dependency path from the content's head, and from the source's head, up to the cue's head; X when
not within 8 steps, ^path when the cue hangs below the source). Parses are read from the NLP cache by text.

usage: python3 tools/quotes/untouched_misses.py DUMPDIR SPLIT N [CLASS]
  SPLIT is train or dev; N examples; CLASS one of N-lex, N-new, V-lex, V-new, J-new, ... (noun/verb/adjective head,
  its lemma in CueLexicon or not; N-nounlex: a NounClauseCue noun) to print that class's constructions and examples.
  NLP_CACHE (default /work/cache/nlp) and POLNEAR (default ../shared/data/quotes/polnear) override the paths.
"""
import collections, glob, json, os, random, re, sys

POLNEAR = os.environ.get('POLNEAR', '../shared/data/quotes/polnear')
CACHE = os.environ.get('NLP_CACHE', '/work/cache/nlp')
SRC = os.path.join(os.path.dirname(__file__), '../../extract/src/main/java/org/dateline/extract/quotes/')


def span(s, key):
    m = re.search(r'(?:^|\t)' + key + r'=\[(.*?)\]@(\d+)-(\d+)', s)
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


def records(f):
    recs, cur = [], None
    for l in open(f, encoding='utf-8').read().split('\n'):
        if not l or l.startswith('QuoteCounts'):
            continue
        if not l.startswith('\t'):
            cur = {'kind': l.split('\t')[0], 'src': span(l, 'src') or span(l, 'speaker'), 'cue': span(l, 'cue')}
            recs.append(cur)
        else:
            for key in ('gold', 'pred'):
                s = span(l, key)
                if s:
                    cur[key] = s
    return recs


def overlaps(a, b):
    return a[1] < b[2] and b[1] < a[2]


def parses(split):
    texts = {open(f, encoding='utf-8').read(): os.path.basename(f) for f in glob.glob(POLNEAR + '/%s/text/*.txt' % split)}
    out = {}
    for f in glob.glob(CACHE + '/*.json'):
        d = json.load(open(f))
        if d['text'] in texts:
            out[texts[d['text']]] = d['sentences']
    return out


def path(gov, a, b):
    p, x = [], a
    while x != b and x >= 0 and len(p) < 8:
        g, rel = gov.get(x, (-1, 'root'))
        p.append(rel)
        x = g
    return p if x == b else None


def head_of(gov, idx):
    s = set(idx)
    heads = [i for i in idx if gov.get(i, (-1, ''))[0] not in s]
    return heads


def rows(dump, split):
    P = parses(split)
    lexicon = set(re.findall(r'"([a-z]+)"', open(SRC + 'CueLexicon.java').read()))
    nouns = set(re.findall(r'"([a-z]+)"', open(SRC + 'NounClauseCue.java').read().split('LIGHT_VERBS')[0]))
    out = []
    for f in sorted(glob.glob(dump + '/*')):
        name = os.path.basename(f)
        text = open(POLNEAR + '/%s/text/%s' % (split, name), encoding='utf-8').read()
        recs = records(f)
        preds = [r['pred'] for r in recs if 'pred' in r]
        for r in recs:
            if r['kind'] != 'MISS' or not r['src'] or not r['cue'] or any(overlaps(p, r['gold']) for p in preds):
                continue
            c, g, src = r['cue'], r['gold'], r['src']
            s = next((s for s in P.get(name, []) if s['begin'] <= c[1] < s['end']), None)
            if not s:
                continue
            toks = s['tokens']
            gov = {e['dependent']: (e['governor'], e['relation']) for e in s['basic']}
            ct = [t['index'] for t in toks if t['begin'] < c[2] and c[1] < t['end']]
            if not ct:
                continue
            heads = head_of(gov, ct)
            h = next((i for i in heads if toks[i]['pos'][:2] in ('NN', 'VB')), heads[0])
            gh = head_of(gov, [t['index'] for t in toks if t['begin'] < g[2] and g[1] < t['end']])
            sh = head_of(gov, [t['index'] for t in toks if t['begin'] < src[2] and src[1] < t['end']])
            cp = path(gov, gh[0], h) if gh else None
            sp = path(gov, sh[0], h) if sh else None
            up = path(gov, h, sh[0]) if sh and sp is None else None
            t = toks[h]
            lemma = t['lemma'].lower()
            kind = {'NN': 'N', 'VB': 'V', 'JJ': 'J'}.get(t['pos'][:2], 'O')
            kind += '-lex' if lemma in lexicon else '-nounlex' if lemma in nouns else '-new'
            out.append(dict(r=r, lemma=lemma, kind=kind, rel=gov.get(h, (-1, ''))[1],
                            cpath='>'.join(cp) if cp else 'X',
                            spath='>'.join(sp) if sp else ('^' + '>'.join(up) if up else 'X'),
                            sent=text[s['begin']:s['end']].replace('\n', ' ')))
    return out


def main(dump, split, n, cls=None):
    rs = rows(dump, split)
    print(len(rs), 'untouched gold statements with a source and a cue')
    print(collections.Counter(r['kind'] for r in rs).most_common())
    for k in sorted(set(r['kind'] for r in rs)) if cls is None else [cls]:
        sel = [r for r in rs if r['kind'] == k]
        print('\n==', k, len(sel), 'lemmas:', collections.Counter(r['lemma'] for r in sel).most_common(15))
        print('   (relation of cue, content path, source path):',
              collections.Counter((r['rel'], r['cpath'], r['spath']) for r in sel).most_common(12))
        if cls is not None:
            random.seed(1)
            random.shuffle(sel)
            for r in sel[:n]:
                rr = r['r']
                print('--', r['lemma'], r['rel'], '|', r['spath'], r['cpath'], '| src=', rr['src'][0][:50],
                      '| cue=', rr['cue'][0], '| gold=', rr['gold'][0][:100])
                print('   ', r['sent'][:250])


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
