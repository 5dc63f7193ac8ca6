"""Plural "in (the) polls" framing a clause, the polls as source (session 10: train precision 0.06, not built)."""
import os
from common import *
F={'poll','survey','study','analysis','average','tally','count','estimate','forecast','projection','census','polling'}
def clause_above(toks,kids,gov,n):
    t=gov.get(n,(-1,''))[0]
    for _ in range(4):
        if t<0: return -1
        if toks[t]['pos'].startswith('VB') or child(kids,t,'nsubj') is not None or child(kids,t,'cop') is not None: return t
        t=gov.get(t,(-1,''))[0]
    return -1
def candidates(s,toks,kids,gov,text):
    for t in toks:
        n=t['index']; l=t['lemma'].lower()
        if l not in F: continue
        if t['pos']=='NN' and l!='polling': continue
        c=child(kids,n,'case')
        if c is None or toks[c]['word'].lower() not in ('in','atop','among'): continue
        cl=clause_above(toks,kids,gov,n)
        if cl<0: continue
        lo,hi=subtree(kids,cl); plo,phi=subtree(kids,n)
        if plo-1>=lo and (plo-1-lo)>=(hi-phi-1): a,b=lo,plo-1
        elif phi+1<=hi: a,b=phi+1,hi
        else: continue
        mods=[r for r,d in kids[n] if r not in ('case','det','punct')]
        det=child(kids,n,'det')
        key=toks[c]['word'].lower()+'-'+t['pos']+'-'+('mod' if mods else ('det' if det is not None else 'bare'))
        if os.environ.get('DETAIL'): key+='-'+','.join(sorted(set(mods)))
        yield dict(cue=c,spk=n,lo=a,hi=b,key=key)
