package org.dateline.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trigger words and their patterns, indexed by lower-case lemma and by surface form. Built by a reader
 * ({@link DefaultDictionaryReader}, {@link PetrarchVerbReader}); immutable once built.
 */
public final class EventDictionary {
    private final Map<String, List<TriggerEntry>> verbs;
    private final Map<String, List<TriggerEntry>> nouns;

    private EventDictionary(Map<String, List<TriggerEntry>> verbs, Map<String, List<TriggerEntry>> nouns) {
        this.verbs = verbs;
        this.nouns = nouns;
    }

    /** Entries a verb token may start, looked up by lemma and by word form. */
    public List<TriggerEntry> verbEntries(String lemma, String word) {
        return lookup(verbs, lemma, word);
    }

    public List<TriggerEntry> nounEntries(String lemma, String word) {
        return lookup(nouns, lemma, word);
    }

    public int size() {
        return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
    }

    /** Entries listed under the exact surface form come first: {@code met} is more specific than {@code meet}. */
    private static List<TriggerEntry> lookup(Map<String, List<TriggerEntry>> map, String lemma, String word) {
        List<TriggerEntry> out = new ArrayList<>(map.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()));
        for (TriggerEntry e : map.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of())) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects entries; an entry is found by its lemma and by each of its extra forms. */
    public static final class Builder {
        private final Map<String, List<TriggerEntry>> verbs = new HashMap<>();
        private final Map<String, List<TriggerEntry>> nouns = new HashMap<>();

        public Builder add(TriggerEntry e) {
            Map<String, List<TriggerEntry>> map = e.kind() == TriggerEntry.TriggerKind.VERB ? verbs : nouns;
            map.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
            for (String f : e.forms()) {
                if (!f.equals(e.lemma())) {
                    map.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
                }
            }
            return this;
        }

        /** Adds every entry of {@code other}, after this builder's own (earlier entries are tried first). */
        public Builder addAll(EventDictionary other) {
            other.verbs.forEach((k, v) -> v.forEach(e -> addOnce(verbs, k, e)));
            other.nouns.forEach((k, v) -> v.forEach(e -> addOnce(nouns, k, e)));
            return this;
        }

        private static void addOnce(Map<String, List<TriggerEntry>> map, String key, TriggerEntry e) {
            List<TriggerEntry> list = map.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }

        public EventDictionary build() {
            Map<String, List<TriggerEntry>> v = new HashMap<>();
            verbs.forEach((k, l) -> v.put(k, List.copyOf(l)));
            Map<String, List<TriggerEntry>> n = new HashMap<>();
            nouns.forEach((k, l) -> n.put(k, List.copyOf(l)));
            return new EventDictionary(Map.copyOf(v), Map.copyOf(n));
        }
    }
}
