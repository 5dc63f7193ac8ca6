package org.dateline.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Navigation over one sentence's parse for event coding: the basic tree for structure (heads, subtrees,
 * clause boundaries) and the enhanced++ graph for relation names with case words ({@code obl:with}),
 * propagated subjects of conjuncts and controlled verbs ({@code nsubj:xsubj}).
 */
final class ParseView {
    /** Relations that open a new clause: words below them are not part of the governing phrase. */
    static final List<String> CLAUSE_RELATIONS =
            List.of("ccomp", "advcl", "acl", "parataxis", "csubj", "dep");

    private final Sentence sentence;
    private final List<List<Dependency>> basicOut;
    private final List<List<Dependency>> enhancedOut;
    private final List<List<Dependency>> enhancedIn;
    private final Dependency[] head;

    ParseView(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        basicOut = lists(n);
        enhancedOut = lists(n);
        enhancedIn = lists(n);
        head = new Dependency[n];
        for (Dependency d : sentence.basic()) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                head[d.dependent()] = d;
                if (d.governor() >= 0) {
                    basicOut.get(d.governor()).add(d);
                }
            }
        }
        for (Dependency d : sentence.enhanced()) {
            if (d.governor() >= 0 && d.governor() < n && d.dependent() >= 0 && d.dependent() < n) {
                enhancedOut.get(d.governor()).add(d);
                enhancedIn.get(d.dependent()).add(d);
            }
        }
    }

    private static List<List<Dependency>> lists(int n) {
        List<List<Dependency>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int i) {
        return sentence.token(i);
    }

    String lower(int i) {
        return sentence.token(i).word().toLowerCase(java.util.Locale.ROOT);
    }

    String lemma(int i) {
        return sentence.token(i).lemma().toLowerCase(java.util.Locale.ROOT);
    }

    /** The basic-tree edge into {@code i}; null for the root or a token outside the tree. */
    Dependency headEdge(int i) {
        Dependency d = head[i];
        return d == null || d.isRoot() ? null : d;
    }

    int governor(int i) {
        Dependency d = headEdge(i);
        return d == null ? -1 : d.governor();
    }

    String relation(int i) {
        Dependency d = head[i];
        return d == null ? "" : d.relation();
    }

    List<Dependency> children(int i) {
        return basicOut.get(i);
    }

    /** Enhanced edges leaving {@code i} whose relation equals {@code rel} or starts with {@code rel + ":"}. */
    List<Integer> enhancedChildren(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : enhancedOut.get(i)) {
            if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
                if (!out.contains(d.dependent())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    List<Dependency> enhancedOut(int i) {
        return enhancedOut.get(i);
    }

    List<Dependency> enhancedIn(int i) {
        return enhancedIn.get(i);
    }

    /** Basic children of {@code i} with relation {@code rel} (or a subtype of it). */
    List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : basicOut.get(i)) {
            if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The lower-case word of a child with relation {@code rel}, e.g. the case word of a nominal. */
    String childWord(int i, String rel) {
        List<Integer> c = children(i, rel);
        return c.isEmpty() ? null : lower(c.get(0));
    }

    static boolean opensClause(String relation) {
        for (String r : CLAUSE_RELATIONS) {
            if (relation.equals(r) || relation.startsWith(r + ":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens below {@code top} in sentence order, not descending into edges whose relation
     * satisfies {@code stop} (the top itself is included).
     */
    List<Integer> phrase(int top, java.util.function.Predicate<Dependency> stop) {
        List<Integer> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(top));
        boolean[] seen = new boolean[size()];
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            if (seen[t]) {
                continue;
            }
            seen[t] = true;
            out.add(t);
            for (Dependency d : basicOut.get(t)) {
                if (!stop.test(d)) {
                    stack.add(d.dependent());
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** All tokens below {@code top}, in order. */
    List<Integer> subtree(int top) {
        return phrase(top, d -> false);
    }

    /** Walks up while the edge into the current token satisfies {@code up}; returns the last token reached. */
    int climb(int from, java.util.function.Predicate<Dependency> up) {
        int cur = from;
        for (int guard = 0; guard < size(); guard++) {
            Dependency d = headEdge(cur);
            if (d == null || !up.test(d)) {
                return cur;
            }
            cur = d.governor();
        }
        return cur;
    }
}
