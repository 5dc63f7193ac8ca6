"""Contact relatives: "the style he prefers", "everything they wanted", "an arrangement the campaign criticized":
a cue verb without object or clause whose subject follows a noun directly (the parser hangs the verb anywhere:
acl:relcl, parataxis, dep ...); the noun with its left modifiers is the content, the verb's subject speaks.
KEY=1 keys by verb; default by lexicon class. PERS=1 person-like subjects only."""
import re,os
from common import *
SRC=os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../../extract/src/main/java/org/dateline/extract/quotes/')
lex=open(SRC+'CueLexicon.java').read()
def block(name):
    m=re.search(name+r' = words\((.*?)\);',lex,re.S); return set(re.findall(r'"([a-z]+)"',m.group(1))) if m else set()
OBJ=block('OBJECT_VERBS'); CL=block('CLAUSE_VERBS'); INF=block('INFINITIVE_VERBS'); SP=block('BARE_SPEECH'); ST=block('STANCE_VERBS')
ALL=set(re.findall(r'"([a-z]+)"',lex))
EXTRA=set(os.environ.get('EXTRA','').split(','))
def candidates(s,toks,kids,gov,text):
    for t in toks:
        i=t['index']; l=t['lemma'].lower()
        g,rel=gov.get(i,(-1,''))
        if not t['pos'].startswith('VB') or (l not in ALL and l not in EXTRA and not os.environ.get('ANYVERB')) or l in ('be','have','do'): continue
        if child(kids,i,'aux:pass') is not None: continue
        if any(r in ('obj','ccomp','xcomp','iobj','csubj') for r,d in kids[i] if d>i): continue
        subj=child(kids,i,'nsubj')
        if subj is None or subj>i: continue
        lo=subtree(kids,subj)[0]
        if any(d<lo for r,d in kids[i]): continue   # nothing of the verb's before its subject ("which", "that", adverbials)
        n=lo-1
        if n<1 or not (toks[n]['pos'].startswith('NN') or toks[n]['word'].lower() in ('everything','something','anything','nothing','all')): continue
        if toks[subj]['pos'].startswith('W'): continue
        if gov.get(n,(-1,''))[0]==i: continue
        if toks[n]['ner'] in ('DATE','TIME','DURATION','SET'): continue  # "said Wednesday he agrees"
        if t['pos']=='VBN' and child(kids,i,'aux') is None: continue  # "the language embraced by": a participle
        a=n
        for r,d in kids[n]:
            if d<n and r in ('det','amod','compound','nummod','nmod:poss','advmod','case') : a=min(a,subtree(kids,d)[0])
        if toks[a]['pos']=='IN': a+=1
        if os.environ.get('PERS') and not personlike(toks,kids,subj): continue
        cat='obj' if l in OBJ or l in ST else 'speech' if l in SP else 'clause' if l in CL else 'inf' if l in INF else 'other'
        key=l if os.environ.get('KEY') else cat+'/'+rel
        yield dict(cue=i,spk=subj,lo=a,hi=n,key=key)
