"""(session 10: train 0.08; CueLexicon verbs with a person agent 6 right of 21, not built) Reduced relatives with a by-agent: "the bill, opposed by House Republicans", "candidates backed by super PACs",
"an issue seized upon by the network": a participle (acl) on a noun, its by-phrase speaks, the noun phrase is the
content. Key: lex/new (verb in CueLexicon or not) + person-like agent; KEY=1 keys by verb."""
import re,os
from common import *
SRC=os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../../extract/src/main/java/org/dateline/extract/quotes/')
ALL=set(re.findall(r'"([a-z]+)"',open(SRC+'CueLexicon.java').read()))
def candidates(s,toks,kids,gov,text):
    for t in toks:
        i=t['index']; l=t['lemma'].lower()
        g,rel=gov.get(i,(-1,''))
        if t['pos']!='VBN' or rel not in ('acl','amod') or g<0 or g>i: continue
        ag=None
        for r,d in kids[i]:
            if r=='obl' and d>i and any(rr=='case' and toks[dd]['word'].lower()=='by' for rr,dd in kids[d]): ag=d;break
        if ag is None: continue
        a=g
        for r,d in kids[g]:
            if d<g and r in ('det','amod','compound','nummod','nmod:poss','advmod','det:predet'): a=min(a,subtree(kids,d)[0])
        p=personlike(toks,kids,ag)
        key=l if os.environ.get('KEY') else ('lex' if l in ALL else 'new')+'-'+('pers' if p else 'thing')
        yield dict(cue=i,spk=ag,lo=a,hi=g,key=key)
