package edu.stanford.nlp.ling.tokensregex;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Collections;

/**
 * Where a match of a TokensRegex pattern can start: the node patterns (and multi-node patterns) of
 * which one must match the first element of any match, read from the pattern's expression tree
 * (the FIRST set of a regular expression). {@link #of} gives none when it cannot tell: a pattern that
 * can match the empty sequence, a conjunction, a back-reference or an expression of a kind it does
 * not know. The answer is a necessary condition only, never a sufficient one: a position it rejects
 * cannot start a match, a position it accepts may still fail.
 *
 * <p>Lives in CoreNLP's package because the expression tree ({@code SequencePattern.getPatternExpr},
 * {@code NodePatternExpr.nodePattern}, {@code MultiNodePattern.match}) is package-private there; the
 * few fields that are private are read by reflection.
 */
public final class MatchStarts<T> {
    private final List<NodePattern<T>> nodes;
    private final List<MultiNodePattern<T>> multiNodes;

    private MatchStarts(List<NodePattern<T>> nodes, List<MultiNodePattern<T>> multiNodes) {
        this.nodes = nodes;
        this.multiNodes = multiNodes;
    }

    /** The start condition of {@code pattern}, or null when it cannot be told from the pattern. */
    public static <T> MatchStarts<T> of(SequencePattern<T> pattern) {
        First first = first(pattern.getPatternExpr());
        if (first == null || first.nullable) {
            return null;
        }
        List<NodePattern<T>> nodes = new ArrayList<>();
        List<MultiNodePattern<T>> multiNodes = new ArrayList<>();
        for (Object o : first.starts) {
            if (o instanceof NodePattern) {
                nodes.add(cast(o));
            } else {
                multiNodes.add(cast(o));
            }
        }
        return new MatchStarts<>(List.copyOf(nodes), List.copyOf(multiNodes));
    }

    /** Whether a match could start at {@code index} of {@code elements}. */
    public boolean canStartAt(List<? extends T> elements, int index) {
        T element = elements.get(index);
        for (NodePattern<T> node : nodes) {
            if (node.match(element)) {
                return true;
            }
        }
        for (MultiNodePattern<T> multi : multiNodes) {
            if (!multi.match(elements, index).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The first index from {@code from} on where a match could start, -1 if none. */
    public int next(List<? extends T> elements, int from) {
        for (int i = from; i < elements.size(); i++) {
            if (canStartAt(elements, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Node patterns and multi-node patterns that can match the first element, in a set by identity. */
    private static final class First {
        final Set<Object> starts;
        final boolean nullable;

        First(Set<Object> starts, boolean nullable) {
            this.starts = starts;
            this.nullable = nullable;
        }

        static First empty() {
            return new First(identitySet(), true);
        }
    }

    /** FIRST of an expression, null when unknown. */
    private static First first(SequencePattern.PatternExpr expr) {
        if (expr instanceof SequencePattern.NodePatternExpr) {
            Set<Object> starts = identitySet();
            starts.add(((SequencePattern.NodePatternExpr) expr).nodePattern);
            return new First(starts, false);
        }
        if (expr instanceof SequencePattern.MultiNodePatternExpr) {
            MultiNodePattern<?> multi = read(expr, "multiNodePattern");
            Set<Object> starts = identitySet();
            starts.add(multi);
            return new First(starts, multi.getMinNodes() <= 0);
        }
        if (expr instanceof SequencePattern.SequencePatternExpr) {
            return sequence(((SequencePattern.SequencePatternExpr) expr).patterns);
        }
        if (expr instanceof SequencePattern.OrPatternExpr) {
            List<SequencePattern.PatternExpr> alternatives = read(expr, "patterns");
            First out = new First(identitySet(), false);
            for (SequencePattern.PatternExpr alternative : alternatives) {
                First f = first(alternative);
                if (f == null) {
                    return null;
                }
                out.starts.addAll(f.starts);
                out = new First(out.starts, out.nullable || f.nullable);
            }
            return out;
        }
        if (expr instanceof SequencePattern.RepeatPatternExpr) {
            First body = first(read(expr, "pattern"));
            int min = read(expr, "minMatch");
            return body == null ? null : new First(body.starts, body.nullable || min <= 0);
        }
        if (expr instanceof SequencePattern.GroupPatternExpr) {
            return first(read(expr, "pattern"));
        }
        if (expr instanceof SequencePattern.ValuePatternExpr) {
            return first(read(expr, "expr"));
        }
        if (expr instanceof SequencePattern.SpecialNodePatternExpr) {
            // ^ and $ test the position and consume nothing
            return First.empty();
        }
        // conjunctions, back-references, anything newer: unknown
        return null;
    }

    private static First sequence(List<SequencePattern.PatternExpr> parts) {
        Set<Object> starts = identitySet();
        for (SequencePattern.PatternExpr part : parts) {
            First f = first(part);
            if (f == null) {
                return null;
            }
            starts.addAll(f.starts);
            if (!f.nullable) {
                return new First(starts, false);
            }
        }
        return new First(starts, true);
    }

    private static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static <X> X cast(Object o) {
        return (X) o;
    }

    @SuppressWarnings("unchecked")
    static <X> X read(Object owner, String name) {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (X) f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + owner.getClass().getName(), e);
            }
        }
        throw new IllegalStateException("no field " + name + " in " + owner.getClass().getName());
    }

    @Override
    public String toString() {
        return "MatchStarts" + nodes + multiNodes;
    }
}
