package org.dateline.nlp;

/**
 * A Universal Dependencies edge between token indices of one sentence (0-based; {@code governor} is -1
 * for the root). {@code relation} includes the subtype and, in the enhanced graph, the case word
 * ({@code obl:on}, {@code nmod:poss}).
 */
public record Dependency(int governor, int dependent, String relation) {
    public boolean isRoot() {
        return governor < 0;
    }

    /** The relation without subtype: {@code nsubj:pass} gives {@code nsubj}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
