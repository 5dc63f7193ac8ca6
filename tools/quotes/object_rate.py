"""What a rule "the object of verb L is what was said" would add, measured on the cached parses before writing it:
per lemma, the verbs with a subject and an object after them (no clausal or infinitive complement), how many of them
a dump already predicts a statement for, and of the rest ('new') how many a gold attribution has (its cue on the
verb and its content overlapping the object: 'newok'); newok/new is the rule's own precision (pays above ~0.4).
With AT=1 only objects set at a figure ("puts her support at 5 percent").

usage: python3 tools/quotes/object_rate.py SPLIT DUMPDIR LEMMA,LEMMA,... [LEMMA,... to print examples of]
"""
import sys,glob,os,re,collections,json
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
import parse_at
split,dump=sys.argv[1],sys.argv[2]
cands=set(sys.argv[3].split(','))
P=os.environ.get('POLNEAR','../shared/data/quotes/polnear')+'/'+split
stat=collections.defaultdict(collections.Counter); ex=collections.defaultdict(list)
for tf in sorted(glob.glob(P+'/text/*.txt')):
    name=os.path.basename(tf)[:-4]
    anns=sorted(glob.glob(P+'/attributions/'+name+'_*.ann'))
    T={}; E=[]
    if anns:
        for l in open(anns[0],encoding='utf-8'):
            p=l.rstrip('\n').split('\t')
            if l.startswith("T") and len(p)>1:
                kind,sp=p[1].split(' ',1); T[p[0]]=(kind,[tuple(map(int,x.split())) for x in sp.split(';')])
            elif l.startswith('E'):
                E.append(dict(x.split(':') for x in p[1].split()[1:]))
    golds=[(T[e['Cue']][1] if 'Cue' in e else [], T[e['Content']][1] if 'Content' in e else []) for e in E]
    pcues=[]
    df=os.path.join(dump,name+'.txt')
    if os.path.exists(df):
        for l in open(df,encoding='utf-8'):
            for m in re.finditer(r'(?:pred-cue|\tcue)=\[.*?\]@(\d+)-(\d+)',l):
                if 'pred-cue' in m.group(0) or l.startswith('FALSE'): pcues.append((int(m.group(1)),int(m.group(2))))
    j=parse_at.load(split,name+'.txt')
    if not j: continue
    text=j['text']
    for s in j['sentences']:
        toks=s['tokens']; deps=collections.defaultdict(list)
        for e in s['basic']:
            if e['governor']>=0: deps[e['governor']].append((e['relation'],e['dependent']))
        def sub(i):
            out={i}; st=[i]
            while st:
                x=st.pop()
                for r,d in deps[x]:
                    if d not in out: out.add(d); st.append(d)
            return min(out),max(out)
        for t in toks:
            if not t['pos'].startswith('VB'): continue
            L=t['lemma'].lower()
            if L not in cands: continue
            rels=dict(deps[t['index']])
            if 'nsubj' not in rels or 'obj' not in rels or rels['obj']<t['index'] or 'ccomp' in rels or 'xcomp' in rels: continue
            if os.environ.get('AT'):
                ats=[d for r,d in deps[t['index']] if r=='obl' and any(rr=='case' and toks[dd]['word'].lower()=='at' for rr,dd in deps[d])]
                if not ats or not any(toks[k]['pos']=='CD' for k in range(sub(ats[0])[0],sub(ats[0])[1]+1)): continue
            a,b=sub(rels['obj']); ca,cb=toks[a]['begin'],toks[b]['end']
            tb,te=t['begin'],t['end']
            inp=any(x<te and tb<y for x,y in pcues)
            ok=any(any(x<te and tb<y for x,y in gc) and any(x<cb and ca<y for x,y in gt) for gc,gt in golds)
            c=stat[L]; c['n']+=1; c['pred']+=inp
            if not inp:
                c['new']+=1; c['newok']+=ok
                ex[L].append(('OK ' if ok else 'no ')+text[s['begin']:s['end']][:150].replace('\n',' '))
for L,c in sorted(stat.items(),key=lambda kv:-kv[1]['new']):
    print(L,dict(c), round(c['newok']/max(1,c['new']),2))
if len(sys.argv)>4:
    for L in sys.argv[4].split(','):
        for e in ex[L][:15]: print(L,'|',e)
