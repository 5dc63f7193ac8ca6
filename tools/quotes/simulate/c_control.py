"""Gerund on spend/begin/keep: the spender speaks; infinitive after the object of send/ask/force: the object speaks (session 10: train 0.16)."""
import os
from common import *
SPEND={'spend','devote','pass','waste','begin','start','keep','continue','open','end','close','kick','wrap'}
SEND={'send','dispatch','ask','urge','invite','tell','encourage','call','recruit','hire','enlist','assign','deploy','direct','instruct','get','allow','let','persuade','pressure','push','press','force','order','lead','prompt','inspire'}
def content(kids,i):
    his=[d for r,d in kids[i] if d>i and r in ('obj','ccomp','xcomp','iobj','obl')]
    if not his: return None
    return min(subtree(kids,d)[0] for d in his), max(subtree(kids,d)[1] for d in his)
def candidates(s,toks,kids,gov,text):
    for t in toks:
        i=t['index']
        g,rel=gov.get(i,(-1,''))
        if g<0 or not t['pos'].startswith('VB'): continue
        gl=toks[g]['lemma'].lower()
        c=content(kids,i)
        if c is None: continue
        if t['pos']=='VBG' and gl in SPEND and rel in ('xcomp','advcl','dep','ccomp') and i>g:
            subj=child(kids,g,'nsubj')
            if subj is None or not personlike(toks,kids,subj): continue
            yield dict(cue=i,spk=subj,lo=c[0],hi=c[1],key='spend:'+(gl if not os.environ.get('V') else t['lemma'].lower()))
        if t['pos']=='VB' and gl in SEND and rel=='xcomp' and i>g:
            o=child(kids,g,'obj')
            if o is None or o>i or not personlike(toks,kids,o): continue
            yield dict(cue=i,spk=o,lo=c[0],hi=c[1],key='send:'+(gl if not os.environ.get('V') else t['lemma'].lower()))
