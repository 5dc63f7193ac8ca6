"""Verbs IN CueLexicon with a person-like subject and an object, clause or infinitive after (what our rules miss)."""
import re,os
from common import *
SRC=os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../../extract/src/main/java/org/dateline/extract/quotes/')
lex=open(SRC+'CueLexicon.java').read()
VERBS=set(re.findall(r'"([a-z]+)"',lex))
def candidates(s,toks,kids,gov,text):
    for t in toks:
        l=t['lemma'].lower()
        if not t['pos'].startswith('VB') or l not in VERBS or l in ('be','have','do'): continue
        i=t['index']
        if child(kids,i,'aux:pass') is not None: continue
        if gov.get(i,(0,''))[1] in ('acl','amod'): continue
        subj=child(kids,i,'nsubj')
        if subj is None or subj>i or not personlike(toks,kids,subj): continue
        prt=child(kids,i,'compound:prt'); p=toks[prt]['word'].lower() if prt is not None else ''
        for rel in ('obj','ccomp','xcomp'):
            o=child(kids,i,rel)
            if o is not None and o>i:
                lo,hi=subtree(kids,o)
                yield dict(cue=i,spk=subj,lo=lo,hi=hi,key=l+('_'+p if p else '')+'-'+rel); break
