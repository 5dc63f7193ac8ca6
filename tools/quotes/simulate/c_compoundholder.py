"""(session 10: train 0.15, not built) Nouns of saying whose holder is a name or group word before them instead of a possessor: "the Sanders claim to
have ...", "Republican calls for a special prosecutor", "the DOJ demand that ...". Content: the that/to clause
(NounClauseCue nouns) or the preposition's object (PrepositionalCue nouns). Key: holder kind + content kind."""
import re,os
from common import *
SRC=os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../../extract/src/main/java/org/dateline/extract/quotes/')
nc=open(SRC+'NounClauseCue.java').read()
NOUNS=set(re.findall(r'"([a-z]+)"',nc.split('LIGHT_VERBS')[0]))
pc=open(SRC+'PrepositionalCue.java').read().split('NOUNS = Map.ofEntries(')[1].split('private PrepositionalCue')[0]
PREP={}
for m in re.finditer(r'Map\.entry\("(\w+)", Set\.of\((.*?)\)\)',pc,re.S):
    PREP[m.group(1)]=set(re.findall(r'"([a-z]+)"',m.group(2)))
PARTY={'republican','democratic','democrat','gop','conservative','liberal','progressive','evangelical'}
def candidates(s,toks,kids,gov,text):
    for t in toks:
        n=t['index']; l=t['lemma'].lower()
        if not t['pos'].startswith('NN') or child(kids,n,'nmod:poss') is not None: continue
        h=None;kind=None
        for r,d in kids[n]:
            if d<n and r=='compound' and toks[d]['ner'] in ('PERSON','ORGANIZATION'): h=d;kind='ner'
            elif d<n and r in ('amod','compound') and (toks[d]['word'].lower() in PARTY or toks[d]['ner']=='NATIONALITY'): h=d;kind='party'
        if h is None: continue
        if l in NOUNS:
            for r,d in kids[n]:
                if d>n and r in ('acl','ccomp'):
                    m=child(kids,d,'mark')
                    if m is not None and (toks[m]['word'].lower()=='that' or toks[m]['pos']=='TO'):
                        lo,hi=subtree(kids,d); lo=m+1 if m==lo else lo
                        yield dict(cue=n,spk=h,lo=lo,hi=hi,key=kind+'-clause'); break
            else:
                pass
        for r,d in kids[n]:
            if d>n and r=='nmod':
                c=child(kids,d,'case')
                if c is not None and l in PREP.get(toks[c]['word'].lower(),()):
                    lo,hi=subtree(kids,d); yield dict(cue=n,spk=h,lo=c+1,hi=hi,key=kind+'-prep'); break
