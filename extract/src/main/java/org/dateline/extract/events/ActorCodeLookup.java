package org.dateline.extract.events;

import java.util.List;
import org.dateline.nlp.Sentence;

/**
 * The port through which event coding learns who a noun phrase names: given the head token of a
 * nominal, the CAMEO actor(s) it refers to. Usually one; several when a single name stands for a
 * group (PETRARCH's {@code [FRO/BIL/SAM]}). Empty when the phrase names no coded actor. Compounds
 * ({@code Gondor and Arnor}) are split by the coder, which asks once per conjunct.
 */
@FunctionalInterface
public interface ActorCodeLookup {
    List<ActorRef> actorsOf(Sentence sentence, int head);

    /** One coded actor: the entity id when the article has one, its code, and the tokens that named it. */
    record ActorRef(String entity, String code, int firstToken, int endToken) {
        public ActorRef {
            java.util.Objects.requireNonNull(code, "code");
        }
    }
}
