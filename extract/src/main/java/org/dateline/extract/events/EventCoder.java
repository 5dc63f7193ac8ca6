package org.dateline.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.extract.events.ActorCodeLookup.ActorRef;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Codes the events of one parsed sentence: finds trigger verbs and nouns of the dictionary, chooses the
 * most specific pattern, and reads source and target from the dependency parse.
 * <ul>
 * <li>verb: source = subject (enhanced graph, so conjoined and controlled verbs share it), or the
 * {@code by}-agent of a passive; target = the passive subject, else the first phrase naming an actor in
 * the verb's own phrase (objects and prepositional phrases, places last, clauses not entered).</li>
 * <li>noun: source = possessor ({@code Israel's invasion}), {@code by}-phrase, an actor adjective or
 * compound ({@code Israeli invasion}), else the subject of a support verb ({@code Israel launched an
 * invasion}); target = a {@code on/against/with/of/...} phrase of the noun, else the subject of an
 * experiencer verb ({@code forces have seen attacks}).</li>
 * </ul>
 * Conjoined actors give one event per pair; with no target, conjoined sources pair with each other.
 */
public final class EventCoder {
    private final EventDictionary dictionary;

    public EventCoder(EventDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<CodedEvent> code(Sentence sentence, ActorCodeLookup lookup) {
        ParseView v = new ParseView(sentence);
        ActorCodeLookup actors = TrailingAttribution.masking(sentence, lookup);
        List<CodedEvent> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            Token t = v.token(i);
            if (t.isVerb() && !v.relation(i).equals("amod")) {
                for (TriggerEntry e : dictionary.verbEntries(t.lemma(), t.word())) {
                    if (particlesFit(v, i, e) && codeVerb(v, i, e, actors, out)) {
                        break;
                    }
                }
            } else if (t.isNoun()) {
                for (TriggerEntry e : dictionary.nounEntries(t.lemma(), t.word())) {
                    if (particlesFit(v, i, e) && codeNoun(v, i, e, actors, out)) {
                        break;
                    }
                }
            }
        }
        return dedupe(withoutIntentsOfCodedEvents(v, out));
    }

    /**
     * "EU leaders agreed to impose sanctions on Russia": the sanctions (future) are the event; coding the
     * agreement too as an intent to cooperate (03) would give it the sanctions' target, Russia, as if the EU
     * had offered Russia cooperation. An intent verb coded 03 whose infinitive or object is itself a coded
     * event is left out.
     */
    private static List<CodedEvent> withoutIntentsOfCodedEvents(ParseView v, List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : events) {
            boolean intentOfAnother = !e.anaphoric() && e.code() != null && e.code().startsWith("03")
                    && v.token(e.trigger()).isVerb() && events.stream().anyMatch(o -> o != e && !o.anaphoric()
                    && !o.code().startsWith("03") && completes(v, o.trigger(), e.trigger()));
            if (!intentOfAnother) {
                out.add(e);
            }
        }
        return out;
    }

    /** {@code trigger} is the infinitive or the object of {@code verb}, or a nominal inside that object. */
    private static boolean completes(ParseView v, int trigger, int verb) {
        for (int cur = trigger, guard = 0; cur >= 0 && guard < 4; cur = v.governor(cur), guard++) {
            int gov = v.governor(cur);
            String rel = v.relation(cur);
            if (gov == verb) {
                return rel.startsWith("xcomp") || rel.startsWith("obj");
            }
            if (!(rel.startsWith("nmod") || rel.startsWith("obj"))) {
                return false;
            }
        }
        return false;
    }

    /** Multi-word triggers: the particles must stand right before or after the trigger word. */
    private static boolean particlesFit(ParseView v, int i, TriggerEntry e) {
        List<String> before = e.particlesBefore();
        for (int k = 0; k < before.size(); k++) {
            int t = i - before.size() + k;
            if (t < 0 || !PatternMatcher.wordMatches(v, t, before.get(k))) {
                return false;
            }
        }
        List<String> after = e.particlesAfter();
        for (int k = 0; k < after.size(); k++) {
            int t = i + 1 + k;
            if (t >= v.size() || !PatternMatcher.wordMatches(v, t, after.get(k))) {
                return false;
            }
        }
        return true;
    }

    // ---- verbs ----

    private boolean codeVerb(ParseView v, int verb, TriggerEntry e, ActorCodeLookup actors, List<CodedEvent> out) {
        PatternMatcher.Match m = PatternMatcher.best(v, verb, e, beforeWindow(v, verb), afterWindow(v, verb, Set.of()));
        String code = m.pattern() != null ? m.pattern().code() : e.code();
        String reverse = m.pattern() != null ? m.pattern().reverseCode() : e.reverseCode();
        if (code == null && reverse == null) {
            return false;
        }
        boolean passive = !v.enhancedChildren(verb, "nsubj:pass").isEmpty()
                || !v.enhancedChildren(verb, "aux:pass").isEmpty() || bareParticiple(v, verb);
        List<ActorRef> sources;
        List<ActorRef> targets = List.of();
        if (passive) {
            sources = expand(v, firstNonEmpty(v.enhancedChildren(verb, "obl:agent"), v.enhancedChildren(verb, "obl:by")), actors);
            targets = expand(v, v.enhancedChildren(verb, "nsubj:pass"), actors);
            if (targets.isEmpty() && bareParticiple(v, verb)) {
                targets = expand(v, v.children(verb, "nsubj"), actors);
            }
        } else {
            List<Integer> subj = new ArrayList<>();
            for (int s : v.enhancedChildren(verb, "nsubj")) {
                if (!v.relation(s).equals("nsubj:pass") || v.governor(s) != verb) {
                    subj.add(s);
                }
            }
            sources = expand(v, subj, actors);
            if (sources.isEmpty() && subj.size() == 1 && v.token(subj.get(0)).pos().equals("PRP")) {
                sources = expand(v, governingSubjects(v, verb), actors);
            }
        }
        Map<PatternItem.Role, Integer> slots = m.slots();
        if (slots.containsKey(PatternItem.Role.SOURCE)) {
            List<ActorRef> s = firstActorFrom(v, slots.get(PatternItem.Role.SOURCE), verb, actors);
            if (!s.isEmpty()) {
                sources = s;
            }
        }
        if (slots.containsKey(PatternItem.Role.TARGET)) {
            targets = firstActorFrom(v, slots.get(PatternItem.Role.TARGET), verb, actors);
        }
        boolean participle = v.token(verb).pos().equals("VBN") && v.relation(verb).equals("acl")
                && v.children(verb, "aux").isEmpty();
        if (participle && targets.isEmpty()) {
            // "civilians killed in U.S. air strikes": the noun the participle modifies is the one acted on
            targets = expand(v, List.of(v.governor(verb)), actors);
        } else if (targets.isEmpty() && !passive) {
            // a passive's target is its subject; what follows it is agent, means or place ("killed in U.S. strikes")
            targets = targetIn(v, verb, actors, sources);
        }
        emit(v, verb, verb, e, m.pattern(), code, reverse, sources, targets, out);
        return true;
    }

    /**
     * A past participle with a subject but no auxiliary and no object cannot be an active clause ("three companies accused
     * of supplying drones": the parser may make it the root with "companies" as its subject); they are
     * the ones accused.
     */
    private static boolean bareParticiple(ParseView v, int verb) {
        if (!v.token(verb).pos().equals("VBN") || !v.children(verb, "aux").isEmpty() || !v.children(verb, "obj").isEmpty()) {
            return false;
        }
        // a name before a bare participle is more often a mis-tagged past tense ("Radagast called on Gondor")
        List<Integer> subjects = v.children(verb, "nsubj");
        return !subjects.isEmpty() && subjects.stream().noneMatch(t -> v.token(t).pos().startsWith("NNP"));
    }

    /** Clauses a target may be sought in after the verb's own phrase: complements, not adverbial clauses. */
    private static final Set<String> COMPLEMENT_CLAUSES = Set.of("ccomp", "acl", "xcomp", "acl:relcl");

    /**
     * The target: the first phrase naming an actor after the trigger, trying in turn its own phrase, then
     * its complement clauses, each first without and then with phrases of place ({@code in Doha}).
     */
    private static List<ActorRef> targetIn(ParseView v, int trigger, ActorCodeLookup actors, List<ActorRef> exclude) {
        List<Integer> own = afterWindow(v, trigger, ParseView.CLAUSE_RELATIONS);
        List<Integer> withClauses = new ArrayList<>();
        for (int t : v.phrase(trigger, d -> d.governor() == trigger && (isSubject(d.relation()) || d.relation().startsWith("conj"))
                || d.relation().equals("punct") || finiteAdverbial(v, d))) {
            if (t > trigger) {
                withClauses.add(t);
            }
        }
        for (List<Integer> window : List.of(own, withClauses)) {
            List<ActorRef> found = firstActorIn(v, trigger, window, actors, exclude, false);
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (List<Integer> window : List.of(own, withClauses)) {
            List<ActorRef> found = firstActorIn(v, trigger, window, actors, exclude, true);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Clauses that report another event rather than complete this one: adverbial clauses with a
     * conjunction ("after crowds burned", "if the army continues"), side remarks and loose attachments.
     * Infinitival and participial adverbials ("signed an accord to supply Gondor") stay in.
     */
    private static boolean finiteAdverbial(ParseView v, Dependency d) {
        String r = d.relation();
        if (r.startsWith("parataxis") || r.equals("dep") || r.startsWith("csubj")) {
            return true;
        }
        if (!r.startsWith("advcl")) {
            return false;
        }
        String mark = v.childWord(d.dependent(), "mark");
        return mark != null && !mark.equals("to");
    }

    /** A pronoun subject of a reported or controlled clause stands for the subject above it ("X said it would"). */
    private static List<Integer> governingSubjects(ParseView v, int verb) {
        int cur = verb;
        for (int guard = 0; guard < 4; guard++) {
            String rel = v.relation(cur);
            int gov = v.governor(cur);
            if (gov < 0 || !(rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("conj"))) {
                return List.of();
            }
            List<Integer> subj = v.enhancedChildren(gov, "nsubj");
            if (!subj.isEmpty() && !v.token(subj.get(0)).pos().equals("PRP")) {
                return subj;
            }
            cur = gov;
        }
        return List.of();
    }

    /** The trigger's own phrase after it, without its subject, conjuncts, punctuation and the clauses named. */
    private static List<Integer> afterWindow(ParseView v, int trigger, java.util.Collection<String> stopClauses) {
        List<Integer> out = new ArrayList<>();
        for (int t : v.phrase(trigger, d -> d.governor() == trigger && isSubject(d.relation())
                || d.relation().equals("punct") || stopClauses.stream().anyMatch(c -> d.relation().equals(c)
                || d.relation().startsWith(c + ":"))
                || d.governor() == trigger && d.relation().startsWith("conj"))) {
            if (t > trigger) {
                out.add(t);
            }
        }
        return out;
    }

    /** The words before the trigger in the chain of clauses that governs it ("said it would not *"). */
    private static List<Integer> beforeWindow(ParseView v, int trigger) {
        int top = v.climb(trigger, d -> d.relation().startsWith("xcomp") || d.relation().startsWith("ccomp")
                || d.relation().startsWith("conj") || d.relation().startsWith("aux"));
        List<Integer> out = new ArrayList<>();
        for (int t : v.subtree(top)) {
            if (t < trigger && !v.relation(t).equals("punct")) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isSubject(String rel) {
        return rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.startsWith("expl");
    }

    // ---- nouns ----

    private boolean codeNoun(ParseView v, int noun, TriggerEntry e, ActorCodeLookup actors, List<CodedEvent> out) {
        PatternMatcher.Match m = PatternMatcher.best(v, noun, e, beforeWindow(v, noun),
                afterWindow(v, noun, ParseView.CLAUSE_RELATIONS));
        String code = m.pattern() != null ? m.pattern().code() : e.code();
        String reverse = m.pattern() != null ? m.pattern().reverseCode() : e.reverseCode();
        if (code == null && reverse == null) {
            return false;
        }
        // the verb governing the nominal, through measuring nouns ("an uptick in attacks")
        int top = noun;
        while (v.governor(top) >= 0 && NominalRoles.QUANTITY_NOUNS.contains(v.lemma(v.governor(top)))
                && v.relation(top).startsWith("nmod")) {
            top = v.governor(top);
        }
        int gov = v.governor(top);
        String rel = v.relation(top);
        boolean governedAsObject = gov >= 0 && v.token(gov).isVerb() && (rel.startsWith("obj") || rel.startsWith("obl"));
        if (governedAsObject && rel.startsWith("obj") && NominalRoles.TERMINATIVE_VERBS.contains(v.lemma(gov))) {
            return false;
        }

        List<ActorRef> sources = new ArrayList<>();
        for (int c : childrenOf(v, noun, "nmod:poss", "nmod:by", "nmod:agent", "amod", "compound")) {
            if (sources.isEmpty()) {
                sources.addAll(expand(v, List.of(c), actors));
            }
        }
        List<ActorRef> targets = new ArrayList<>();
        for (Dependency d : v.enhancedOut(noun)) {
            String r = d.relation();
            int colon = r.indexOf(':');
            if (targets.isEmpty() && r.startsWith("nmod:") && colon > 0
                    && NominalRoles.TARGET_CASES.contains(r.substring(colon + 1)) && !r.equals("nmod:poss")) {
                targets.addAll(expand(v, List.of(d.dependent()), actors));
            }
        }
        if (governedAsObject && NominalRoles.EXPERIENCER_VERBS.contains(v.lemma(gov)) && rel.startsWith("obj")) {
            if (targets.isEmpty()) {
                targets.addAll(expand(v, subjectsOf(v, gov), actors));
            }
        } else if (governedAsObject && NominalRoles.SUPPORT_VERBS.contains(v.lemma(gov))) {
            if (sources.isEmpty()) {
                sources.addAll(expand(v, subjectsOf(v, gov), actors));
            }
            if (targets.isEmpty()) {
                for (Dependency d : v.enhancedOut(gov)) {
                    String r = d.relation();
                    if (targets.isEmpty() && r.startsWith("obl:")
                            && NominalRoles.TARGET_CASES.contains(r.substring(4))) {
                        targets.addAll(expand(v, List.of(d.dependent()), actors));
                    }
                }
            }
        }
        if (m.slots().containsKey(PatternItem.Role.TARGET)) {
            List<ActorRef> t = firstActorFrom(v, m.slots().get(PatternItem.Role.TARGET), noun, actors);
            if (!t.isEmpty()) {
                targets.clear();
                targets.addAll(t);
            }
        }
        sources.removeIf(s -> targets.stream().anyMatch(t -> t.firstToken() == s.firstToken()));
        boolean hasActors = !sources.isEmpty() || !targets.isEmpty();
        boolean occurs = rel.startsWith("nsubj") && gov >= 0 && NominalRoles.OCCURRENCE_VERBS.contains(v.lemma(gov));
        int clause = gov >= 0 && v.token(gov).isVerb() ? gov : noun;
        // parsers often misattach "a truce ... began": accept an occurrence verb right after the noun's phrase
        int next = v.sentence().subtreeRange(top)[1] + 1;
        if (!occurs && next < v.size() && v.token(next).isVerb() && NominalRoles.OCCURRENCE_VERBS.contains(v.lemma(next))) {
            occurs = true;
            clause = next;
        }
        if (!hasActors && !(e.actorless() && (occurs || governedAsObject && NominalRoles.SUPPORT_VERBS.contains(v.lemma(gov))))) {
            String det = v.childWord(noun, "det");
            if (det != null && Set.of("the", "this", "that").contains(det) && code != null) {
                out.add(new CodedEvent(v.sentence().index(), noun, clause, code, null, null, e, m.pattern(), true));
            }
            return false;
        }
        emit(v, noun, clause, e, m.pattern(), code, reverse, sources, targets, out);
        return true;
    }

    private static List<Integer> childrenOf(ParseView v, int head, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (String r : relations) {
            for (Dependency d : v.enhancedOut(head)) {
                if (d.relation().equals(r) && !out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    private static List<Integer> subjectsOf(ParseView v, int verb) {
        List<Integer> s = v.enhancedChildren(verb, "nsubj");
        return s.isEmpty() ? v.enhancedChildren(verb, "obl:agent") : s;
    }

    // ---- actors ----

    /** The actors of each nominal head and of its conjuncts ({@code Gondor and Arnor}). */
    private static List<ActorRef> expand(ParseView v, List<Integer> heads, ActorCodeLookup actors) {
        Set<Integer> all = new LinkedHashSet<>();
        for (int h : heads) {
            all.add(h);
            List<Integer> stack = new ArrayList<>(v.children(h, "conj"));
            while (!stack.isEmpty()) {
                int c = stack.remove(0);
                if (all.add(c)) {
                    stack.addAll(v.children(c, "conj"));
                }
            }
        }
        List<ActorRef> out = new ArrayList<>();
        for (int h : all) {
            for (ActorRef a : actors.actorsOf(v.sentence(), h)) {
                if (out.stream().noneMatch(o -> o.code().equals(a.code()) && o.firstToken() == a.firstToken())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** The first phrase naming an actor in {@code window} (phrases of place only when allowed), never one of {@code exclude}. */
    private static List<ActorRef> firstActorIn(ParseView v, int trigger, List<Integer> window, ActorCodeLookup actors,
                                               List<ActorRef> exclude, boolean placesToo) {
        for (int t : window) {
            if (!isNominalHead(v, t) || !placesToo && underPlaceCase(v, t, trigger)) {
                continue;
            }
            List<ActorRef> found = expand(v, List.of(t), actors);
            found.removeIf(a -> exclude.stream().anyMatch(x -> x.firstToken() == a.firstToken()));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** True when {@code t} or a nominal between it and the trigger is introduced by a preposition of place. */
    private static boolean underPlaceCase(ParseView v, int t, int trigger) {
        for (int cur = t, guard = 0; cur >= 0 && cur != trigger && guard < v.size(); cur = v.governor(cur), guard++) {
            String caseWord = v.childWord(cur, "case");
            if (caseWord != null && NominalRoles.PLACE_CASES.contains(caseWord)) {
                return true;
            }
        }
        return false;
    }

    /** For a pattern slot: the first actor phrase at or after {@code anchor}. */
    private static List<ActorRef> firstActorFrom(ParseView v, int anchor, int trigger, ActorCodeLookup actors) {
        for (int t = anchor; t < v.size(); t++) {
            if (t != trigger && isNominalHead(v, t)) {
                List<ActorRef> found = expand(v, List.of(t), actors);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static boolean isNominalHead(ParseView v, int t) {
        String r = v.relation(t);
        return !r.startsWith("conj") && !r.startsWith("compound") && !r.equals("nmod:poss") && !r.equals("det") && !r.startsWith("flat") && !r.equals("amod")
                && (v.token(t).isNoun() || v.token(t).pos().startsWith("PRP") || v.token(t).pos().equals("JJ")
                && (v.token(t).ner() != null && !v.token(t).ner().equals("O") || inNominalRole(r)));
    }

    /** An unknown name the tagger took for an adjective still heads a phrase in a nominal role ("with Amir-Abdollahian"). */
    private static boolean inNominalRole(String relation) {
        return relation.startsWith("obl") || relation.startsWith("obj") || relation.startsWith("iobj")
                || relation.startsWith("nsubj") || relation.startsWith("nmod") && !relation.equals("nmod:poss");
    }

    // ---- output ----

    private static void emit(ParseView v, int trigger, int clause, TriggerEntry e, TriggerPattern p, String code,
                             String reverse, List<ActorRef> sources, List<ActorRef> targets, List<CodedEvent> out) {
        int s = v.sentence().index();
        if (targets.isEmpty() && sources.size() > 1) {
            for (ActorRef a : sources) {
                for (ActorRef b : sources) {
                    if (a != b && !a.code().equals(b.code())) {
                        add(out, new CodedEvent(s, trigger, clause, code != null ? code : reverse, a, b, e, p, false));
                    }
                }
            }
            return;
        }
        List<ActorRef> src = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
        List<ActorRef> tgt = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (ActorRef a : src) {
            for (ActorRef target : tgt) {
                if (a != null && target != null && a.code().equals(target.code()) && sameEntity(a, target)) {
                    continue;
                }
                // "Egypt's minister warned that Cairo would ...": an actor does not act on itself; keep who acted
                ActorRef b = a != null && target != null && a.code().equals(target.code()) ? null : target;
                if (code != null) {
                    add(out, new CodedEvent(s, trigger, clause, code, a, b, e, p, false));
                }
                if (reverse != null && a != null && b != null) {
                    add(out, new CodedEvent(s, trigger, clause, reverse, b, a, e, p, false));
                }
            }
        }
    }

    private static boolean sameEntity(ActorRef a, ActorRef b) {
        return a.entity() == null || b.entity() == null || a.entity().equals(b.entity());
    }

    private static void add(List<CodedEvent> out, CodedEvent e) {
        out.add(e);
    }

    /** One event per (source, target, code) in a sentence: a verb pattern and its object noun may both fire. */
    private static List<CodedEvent> dedupe(List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : events) {
            boolean dup = out.stream().anyMatch(o -> o.code().equals(e.code()) && o.anaphoric() == e.anaphoric()
                    && codeOf(o.source()).equals(codeOf(e.source())) && codeOf(o.target()).equals(codeOf(e.target())));
            if (!dup) {
                out.add(e);
            }
        }
        return out;
    }

    private static String codeOf(ActorRef a) {
        return a == null ? "" : a.code() + "@" + a.firstToken();
    }

    private static List<Integer> firstNonEmpty(List<Integer> a, List<Integer> b) {
        return a.isEmpty() ? b : a;
    }
}
