package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/** Small questions asked of one sentence's basic dependency tree. */
final class Parse {
    private static final Set<String> NP_INSIDE = Set.of("compound", "flat", "amod", "det", "nmod:poss", "nummod",
            "case", "compound:prt", "det:predet", "advmod");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who", "which", "that",
            "him", "her", "them");
    /** Subject pronouns that stand for a person or a group of people named before. */
    static final Set<String> THIRD_PERSON_SUBJECTS = Set.of("he", "she", "they");
    /** The same, and the speaker's own "I" and "we". */
    static final Set<String> PERSONAL_SUBJECTS = Set.of("he", "she", "they", "we", "i");

    private Parse() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String relation(Sentence s, int token) {
        Dependency d = s.head(token);
        return d == null ? "" : d.relation();
    }

    static int governor(Sentence s, int token) {
        Dependency d = s.head(token);
        return d == null ? -1 : d.governor();
    }

    /** The first child of {@code token} whose relation is one of {@code relations} (exact or base), or -1. */
    static int child(Sentence s, int token, String... relations) {
        for (Dependency d : s.children(token)) {
            for (String r : relations) {
                if (d.relation().equals(r) || d.baseRelation().equals(r) && !r.contains(":")) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    static boolean hasChild(Sentence s, int token, String relation) {
        return child(s, token, relation) >= 0;
    }

    /** The character range of a noun phrase by its head: the head with its premodifiers and name parts. */
    static int[] nounPhrase(Sentence s, int head) {
        int lo = head;
        int hi = head;
        for (Dependency d : s.children(head)) {
            if (NP_INSIDE.contains(d.relation()) || NP_INSIDE.contains(d.baseRelation())) {
                int[] r = s.subtreeRange(d.dependent());
                if (d.dependent() < head && r[0] < lo && isContiguous(s, r[1], head)) {
                    lo = r[0];
                } else if (d.dependent() > head && r[1] > hi && isContiguous(s, hi, r[0])) {
                    hi = r[1];
                }
            }
        }
        while (lo < head && isPunct(s.token(lo))) {
            lo++;
        }
        while (hi > head && isPunct(s.token(hi))) {
            hi--;
        }
        return new int[] {s.token(lo).begin(), s.token(hi).end()};
    }

    private static boolean isContiguous(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    static boolean isPunct(Token t) {
        String w = t.word();
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0)) && !w.equals("$") && !w.equals("%");
    }

    static boolean isPronoun(Token t) {
        return PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) && (t.pos().startsWith("PRP") || t.pos().startsWith("W")
                || t.pos().equals("DT") || t.pos().equals("IN"));
    }

    static int tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.begin() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }

    static List<Token> tokens(Sentence s) {
        return s.tokens();
    }
}
