"""WRONG-SPEAKER matches whose predicted cue is not the gold cue ("other-cue" of /work/tools/ws.py) in an
`eval quotes --dump DIR`, classed by where the gold cue lies relative to ours on the basic dependency parse
(gold-above: our cue hangs below the gold cue, our nested statement stands in for the outer one; gold-below: the
gold cue hangs below ours, our content swallowed it; unrelated: same sentence, neither above the other;
other-sent), by before/after in the sentence, by whether any prediction has the gold cue at all (outer-predicted:
the outer statement is there but matched elsewhere; outer-unpredicted: its cue is not recognised or it was dropped
as nested), and by whether the gold cue's verb is in CueLexicon. Parses come from the shared NLP cache, found by
the text (any cached pipeline configuration will do for this).

usage: python3 tools/quotes/other_cue.py DUMPDIR SPLIT N [CLASS-PREFIX [SEED]]
  SPLIT is train or dev; N examples printed for the classes starting with CLASS-PREFIX (default gold-above).
  Environment: POLNEAR (default ../shared/data/quotes/polnear), NLP_CACHE (default /work/cache/nlp).
"""
import collections, glob, json, os, random, re, sys

POLNEAR = os.environ.get('POLNEAR', '../shared/data/quotes/polnear')
CACHE = os.environ.get('NLP_CACHE', '/work/cache/nlp')
LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       '../../extract/src/main/java/org/dateline/extract/quotes/CueLexicon.java')


def span(s, key):
    m = re.search(key + r'=\[(.*?)\]@(\d+)-(\d+)', s)
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


def lexicon():
    src = open(LEXICON, encoding='utf-8').read()
    words = set()
    for name in ('CLAUSE_VERBS', 'INFINITIVE_VERBS', 'BARE_SPEECH', 'OBJECT_VERBS', 'STANCE_VERBS'):
        m = re.search(name + r' = words\((.*?)\);', src, re.S)
        words |= set(re.findall(r'"([a-z]+)"', m.group(1)))
    return words


def parses(split):
    """text name -> sentences (tokens, heads) from the NLP cache, matched by the whole text."""
    want = {}
    for f in glob.glob('%s/%s/text/*.txt' % (POLNEAR, split)):
        want[open(f, encoding='utf-8').read()] = os.path.basename(f)
    out = {}
    for f in glob.glob(CACHE + '/*.json'):
        d = json.load(open(f, encoding='utf-8'))
        name = want.get(d['text'])
        if name and name not in out:
            out[name] = [{'begin': s['begin'], 'end': s['end'],
                          'tokens': [(t['begin'], t['end'], t['word'], t['lemma'], t['pos']) for t in s['tokens']],
                          'head': {e['dependent']: (e['governor'], e['relation']) for e in s['basic']}}
                         for s in d['sentences']]
    return out


def locate(sents, b, e):
    for si, s in enumerate(sents):
        for ti, t in enumerate(s['tokens']):
            if t[0] < e and b < t[1]:
                return si, ti
    return None


def cue_head(s, b, e):
    toks = [i for i, t in enumerate(s['tokens']) if t[0] < e and b < t[1]]
    for i in toks:
        if s['head'].get(i, (-1, ''))[0] not in toks:
            return i
    return toks[0] if toks else None


def path_up(s, frm, to):
    p, x = [], frm
    while x is not None and x != -1 and len(p) < 12:
        if x == to:
            return p
        g, r = s['head'].get(x, (-1, '?'))
        p.append(r)
        x = g
    return None


def gold_verb(s, b, e):
    verbs = [t for t in s['tokens'] if t[0] < e and b < t[1] and t[4].startswith('VB')
             and t[3].lower() not in ('be', 'have', 'do', 'will')]
    return verbs[0][3].lower() if verbs else None


def main(d, split, n, prefix, seed):
    P = parses(split)
    lex = lexicon()
    rows = []
    for f in sorted(glob.glob(d + '/*')):
        name = os.path.basename(f)
        sents = P.get(name)
        text = open('%s/%s/text/%s' % (POLNEAR, split, name), encoding='utf-8').read()
        lines = open(f, encoding='utf-8').read().split('\n')
        predicted = [(int(m.group(1)), int(m.group(2))) for l in lines
                     for m in re.finditer(r'(?:pred-cue=|^FALSE-ALARM.*?cue=)\[.*?\]@(\d+)-(\d+)', l)]
        for i, l in enumerate(lines):
            if not l.startswith('WRONG-SPEAKER'):
                continue
            gcue, gsrc = span(l, 'cue'), span(l, 'src')
            p = next((x for x in lines[i + 1:i + 5] if x.startswith('\tpred-speaker')), '')
            pcue, psp = span(p, 'pred-cue'), span(p, 'pred-speaker')
            if not gsrc or not gcue or not pcue or not psp or (pcue[1] < gcue[2] and gcue[1] < pcue[2]) or not sents:
                continue
            gl, pl = locate(sents, gcue[1], gcue[2]), locate(sents, pcue[1], pcue[2])
            side = 'before' if gcue[1] < pcue[1] else 'after'
            path = ''
            if not gl or not pl or gl[0] != pl[0]:
                where = 'other-sent'
            else:
                s = sents[gl[0]]
                gh, ph = cue_head(s, gcue[1], gcue[2]), cue_head(s, pcue[1], pcue[2])
                up, down = path_up(s, ph, gh), path_up(s, gh, ph)
                where = 'gold-above' if up is not None else 'gold-below' if down is not None else 'unrelated'
                path = '>'.join(up if up is not None else down or [])
            outer = 'outer-predicted' if any(b < gcue[2] and gcue[1] < e for b, e in predicted) else 'outer-unpredicted'
            lemma = gold_verb(sents[gl[0]], gcue[1], gcue[2]) if gl else None
            known = 'known' if lemma in lex else 'verb-unknown' if lemma else 'nonverb'
            sentence = text[sents[gl[0]]['begin']:sents[gl[0]]['end']] if gl else ''
            rows.append(('%s-%s' % (where, side), outer, known, path, name, gsrc[0], gcue[0], psp[0], pcue[0], sentence))
    print(collections.Counter(r[0] for r in rows).most_common())
    print(collections.Counter((r[0].rsplit('-', 1)[0], r[1], r[2]) for r in rows).most_common())
    chosen = [r for r in rows if r[0].startswith(prefix)]
    print(collections.Counter(r[6].lower() for r in chosen).most_common(40))
    random.seed(seed)
    for r in random.sample(chosen, min(n, len(chosen))):
        print('--', r[0], r[1], r[2], r[3], r[4][:40])
        print('   gold:', r[5], '|', r[6], '   ours:', r[7], '|', r[8])
        print('   S:', r[9].replace('\n', ' ')[:300])


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else 'gold-above',
         int(sys.argv[5]) if len(sys.argv) > 5 else 1)
