"""Per gold MISS (with a source) in an `eval quotes --dump DIR`: the prediction overlapping it most, what that
prediction was matched to, and a class: where the other gold statement lies (before / after / containing / inside
this one, or a false alarm) and where this statement's cue lies relative to our content (in it: our content
swallowed the cue; before / after it).

usage: python3 tools/quotes/miss_overlaps.py DUMPDIR SPLIT N [CLASS [SEED]]
  SPLIT is train or dev (texts read from ../shared/data/quotes/polnear/SPLIT/text); N examples per class.
"""
import sys,re,collections,glob,random,os
TXT=os.environ.get('POLNEAR','../shared/data/quotes/polnear')+'/%s/text/'
def span(s,key):
    m=re.search(r'(?:^|\t)'+key+r'=\[(.*?)\]@(\d+)-(\d+)',s)
    return (m.group(1),int(m.group(2)),int(m.group(3))) if m else None
def parse(f):
    recs=[];cur=None
    for l in open(f,encoding='utf-8').read().split('\n'):
        if not l: continue
        if not l.startswith('\t'):
            k=l.split('\t')[0]
            if k.startswith('QuoteCounts'): continue
            cur={'kind':k,'src':span(l,'src') or span(l,'speaker'),'cue':span(l,'cue')};recs.append(cur)
        else:
            for key in ('gold','pred','pred-speaker','pred-cue'):
                s=span(l,key)
                if s: cur[key]=s
    return recs
def ov(a,b): return a and b and a[1]<b[2] and b[1]<a[2]
def main(d,split,n):
    c=collections.Counter();ex=collections.defaultdict(list)
    for f in sorted(glob.glob(d+'/*')):
        name=f.split('/')[-1]
        try: text=open(TXT%split+name,encoding='utf-8').read()
        except: text=''
        recs=parse(f)
        preds=[r for r in recs if 'pred' in r]
        for r in recs:
            if r['kind']!='MISS' or not r['src']: continue
            g=r['gold']
            ps=[p for p in preds if ov(p['pred'],g)]
            if not ps: continue
            p=max(ps,key=lambda p:min(p['pred'][2],g[2])-max(p['pred'][1],g[1]))
            pp=p['pred']
            if p['kind']=='FALSE-ALARM': k='fa'
            else:
                g2=p['gold']
                # position of the other gold relative to this one
                if g2[2]<=g[1]+2: pos='other-before'   # our pred runs on from previous statement into this one
                elif g2[1]>=g[2]-2: pos='other-after'  # our pred starts in this one, matched to the next
                elif g2[1]<=g[1] and g2[2]>=g[2]: pos='other-contains'  # this gold nested in the other
                elif g[1]<=g2[1] and g[2]>=g2[2]: pos='other-inside'     # other nested in this
                else: pos='other-overlap'
                k=pos
            # where is this gold's cue relative to our pred
            gc=r['cue']
            if gc and pp[1]<=gc[1] and gc[2]<=pp[2]: k+=' cue-in-pred'
            elif gc and gc[2]<=pp[1]: k+=' cue-before-pred'
            elif gc: k+=' cue-after-pred'
            c[k]+=1
            ctx=text[min(pp[1],g[1]):max(pp[2],g[2])].replace('\n',' / ') if text else ''
            ex[k].append((name[:40],'G:',r['src'][0],r['cue'] and r['cue'][0],g[1],g[2],'| P:',p.get('pred-speaker',('-',))[0],p.get('pred-cue',('-',))[0],pp[1],pp[2],'| G2:',p['kind'],p.get('src') and p['src'][0],p.get('cue') and p['cue'][0],p.get('gold',(0,0,0))[1:], '\n     ',ctx[:500]))
    for k,v in c.most_common(): print(v,k)
    random.seed(int(sys.argv[5]) if len(sys.argv)>5 else 1)
    sel=sys.argv[4] if len(sys.argv)>4 else None
    for k,_ in c.most_common():
        if sel and k!=sel: continue
        print('==',k)
        for e in random.sample(ex[k],min(len(ex[k]),n)): print('  ',*e)
main(sys.argv[1],sys.argv[2],int(sys.argv[3]))
