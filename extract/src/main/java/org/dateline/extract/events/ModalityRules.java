package org.dateline.extract.events;

import java.util.List;
import java.util.Set;
import org.dateline.model.Modality;
import org.dateline.nlp.Dependency;

/**
 * Reads an event's modality from the parse around its clause. In order of precedence:
 * <ol>
 * <li>negated: {@code not}, {@code never}, {@code n't} on the clause or a verb it complements
 * ({@code is not able to continue}), {@code no} on a nominal trigger, or the complement of a denial
 * ({@code X denied that its troops had attacked}: X's claim is that it did not happen);</li>
 * <li>hypothetical: inside an {@code if}/{@code unless} clause, or under {@code could/might/may/should},
 * or {@code would} outside reported speech, or a nominal event called for ({@code called for a ceasefire},
 * {@code urged talks}: wanted, not happened), or a verb asked for ({@code urged them to investigate});</li>
 * <li>question: the sentence ends with a question mark;</li>
 * <li>future: {@code will/shall}, {@code would} in reported speech ({@code announced it would}), or the
 * complement of a verb of intent ({@code plans to}, {@code threatened to}, {@code is about to}) or of a
 * goal ({@code our effort is to stop the war}), or a
 * nominal event it governs ({@code agree to talks}, {@code plan a visit});</li>
 * <li>claimed: inside the complement of a speech verb, or beside one ({@code X did Y, Z said});
 * the speaker is that verb's subject. A news organisation reporting is not a claim.</li>
 * </ol>
 * The speaker is returned whenever the event sits in reported speech, whatever the modality.
 */
final class ModalityRules {
    static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "state", "add", "announce", "claim", "assert",
            "insist", "declare", "stress", "note", "argue", "allege", "report", "confirm", "warn", "explain",
            "write", "tweet", "emphasize", "emphasise", "reiterate", "maintain", "accuse", "deny", "acknowledge",
            "admit", "suggest", "predict", "affirm", "underline", "remark", "reply", "respond");
    private static final Set<String> INTENT_VERBS = Set.of("plan", "intend", "threaten", "vow", "pledge", "promise",
            "prepare", "aim", "expect", "want", "hope", "seek", "decide", "agree", "propose", "offer", "schedule",
            "about", "set", "go", "mean", "wish", "try", "attempt");
    private static final Set<String> GOAL_NOUNS = Set.of("effort", "aim", "goal", "priority", "plan", "objective",
            "intention", "purpose", "mission", "task", "target", "hope", "ambition", "idea", "strategy", "intent");
    /** Speech verbs whose complement the speaker says did not happen. */
    private static final Set<String> DENIAL_VERBS = Set.of("deny");
    /** Verbs that ask for an event: a nominal event they govern has not happened. */
    private static final Set<String> DIRECTIVE_VERBS = Set.of("call", "urge", "demand", "appeal", "ask", "press",
            "push", "request", "seek", "propose", "advocate", "insist");
    private static final Set<String> MEDIA_WORDS = Set.of("agency", "news", "media", "newspaper", "television",
            "tv", "radio", "channel", "daily", "outlet", "broadcaster", "report", "reports", "website");

    record Result(Modality modality, int speaker) {
    }

    private ModalityRules() {
    }

    static Result of(ParseView v, int trigger, int clause) {
        int speaker = speaker(v, clause);
        int speech = speechVerb(v, clause);
        boolean reported = speech >= 0;
        boolean nominal = trigger != clause && !v.token(trigger).isVerb();
        if (negated(v, trigger, clause) || reported && DENIAL_VERBS.contains(v.lemma(speech))) {
            return new Result(Modality.NEGATED, speaker);
        }
        if (conditional(v, clause) || modal(v, clause, Set.of("could", "might", "may", "should", "can"))
                || !reported && modal(v, clause, Set.of("would"))
                || nominal && calledFor(v, trigger, clause) || !nominal && askedToDo(v, clause)) {
            return new Result(Modality.HYPOTHETICAL, speaker);
        }
        if (v.size() > 0 && v.lower(v.size() - 1).equals("?")) {
            return new Result(Modality.QUESTION, speaker);
        }
        if (modal(v, clause, Set.of("will", "shall", "'ll", "wo")) || reported && modal(v, clause, Set.of("would"))
                || intended(v, clause) || nominal && intendedObject(v, trigger, clause)) {
            return new Result(Modality.FUTURE, speaker);
        }
        return new Result(speaker >= 0 ? Modality.CLAIMED : Modality.ASSERTED, speaker);
    }

    /** "agree to talks", "plan a visit", "offered talks" (but not "agree after clashes"). */
    private static boolean intendedObject(ParseView v, int trigger, int clause) {
        if (!INTENT_VERBS.contains(v.lemma(clause)) || v.governor(trigger) != clause) {
            return false;
        }
        String rel = v.relation(trigger);
        return rel.equals("obj") || rel.startsWith("obl") && Set.of("to", "for", "on").contains(v.childWord(trigger, "case"));
    }

    /** "called for a ceasefire", "urged talks" (but not "called off the talks"). */
    private static boolean calledFor(ParseView v, int trigger, int clause) {
        String lemma = v.lemma(clause);
        if (!DIRECTIVE_VERBS.contains(lemma) || v.governor(trigger) != clause) {
            return false;
        }
        return !Set.of("call", "appeal", "press", "push").contains(lemma) || "for".equals(v.childWord(trigger, "case"));
    }

    /** "urged Kenyan authorities to investigate", "called on both sides to talk": asked for, not done. */
    private static boolean askedToDo(ParseView v, int clause) {
        int gov = v.governor(clause);
        return gov >= 0 && v.relation(clause).startsWith("xcomp") && DIRECTIVE_VERBS.contains(v.lemma(gov));
    }

    /** The clause and the verbs it completes through {@code xcomp} ("not able to continue"). */
    private static List<Integer> chain(ParseView v, int clause) {
        List<Integer> out = new java.util.ArrayList<>(List.of(clause));
        int cur = clause;
        for (int guard = 0; guard < 5; guard++) {
            String rel = v.relation(cur);
            int gov = v.governor(cur);
            if (gov < 0 || !rel.startsWith("xcomp")) {
                break;
            }
            out.add(gov);
            cur = gov;
        }
        return out;
    }

    private static boolean negated(ParseView v, int trigger, int clause) {
        for (int c : chain(v, clause)) {
            for (Dependency d : v.children(c)) {
                String w = v.lower(d.dependent());
                if ((d.relation().startsWith("advmod") || d.relation().equals("neg"))
                        && Set.of("not", "n't", "never").contains(w)) {
                    return true;
                }
            }
        }
        for (Dependency d : v.children(trigger)) {
            if (d.relation().equals("det") && Set.of("no").contains(v.lower(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Inside an adverbial clause opened by if/unless/whether, at any depth. */
    private static boolean conditional(ParseView v, int clause) {
        for (int cur = clause, guard = 0; cur >= 0 && guard < v.size(); cur = v.governor(cur), guard++) {
            String mark = v.childWord(cur, "mark");
            if (v.relation(cur).startsWith("advcl") && mark != null && Set.of("if", "unless", "whether").contains(mark)) {
                return true;
            }
        }
        return false;
    }

    private static boolean modal(ParseView v, int clause, Set<String> words) {
        for (int c : chain(v, clause)) {
            for (int a : v.children(c, "aux")) {
                if (words.contains(v.lower(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean intended(ParseView v, int clause) {
        for (int c : chain(v, clause)) {
            if (c != clause && INTENT_VERBS.contains(v.lemma(c)) || statedGoal(v, c)) {
                return true;
            }
        }
        if (v.relation(clause).startsWith("conj") && v.governor(clause) >= 0 && statedGoal(v, v.governor(clause))) {
            return true;
        }
        // "is going to", "be about to": the clause itself is marked by its governor in xcomp
        return false;
    }

    /** "our effort is to extend the ceasefire", "the aim is to end the war": an infinitive set as a goal. */
    private static boolean statedGoal(ParseView v, int c) {
        if (!"to".equals(v.childWord(c, "mark"))) {
            return false;
        }
        for (int subj : v.children(c, "nsubj")) {
            if (GOAL_NOUNS.contains(v.lemma(subj))) {
                return true;
            }
        }
        return false;
    }

    /** The speech verb whose complement the clause is, or which stands beside it; -1 when none. */
    static int speechVerb(ParseView v, int clause) {
        int cur = clause;
        for (int guard = 0; guard < v.size() && cur >= 0; guard++) {
            // "X did Y, Z said": the speech verb hangs off the clause (or its first conjunct) as parataxis
            for (int top : List.of(cur, v.relation(cur).startsWith("conj") ? v.governor(cur) : cur)) {
                for (Dependency d : v.children(top)) {
                    if ((d.relation().startsWith("parataxis") || d.relation().startsWith("ccomp") && d.dependent() > top)
                            && SPEECH_VERBS.contains(v.lemma(d.dependent())) && v.children(d.dependent(), "ccomp").isEmpty()
                            && v.children(d.dependent(), "mark").isEmpty()) {
                        // (a clause with "that"/"if" is what is said, not who says it: "warned that Russia would respond")
                        return d.dependent();
                    }
                }
            }
            String rel = v.relation(cur);
            int gov = v.governor(cur);
            if (gov < 0) {
                return -1;
            }
            if ((rel.startsWith("ccomp") || rel.startsWith("parataxis") || rel.startsWith("xcomp"))
                    && SPEECH_VERBS.contains(v.lemma(gov))) {
                return gov;
            }
            if (!(rel.startsWith("conj") || rel.startsWith("xcomp") || rel.startsWith("advcl")
                    || rel.startsWith("ccomp") || rel.startsWith("acl"))) {
                return -1;
            }
            cur = gov;
        }
        return -1;
    }

    /**
     * The token naming who says the clause: the speech verb's subject (or, for a participle like
     * {@code saying}, the subject of the clause it hangs from); -1 when there is none or it is the press.
     */
    static int speaker(ParseView v, int clause) {
        int verb = speechVerb(v, clause);
        if (verb < 0) {
            return -1;
        }
        List<Integer> subj = v.enhancedChildren(verb, "nsubj");
        if (subj.isEmpty() && v.governor(verb) >= 0) {
            subj = v.enhancedChildren(v.governor(verb), "nsubj");
        }
        if (subj.isEmpty()) {
            return -1;
        }
        int s = subj.get(0);
        for (int t : v.subtree(s)) {
            if (MEDIA_WORDS.contains(v.lower(t))) {
                return -1;
            }
        }
        return s;
    }
}
