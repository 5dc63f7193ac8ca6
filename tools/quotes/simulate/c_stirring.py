"""Active verbs of stirring feelings with an object: the object (people) speaks, the subject phrase is the content."""
import os
from common import *
STIR=set('anger alarm upset startle infuriate outrage enrage frustrate worry disturb trouble irritate annoy offend dismay rattle unsettle unnerve appall horrify alienate antagonize irk rankle delight thrill resonate'.split())
def candidates(s,toks,kids,gov,text):
    for t in toks:
        i=t['index']; l=t['lemma'].lower()
        if not t['pos'].startswith('VB') or l not in STIR: continue
        if child(kids,i,'aux:pass') is not None or child(kids,i,'nsubj:pass') is not None: continue
        if t['pos']=='VBN' and child(kids,i,'aux') is None: continue
        if t['pos']=='VBG' and child(kids,i,'aux') is None: continue
        subj=child(kids,i,'nsubj')
        obj=child(kids,i,'obj')
        if obj is None and l=='resonate':
            for r,d in kids[i]:
                if r.startswith('obl') and any(toks[c]['word'].lower()=='with' for rr,c in kids[d] if rr=='case'): obj=d
        if subj is None or obj is None or obj<i or subj>i: continue
        if toks[subj]['pos'].startswith('W') or toks[subj]['pos']=='DT': continue
        st=toks[subj]
        if st['word'].lower() in PRON or st['ner']=='PERSON' or st['lemma'].lower() in PEOPLE: continue  # "he upset Bush": a person acting
        if t['word'].isupper(): continue  # all-caps headlines
        pl=personlike(toks,kids,obj)
        if os.environ.get('PERS') and not pl: continue
        lo,hi=subtree(kids,subj)
        sp=personlike(toks,kids,subj)
        yield dict(cue=i,spk=obj,lo=lo,hi=hi,key=l)
