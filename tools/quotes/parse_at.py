"""The basic dependency parse (from the shared NLP cache) of the sentence at a character offset of a PolNeAR text:
one token a line with its tag, relation and governor. Builds an index of the cache once (/tmp/dateline-nlp-cache-index.pkl;
delete it when texts were added to the cache).

usage: python3 tools/quotes/parse_at.py SPLIT NAME_PREFIX OFFSET   (from the worktree root; POLNEAR, NLP_CACHE override paths)
"""
import sys,json,os,glob,pickle,hashlib
IDX='/tmp/dateline-nlp-cache-index.pkl'
def index():
    if os.path.exists(IDX): return pickle.load(open(IDX,'rb'))
    d={}
    for f in glob.glob(os.environ.get('NLP_CACHE','/work/cache/nlp')+'/*.json'):
        with open(f,encoding='utf-8') as h: head=h.read(400)
        raw=head[9:360]; t=None
        if '","sentences"' in raw: raw=raw[:raw.index('","sentences"')]
        for cut in range(0,8):
            try: t=json.loads('"'+raw[:len(raw)-cut]+'"'); break
            except Exception: pass
        if t is None: continue
        d.setdefault(t[:300],[]).append(f)
    pickle.dump(d,open(IDX,'wb')); return d
def load(split,name):
    text=open(os.environ.get('POLNEAR','../shared/data/quotes/polnear')+'/%s/text/%s'%(split,name),encoding='utf-8').read()
    d=index()
    for key,fs in d.items():
        if key[:150]==text[:150]:
            for f in fs:
                j=json.load(open(f,encoding='utf-8'))
                if len(j['text'])>=len(text)-5: return j
    return None
if __name__=='__main__':
    split,name,off=sys.argv[1],sys.argv[2],int(sys.argv[3])
    if not name.endswith('.txt'):
        name=[os.path.basename(x) for x in glob.glob(os.environ.get('POLNEAR','../shared/data/quotes/polnear')+'/%s/text/%s*'%(split,name))][0]
    j=load(split,name)
    for s in j['sentences']:
        if s['begin']<=off<s['end']:
            toks=s['tokens']; gov={}
            for e in s['basic']: gov[e['dependent']]=(e['governor'],e['relation'])
            for t in toks:
                g,r=gov.get(t['index'],(-9,'?'))
                print('%3d %-15s %-5s %-12s <- %3d %s'%(t['index'],t['word'],t['pos'],r,g,toks[g]['word'] if g>=0 else 'ROOT'))
