"""'released/unveiled' + an object naming something with content (ad, list, details, findings, plan, ...)."""
from common import *
CONTENT={'ad','ads','advertisement','list','detail','finding','excerpt','video','robocall','plan','proposal','memo',
 'analysis','slew','amount','transcript','outline','poll','survey','study','email','letter','spot','commercial','agenda','platform','blueprint','framework','budget','estimate','figure','number','name','result','summary','policy','strategy','report'}
ANY=__import__('os').environ.get('ANY')
def candidates(s,toks,kids,gov,text):
    for t in toks:
        l=t['lemma'].lower()
        if not t['pos'].startswith('VB') or l not in ('release','unveil'): continue
        i=t['index']
        if child(kids,i,'aux:pass') is not None or gov.get(i,(0,''))[1] in ('acl','amod'): continue
        subj=child(kids,i,'nsubj')
        if subj is None or subj>i: continue
        if toks[subj]['pos'].startswith('W'): continue
        if not ANY and not personlike(toks,kids,subj): continue
        o=child(kids,i,'obj')
        if o is None or o<i: continue
        ol=toks[o]['lemma'].lower()
        key=ol if ol in CONTENT else 'other'
        lo,hi=subtree(kids,o)
        yield dict(cue=i,spk=subj,lo=lo,hi=hi,key=key)
