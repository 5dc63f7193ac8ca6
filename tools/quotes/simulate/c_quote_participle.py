"""A participle after a comma that hangs on the cue of a quotation ("“...,” Lee said, going on to praise ...",
"said Lee, referring to ..."): a statement of the cue's speaker. KEY=rel groups by relation instead of lemma."""
import os
from common import *
SAY={'say','tell','add','write','explain','note','argue','continue','insist','recall','declare','remark','tweet','quip','joke','ask','reply','respond','warn','claim','state','conclude','acknowledge','admit','complain'}
MARKS=('“','”','"',"''",'``')
def candidates(s,toks,kids,gov,text):
    for t in toks:
        i=t['index']
        if t['pos']!='VBG' or i==0 or toks[i-1]['word']!=',': continue
        if i not in gov: continue
        v,rel=gov[i]
        if v<0 or v>i or toks[v]['lemma'].lower() not in SAY: continue
        # the cue must quote: a quotation mark in the sentence before the participle
        if not any(toks[k]['word'] in MARKS for k in range(0,i)): continue
        spk=child(kids,v,'nsubj')
        if spk is None: continue
        lo,hi=subtree(kids,i)
        if lo<i: lo=i+1
        if hi<=i: continue
        key=rel if os.environ.get('KEY')=='rel' else t['lemma'].lower()
        yield dict(cue=i,spk=spk,lo=i+1,hi=hi,key=key)
