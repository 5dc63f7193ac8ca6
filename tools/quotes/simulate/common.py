"""Helpers for candidate modules of sim.py: dependency children, subtrees, a rough person-like subject test."""
PRON={'he','she','they','we','i','you'}
PEOPLE={'voter','democrat','republican','official','leader','candidate','supporter','critic','lawmaker','senator','president','member','people','american','conservative','liberal','activist','aide','adviser','advisor','analyst','expert','spokesman','spokeswoman','governor','mayor','campaign','party','administration','government','committee','group','source','delegate','donor','opponent','rival','nominee','chairman','secretary','minister','director','judge','prosecutor','official','staff','team','congressman','congresswoman','representative','speaker','majority','establishment','progressive','evangelical','worker','resident','citizen','student','investor','economist','strategist','pollster','everyone','many','some','most','both','others','other','friend','fan','backer','insider'}
def subtree(kids,i):
    out=[i];st=[i]
    while st:
        x=st.pop()
        for r,d in kids[x]: out.append(d); st.append(d)
    return min(out),max(out)
def personlike(toks,kids,i):
    t=toks[i]; w=t['word'].lower()
    if w in PRON: return 'pron'
    if t['ner'] in ('PERSON','ORGANIZATION'): return 'ner'
    if any(toks[d]['ner'] in ('PERSON','ORGANIZATION') for r,d in kids[i] if r in ('compound','nmod:poss')): return 'ner'
    if t['lemma'].lower() in PEOPLE or w in PEOPLE: return 'noun'
    if t['ner'] in ('NATIONALITY','MISC','TITLE'): return 'misc'
    return None
def child(kids,i,rel):
    for r,d in kids[i]:
        if r==rel: return d
    return None
