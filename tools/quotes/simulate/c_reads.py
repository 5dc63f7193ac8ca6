"""'read(s)' next to a quotation: the words a sign, email, statement or headline carries ("“...,” the email read",
"“...,” read the statement", "One sign read: “...”"). The speaker is the subject, or the object of an inverted
"read"; the content is the adjacent quotation."""
from common import *
OPEN=('“','``','"')
CLOSE=('”',"''",'"')
def candidates(s,toks,kids,gov,text):
    n=len(toks)
    for t in toks:
        i=t['index']
        if t['lemma'].lower()!='read' or not t['pos'].startswith('VB') or t['pos'] in ('VBG','VBN'): continue
        subj=child(kids,i,'nsubj')
        obj=child(kids,i,'obj')
        spk=None; lo=hi=None
        # trailing: the quotation closes right before the subject or the verb
        start=i if subj is None or subj>i else subtree(kids,subj)[0]
        if start>=2 and toks[start-1]['word'] in CLOSE and toks[start-2]['word'] in (',','!','?','.'):
            hi=start-2 if toks[start-2]['word']==',' else start-2
            k=start-3
            while k>=0 and toks[k]['word'] not in OPEN: k-=1
            lo=k+1 if k>=0 else 0
            spk=subj if subj is not None and subj<i else (subj if subj is not None else obj)
        elif i+2<n and toks[i+1]['word'] in (':',',') and toks[i+2]['word'] in OPEN:
            lo=i+3; k=lo
            while k<n and toks[k]['word'] not in CLOSE: k+=1
            hi=k-1
            spk=subj
        elif i+1<n and toks[i+1]['word'] in OPEN:
            lo=i+2; k=lo
            while k<n and toks[k]['word'] not in CLOSE: k+=1
            hi=k-1
            spk=subj
        if spk is None or lo is None or hi<lo: continue
        yield dict(cue=i,spk=spk,lo=lo,hi=hi,key=toks[spk]['lemma'].lower())
