"""Verbs outside CueLexicon with a person-like subject, an object and 'as' / 'to' / 'with' phrase (rate X as, link X to Y)."""
import re,os
from common import *
SRC=os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../../')+'extract/src/main/java/org/dateline/extract/quotes/'
lex=open(SRC+'CueLexicon.java').read()
VERBS=set(re.findall(r'"([a-z]+)"',lex))
def candidates(s,toks,kids,gov,text):
    for t in toks:
        l=t['lemma'].lower()
        if not t['pos'].startswith('VB') or l in VERBS or l in ('be','have','do'): continue
        i=t['index']
        subj=child(kids,i,'nsubj')
        passive=child(kids,i,'aux:pass') is not None
        if subj is None or subj>i or not personlike(toks,kids,subj): continue
        if passive: continue
        o=child(kids,i,'obj')
        if o is None or o<i: continue
        for r,d in kids[i]:
            if r.startswith('obl:') or r.startswith('advcl:') or r=='xcomp':
                prep=r.split(':')[1] if ':' in r else 'x'
                if prep not in ('as','to','with','x'): continue
                if d<o: continue
                lo,hi=subtree(kids,o); lo2,hi2=subtree(kids,d)
                yield dict(cue=i,spk=subj,lo=lo,hi=max(hi,hi2),key=l+'-'+prep); break
