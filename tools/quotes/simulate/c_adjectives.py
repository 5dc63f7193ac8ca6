"""Copular adjectives outside AdjectiveCue with a prepositional phrase (key: the preposition); PERSON=1 keeps person-like subjects, CCOMP=1 adds clauses."""
import re,os
from common import *
SRC=os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../../extract/src/main/java/org/dateline/extract/quotes/')
src=open(SRC+'AdjectiveCue.java').read()
ADJ=set(re.findall(r'Map.entry\("([a-z]+)"',src))|{'eager','unwilling','reluctant','keen','hesitant','loath'}
PERSON=os.environ.get('PERSON')
def case(toks,kids,d):
    for r,x in kids[d]:
        if r in ('case','mark'): return toks[x]['word'].lower()
    return ''
def candidates(s,toks,kids,gov,text):
    for t in toks:
        if not (t['pos'].startswith('JJ') or t['pos']=='VBN'): continue
        i=t['index']
        if child(kids,i,'cop') is None and child(kids,i,'aux:pass') is None: continue
        w=t['word'].lower()
        if w in ADJ: continue
        subj=child(kids,i,'nsubj')
        if subj is None: subj=child(kids,i,'nsubj:pass')
        if subj is None or subj>i: continue
        p=personlike(toks,kids,subj)
        if PERSON and not p: continue
        for r,d in kids[i]:
            if d<=i: continue
            if r in ('obl','advcl') and case(toks,kids,d):
                c=case(toks,kids,d)
                if r=='advcl' and c not in ('about','of','with','on','by'): continue
                lo,hi=subtree(kids,d)
                while lo<d and toks[lo]['pos']=='IN': lo+=1
                yield dict(cue=i,spk=subj,lo=lo,hi=hi,key=c,adj=w); break
            if r=='ccomp' and os.environ.get('CCOMP'):
                lo,hi=subtree(kids,d)
                yield dict(cue=i,spk=subj,lo=lo,hi=hi,key='ccomp',adj=w); break
