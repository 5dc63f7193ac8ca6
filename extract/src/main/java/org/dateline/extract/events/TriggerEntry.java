package org.dateline.extract.events;

import java.util.List;
import java.util.Set;

/**
 * A word that can report an event: a verb ({@code attack}) or a noun ({@code talks}), with the code it
 * gives alone (null when it needs a pattern) and its patterns. {@code lemma} is the lower-case base form;
 * {@code forms} are extra surface forms (irregular inflections); {@code particlesBefore}/{@code particlesAfter}
 * are words that must stand right beside it for multi-word triggers ({@code wire tap}, {@code break down}).
 * {@code actorless}: a nominal that may be reported without any coded actor (a truce that began).
 */
public record TriggerEntry(TriggerKind kind, String lemma, Set<String> forms, List<String> particlesBefore,
                           List<String> particlesAfter, String code, String reverseCode,
                           List<TriggerPattern> patterns, boolean actorless) {
    public TriggerEntry {
        forms = Set.copyOf(forms);
        particlesBefore = List.copyOf(particlesBefore);
        particlesAfter = List.copyOf(particlesAfter);
        patterns = List.copyOf(patterns);
    }

    public enum TriggerKind { VERB, NOUN }
}
