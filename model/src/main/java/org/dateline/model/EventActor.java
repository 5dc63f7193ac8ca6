package org.dateline.model;

/** One side of an event: the entity id (may be null when only a code is known) and its CAMEO actor code. */
public record EventActor(String entity, String code) {
}
