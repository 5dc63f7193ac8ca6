"""(session 10: train 0.23, 12 right of 52, not built) Free relatives "what X said/saw/promised": a cue verb whose object is "what" before its subject; PolNeAR marks
"what" as the content and the subject as the source. Key: lexicon class + the verb's relation (KEY=1: by verb)."""
import re,os
from common import *
SRC=os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../../extract/src/main/java/org/dateline/extract/quotes/')
lex=open(SRC+'CueLexicon.java').read()
def block(name):
    m=re.search(name+r' = words\((.*?)\);',lex,re.S); return set(re.findall(r'"([a-z]+)"',m.group(1))) if m else set()
OBJ=block('OBJECT_VERBS'); CL=block('CLAUSE_VERBS'); SP=block('BARE_SPEECH'); ST=block('STANCE_VERBS'); INF=block('INFINITIVE_VERBS')
ALL=OBJ|CL|SP|ST|INF
WORDS=set(os.environ.get('WORDS','what').split(','))
def candidates(s,toks,kids,gov,text):
    for t in toks:
        i=t['index']; l=t['lemma'].lower()
        if not t['pos'].startswith('VB') or (l not in ALL and not os.environ.get('ANYVERB')) or l in ('be','have','do'): continue
        w=None
        for r,d in kids[i]:
            if d<i and toks[d]['word'].lower() in WORDS and r in ('obj','obl','dep','nsubj:pass'): w=d
        if w is None:
            # "what ... thinking about": the word hangs on the preposition's object slot of the verb
            continue
        subj=child(kids,i,'nsubj')
        if subj is None or not (w<subj<i): continue
        cat='obj' if l in OBJ or l in ST else 'speech' if l in SP else 'clause' if l in CL else 'inf'
        rel=gov.get(i,(-1,''))[1]
        key=l if os.environ.get('KEY') else cat+'/'+rel
        yield dict(cue=i,spk=subj,lo=w,hi=w,key=key)
