package org.dateline.model;

/** Who said it: the entity, and the span naming it in the attribution (a name, "he", "the Qatari minister"). */
public record Speaker(String entity, Span mention) {
}
