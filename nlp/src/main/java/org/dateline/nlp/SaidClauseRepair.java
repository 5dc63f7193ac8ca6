package org.dateline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs one systematic error of CoreNLP's dependency parser: a speech verb followed by a clause
 * without "that" ("He said Israel is not able to continue the war") is parsed as the clausal
 * subject of the clause's predicate, with the clause's subject as the verb's object ("said" csubj
 * of "able", "Israel" obj of "said"). Quotes and events then lose both the speaker's content and
 * the event's actor. The repair makes the predicate the speech verb's {@code ccomp} and the object
 * its subject, in both graphs; in the enhanced graph the subject is also lent to the predicate's
 * open complements ({@code nsubj:xsubj} of "continue"), as CoreNLP does for parses it gets right.
 */
public final class SaidClauseRepair {
    private static final Set<String> SPEECH_LEMMAS = Set.of("say", "add", "claim", "insist", "warn", "argue",
            "believe", "think", "assert", "stress", "note", "announce", "declare", "deny", "admit", "suggest",
            "predict", "reiterate", "maintain", "explain", "acknowledge", "confirm", "allege", "emphasize");

    private SaidClauseRepair() {
    }

    public static AnnotatedText apply(AnnotatedText text) {
        List<Sentence> out = new ArrayList<>(text.sentences().size());
        boolean changed = false;
        for (Sentence s : text.sentences()) {
            Sentence r = apply(s);
            changed |= r != s;
            out.add(r);
        }
        return changed ? new AnnotatedText(text.text(), out, text.mentions(), text.times()) : text;
    }

    /** The sentence repaired, or the same instance when the error is not there. */
    public static Sentence apply(Sentence s) {
        for (Dependency csubj : s.basic()) {
            if (!csubj.relation().equals("csubj")) {
                continue;
            }
            int verb = csubj.dependent();
            int predicate = csubj.governor();
            Token v = s.token(verb);
            if (!SPEECH_LEMMAS.contains(v.lemma()) || !v.pos().startsWith("VB") || predicate <= verb) {
                continue;
            }
            Dependency object = only(s.basic(), verb, "obj");
            if (object == null || object.dependent() <= verb || object.dependent() >= predicate
                    || hasChild(s.basic(), predicate, "nsubj") || !hasChild(s.basic(), verb, "nsubj")) {
                continue;
            }
            return repaired(s, verb, predicate, object.dependent());
        }
        return s;
    }

    private static Sentence repaired(Sentence s, int verb, int predicate, int subject) {
        Dependency predicateHead = s.head(predicate);
        List<Dependency> basic = rewire(s.basic(), verb, predicate, subject, predicateHead);
        List<Dependency> enhanced = rewire(s.enhanced(), verb, predicate, subject, predicateHead);
        for (Dependency d : s.basic()) {
            if (d.governor() == predicate && d.relation().equals("xcomp") && !hasChild(s.basic(), d.dependent(), "nsubj")) {
                enhanced.add(new Dependency(d.dependent(), subject, "nsubj:xsubj"));
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.tokens(), basic, enhanced);
    }

    private static List<Dependency> rewire(List<Dependency> edges, int verb, int predicate, int subject,
                                           Dependency predicateHead) {
        List<Dependency> out = new ArrayList<>(edges.size() + 2);
        for (Dependency d : edges) {
            boolean verbUnderPredicate = d.dependent() == verb && d.governor() == predicate;
            boolean subjectUnderVerb = d.dependent() == subject && d.governor() == verb;
            boolean predicateAttachment = d.dependent() == predicate && predicateHead != null
                    && d.governor() == predicateHead.governor();
            if (!verbUnderPredicate && !subjectUnderVerb && !predicateAttachment) {
                out.add(d);
            }
        }
        // the speech verb takes the predicate's place in the sentence
        out.add(new Dependency(predicateHead == null ? -1 : predicateHead.governor(), verb,
                predicateHead == null ? "root" : predicateHead.relation()));
        out.add(new Dependency(verb, predicate, "ccomp"));
        out.add(new Dependency(predicate, subject, "nsubj"));
        return out;
    }

    private static Dependency only(List<Dependency> edges, int governor, String relation) {
        Dependency found = null;
        for (Dependency d : edges) {
            if (d.governor() == governor && d.relation().equals(relation)) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    private static boolean hasChild(List<Dependency> edges, int governor, String relation) {
        return edges.stream().anyMatch(d -> d.governor() == governor
                && (d.relation().equals(relation) || d.relation().startsWith(relation + ":")));
    }
}
