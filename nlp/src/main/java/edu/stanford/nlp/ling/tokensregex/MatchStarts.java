package edu.stanford.nlp.ling.tokensregex;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Collections;
import java.util.Set;

/**
 * Where a match of a TokensRegex pattern can start: the node patterns (and multi-node patterns) of
 * which one must match the first element of any match (the FIRST set of a regular expression), read
 * from the automaton CoreNLP's matcher runs, {@code SequencePattern.root}. {@link #of} gives none
 * when it cannot tell: a pattern that can match the empty sequence, a conjunction, a back-reference
 * or a state of a kind it does not know. The answer is a necessary condition only: a position it
 * rejects cannot start a match (the matcher would fail on its first element), a position it accepts
 * may still fail.
 *
 * <p>Lives in CoreNLP's package because the automaton's states and their fields are package-private
 * there; the two private fields it needs (a repetition's body, a multi-node state's pattern) are read
 * by reflection.
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
        List<Object> starts = new ArrayList<>();
        if (!collectStarts(pattern.root, identitySet(), starts)) {
            return null;
        }
        List<NodePattern<T>> nodes = new ArrayList<>();
        List<MultiNodePattern<T>> multiNodes = new ArrayList<>();
        for (Object o : starts) {
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

    /**
     * The node patterns and multi-node patterns of the states that can consume the first element,
     * found by following the automaton from its root through the states that consume nothing;
     * false when it meets a state it does not know or can reach the final state without consuming.
     */
    private static boolean collectStarts(SequencePattern.State state, Set<Object> seen, List<Object> starts) {
        if (!seen.add(state)) {
            return true;
        }
        String kind = state.getClass().getName();
        if (kind.equals(NODE)) {
            Object node = read(state, "pattern");
            if (seen.add(node)) {
                starts.add(node);
            }
            return true;
        }
        if (kind.equals(MULTI_NODE)) {
            MultiNodePattern<?> multi = read(state, "pattern");
            if (seen.add(multi)) {
                starts.add(multi);
            }
            // a multi-node pattern that may match no element lets the next states see the first one
            return multi.getMinNodes() > 0 || following(state.next, seen, starts);
        }
        if (kind.equals(REPEAT)) {
            // the loop's body or what follows it: either may take the first element
            SequencePattern.State body = read(state, "repeatStart");
            return collectStarts(body, seen, starts) && following(state.next, seen, starts);
        }
        if (PASS_THROUGH.contains(kind)) {
            return following(state.next, seen, starts);
        }
        // the final state (an empty match), conjunctions, back-references, kinds this class does not know
        return false;
    }

    private static boolean following(Set<SequencePattern.State> next, Set<Object> seen, List<Object> starts) {
        if (next == null) {
            return false;
        }
        for (SequencePattern.State s : next) {
            if (!collectStarts(s, seen, starts)) {
                return false;
            }
        }
        return true;
    }

    /**
     * States that consume no element and lead on to their next states: plain branching states,
     * group starts and ends, values, and the start and end anchors (which only test the position).
     */
    private static final Set<String> PASS_THROUGH = Set.of(SequencePattern.State.class.getName(),
            SequencePattern.GroupStartState.class.getName(), SequencePattern.GroupEndState.class.getName(),
            SequencePattern.class.getName() + "$ValueState",
            SequencePattern.SeqStartState.class.getName(), SequencePattern.SeqEndState.class.getName());

    // states private to SequencePattern, known by name
    private static final String NODE = SequencePattern.class.getName() + "$NodePatternState";
    private static final String MULTI_NODE = SequencePattern.class.getName() + "$MultiNodePatternState";
    private static final String REPEAT = SequencePattern.class.getName() + "$RepeatState";

    private static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static <X> X cast(Object o) {
        return (X) o;
    }

    /**
     * Field {@code name} of {@code owner}, declared in its class or a superclass, read by reflection: the
     * matcher's states and SUTime's rule extractor are reached only through CoreNLP's private fields, and a
     * CoreNLP version that renames one fails here, at load, not silently.
     */
    @SuppressWarnings("unchecked")
    public static <X> X read(Object owner, String name) {
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
        throw new IllegalStateException("no field " + name + " in " + owner.getClass().getName()
                + ": CoreNLP's internals changed (read by reflection, see MatchStarts.read)");
    }

    @Override
    public String toString() {
        return "MatchStarts" + nodes + multiNodes;
    }
}
