"""A poll, survey, study, number or report as subject of any verb with an object or clause (session 10: train 0.21, "has X leading" 3 of 8)."""
from common import *
F={'poll','survey','study','analysis','average','tally','estimate','forecast','projection','census','polling','number','data','result','figure','report','research','exit'}
def candidates(s,toks,kids,gov,text):
    for t in toks:
        if not t['pos'].startswith('VB'): continue
        i=t['index']
        if child(kids,i,'aux:pass') is not None: continue
        subj=child(kids,i,'nsubj')
        if subj is None or subj>i or toks[subj]['lemma'].lower() not in F: continue
        his=[d for r,d in kids[i] if d>i and r in ('obj','ccomp','xcomp','iobj','obl')]
        if not his: continue
        lo=min(subtree(kids,d)[0] for d in his); hi=max(subtree(kids,d)[1] for d in his)
        yield dict(cue=i,spk=subj,lo=lo,hi=hi,key=t['lemma'].lower()+'/'+toks[subj]['lemma'].lower())
