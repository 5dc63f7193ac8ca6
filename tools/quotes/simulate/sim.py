"""Simulate a candidate rule offline before writing it in Java: a candidate module yields, per parsed sentence of a
PolNeAR split, statements (cue token, speaker token, content token range, key); each is scored against the gold and
an `eval quotes --dump DIR` of the current code: RIGHT (matches an untouched gold statement, speaker overlaps its
source), WRONG (other source), NEUTRAL (source-less gold), FA (matches no gold), TOUCHED (the gold is already
matched by a prediction: mostly nested inside a quotation or statement, harmless), DUP (the cue is already a
predicted cue). A rule pays when RIGHT / (RIGHT + WRONG + FA) is above ~0.4.

usage (from the worktree root): python3 tools/quotes/simulate/sim.py SPLIT DUMPDIR CANDIDATES.py [N examples]
  RANK=k lists keys with at least k RIGHT by precision. Examples: c_verbs.py (verbs outside CueLexicon with a
  person-like subject and an object), c_adjectives.py (copular adjectives outside AdjectiveCue with a preposition).
"""
import sys,glob,os,re,collections,json,importlib.util,random
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..'))
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
import parse_at
split,dump,mod=sys.argv[1],sys.argv[2],sys.argv[3]
N=int(sys.argv[4]) if len(sys.argv)>4 else 5
spec=importlib.util.spec_from_file_location('cand',mod); cand=importlib.util.module_from_spec(spec); spec.loader.exec_module(cand)
P=os.path.join(os.environ.get('POLNEAR','../shared/data/quotes/polnear'),split)
def spans(s):
    return [tuple(map(int,p.split())) for p in s.split(';')]
def gold(name):
    anns=sorted(glob.glob(P+'/attributions/'+name+'_*.ann'))
    if not anns: return []
    T={};E=[]
    for l in open(anns[0],encoding='utf-8'):
        l=l.rstrip('\n')
        if l.startswith("T") and l.count("\t")>=2:
            tid,mid,txt=l.split('\t',2); typ,sp=mid.split(' ',1); T[tid]=(typ,spans(sp),txt)
        elif l.startswith('E'):
            parts=l.split('\t')[1].split()
            d={}
            for p in parts:
                k,v=p.split(':'); d[re.sub(r'\d+$','',k)]=v
            E.append(d)
    out=[]
    for d in E:
        g={k:T[v] for k,v in d.items() if v in T}
        out.append(dict(src=g.get('Source',(0,[],''))[1],cue=g.get('Cue',(0,[],''))[1],con=g.get('Content',(0,[],''))[1],
                        srct=g.get('Source',(0,[],''))[2],cuet=g.get('Cue',(0,[],''))[2],cont=g.get('Content',(0,[],''))[2]))
    return out
PC=[]
def preds(name):
    f=os.path.join(dump,name+'.txt'); out=[]; PC.clear()
    if not os.path.exists(f): return out
    for l in open(f,encoding='utf-8'):
        m=re.search(r'\tpred=\[.*?\]@(\d+)-(\d+)',l)
        if m: out.append((int(m.group(1)),int(m.group(2))))
        for m in re.finditer(r'(?:pred-cue|\tcue)=\[.*?\]@(\d+)-(\d+)',l):
            if 'pred-cue' in m.group(0) or l.startswith('FALSE'): PC.append((int(m.group(1)),int(m.group(2))))
    return out
def ln(sp): return sum(b-a for a,b in sp)
def ov(a,b): return sum(max(0,min(x2,y2)-max(x1,y1)) for x1,x2 in a for y1,y2 in b)
def match(c,g):
    o=ov(c,g); return o>0 and o*2>=min(ln(c),ln(g))
stats=collections.Counter(); ex=collections.defaultdict(list); bylem=collections.defaultdict(collections.Counter)
for tf in sorted(glob.glob(P+'/text/*.txt')):
    name=os.path.basename(tf)[:-4]; text=open(tf,encoding='utf-8').read()
    G=gold(name); PR=preds(name)
    j=parse_at.load(split,name+'.txt')
    if not j: continue
    for s in j['sentences']:
        toks=s['tokens']; kids=collections.defaultdict(list); gov={}
        for e in s['basic']:
            if e['governor']>=0: kids[e['governor']].append((e['relation'],e['dependent']))
            gov[e['dependent']]=(e['governor'],e['relation'])
        for c in cand.candidates(s,toks,kids,gov,text):
            cue,spk,lo,hi=c['cue'],c['spk'],c['lo'],c['hi']
            con=[(toks[lo]['begin'],toks[hi]['end'])]
            sp=[(toks[spk]['begin'],toks[spk]['end'])] if spk is not None else []
            cs=[(toks[cue]['begin'],toks[cue]['end'])]
            gs=[g for g in G if match(con,g['con'])]
            gs.sort(key=lambda g:-ov(con,g['con']))
            if any(ov(cs,[p])>0 for p in PC): k='DUP'; g=None
            elif not gs: k='FA'; g=None
            else:
                g=gs[0]
                touched=any(ov([p],g['con'])*2>=min(ln([p]),ln(g['con'])) for p in PR)
                if touched: k='TOUCHED'
                elif not g['src']: k='NEUTRAL'
                elif sp and ov(sp,g['src'])>0: k='RIGHT'
                else: k='WRONG'
            key=c.get('key',toks[cue]['lemma'].lower())
            stats[k]+=1; bylem[key][k]+=1
            sent=text[s['begin']:s['end']].replace('\n',' ')
            ex[k].append('%s | cue=%s spk=%s | pred=%s\n     gold: %s\n     %s'%(key,toks[cue]['word'],toks[spk]['word'] if spk is not None else '-',text[con[0][0]:con[0][1]][:90],
                  ('src=%s cue=%s con=%s'%(g['srct'][:40],g['cuet'],g['cont'][:80])) if g else '-',sent[:220]))
print(split,dict(stats))
r,w,f=stats['RIGHT'],stats['WRONG'],stats['FA']
print('precision(right/(right+wrong+fa)) = %.2f'%(r/max(1,r+w+f)), ' touched', stats['TOUCHED'])
if os.environ.get('RANK'):
    rows=[(k,c) for k,c in bylem.items() if c['RIGHT']>=int(os.environ['RANK'])]
    rows.sort(key=lambda kv:-kv[1]['RIGHT']/max(1,kv[1]['RIGHT']+kv[1]['WRONG']+kv[1]['FA']))
    for k,c in rows: print('  %-25s %.2f'%(k,c['RIGHT']/max(1,c['RIGHT']+c['WRONG']+c['FA'])),dict(c))
else:
  for k,c in sorted(bylem.items(),key=lambda kv:-sum(kv[1].values()))[:40]:
    print('  ',k,dict(c))
random.seed(2)
for k in ('RIGHT','WRONG','FA','NEUTRAL','TOUCHED'):
    print('==',k)
    xs=ex[k][:]; random.shuffle(xs)
    for x in xs[:N]: print('  ',x)
