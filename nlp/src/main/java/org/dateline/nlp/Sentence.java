package org.dateline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its tokens and two dependency graphs: {@code basic} (a tree) and {@code enhanced}
 * (enhanced++: conjuncts propagated, case words in relation names).
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> basic,
                       List<Dependency> enhanced) {
    public Sentence {
        tokens = List.copyOf(tokens);
        basic = List.copyOf(basic);
        enhanced = List.copyOf(enhanced);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Edges of the basic tree leaving token {@code governor}. */
    public List<Dependency> children(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : basic) {
            if (d.governor() == governor) {
                out.add(d);
            }
        }
        return out;
    }

    /** The basic-tree edge arriving at token {@code dependent}, or null for a token outside the tree. */
    public Dependency head(int dependent) {
        for (Dependency d : basic) {
            if (d.dependent() == dependent) {
                return d;
            }
        }
        return null;
    }

    /** Token indices of the root(s) of the basic tree. */
    public List<Integer> roots() {
        return basic.stream().filter(Dependency::isRoot).map(Dependency::dependent).toList();
    }

    /** The smallest and largest token index under {@code top} in the basic tree, inclusive. */
    public int[] subtreeRange(int top) {
        int lo = top;
        int hi = top;
        List<Integer> stack = new ArrayList<>(List.of(top));
        boolean[] seen = new boolean[tokens.size()];
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            if (seen[t]) {
                continue;
            }
            seen[t] = true;
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            for (Dependency d : children(t)) {
                stack.add(d.dependent());
            }
        }
        return new int[] {lo, hi};
    }
}
