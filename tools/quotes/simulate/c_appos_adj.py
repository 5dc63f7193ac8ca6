"""Adjectives and participles of feeling set off after a person-like noun ("Democrats, worried about the deficit,
...", "Clinton, keen to ..."): the noun is the speaker, what the adjective takes is the content. Key: adjective-relation."""
from common import *
def candidates(s,toks,kids,gov,text):
    for t in toks:
        if not (t['pos'].startswith('JJ') or t['pos']=='VBN'): continue
        i=t['index']
        g,rel=gov.get(i,(None,''))
        if g is None or rel not in ('amod','acl','appos','dep','advcl','xcomp','parataxis','conj'): continue
        if i==0 or toks[i-1]['word']!=',' : continue
        # speaker: the noun it hangs on when before it, else the subject of the clause it hangs on
        spk=None
        if g<i and personlike(toks,kids,g) and rel in ('amod','acl','appos','dep'): spk=g
        elif rel in ('advcl','xcomp','dep','parataxis','conj'):
            sb=child(kids,g,'nsubj')
            if sb is not None and personlike(toks,kids,sb): spk=sb
        if spk is None: continue
        for r,d in kids[i]:
            if d<=i: continue
            if r.startswith('obl') or r in ('xcomp','ccomp') or r.startswith('advcl'):
                lo,hi=subtree(kids,d)
                while lo<d and toks[lo]['pos'] in ('IN','TO'): lo+=1
                yield dict(cue=i,spk=spk,lo=lo,hi=hi,key=t['word'].lower()+'-'+rel); break
