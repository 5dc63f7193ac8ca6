package org.dateline.extract.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The actor, agent and discard dictionaries of PETRARCH / Phoenix (TABARI format), read from files the
 * user brings; none ship with Dateline. Actors give codes for names, resolved by the article's date;
 * agents give role codes for nouns ("defense minister" -> GOVMIL); discards name things that are no actors.
 * Unreadable entries are skipped and listed in {@link #problems()}.
 */
public final class PetrarchActorDictionary {
    /** One actor entry: a phrase and its (possibly date-restricted) codes; {@code source} is file:line. */
    public record ActorEntry(String phrase, List<DatedCode> codes, String source) {
        public ActorEntry {
            codes = List.copyOf(codes);
        }
    }

    /** {@code prefix}: the roles go before the actor's code ({@code NGO~}), not after it ({@code ~GOV}). */
    record Agent(PetrarchPhrase phrase, List<String> roles, boolean prefix) {
    }

    record Discard(PetrarchPhrase phrase, boolean story) {
    }

    private final List<ActorEntry> actorEntries;
    private final List<PetrarchPhrase> actorPhrases;
    private final Map<String, List<Integer>> actorsByFirstWord = new HashMap<>();
    private final List<Agent> agents;
    private final List<Discard> discards;
    private final List<String> problems;

    PetrarchActorDictionary(List<ActorEntry> actorEntries, List<Agent> agents, List<Discard> discards, List<String> problems) {
        this.actorEntries = List.copyOf(actorEntries);
        this.actorPhrases = this.actorEntries.stream().map(e -> PetrarchPhrase.parse(e.phrase())).toList();
        for (int i = 0; i < actorPhrases.size(); i++) {
            PetrarchPhrase p = actorPhrases.get(i);
            if (!p.words().isEmpty()) {
                actorsByFirstWord.computeIfAbsent(indexKey(p.words().get(0)), k -> new ArrayList<>()).add(i);
            }
        }
        this.agents = List.copyOf(agents);
        this.discards = List.copyOf(discards);
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads one dictionary file or every dictionary in a directory. Files are told apart by name:
     * "*actors*" (actors), "*agents*" (agents), "*discards*" (discards); other files are ignored, and so are
     * PETRARCH's validation-suite files ("PETR.Validate.*"), which their own header says are not for coding.
     */
    public static PetrarchActorDictionary load(Path path) {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("PETR.Validate"))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list PETRARCH dictionary directory " + path, e);
            }
        } else if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            throw new IllegalArgumentException("no PETRARCH dictionary at " + path);
        }
        List<Path> actors = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        List<Path> discards = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.contains("agents")) {
                agents.add(f);
            } else if (name.contains("discards")) {
                discards.add(f);
            } else if (name.contains("actors") || files.size() == 1) {
                actors.add(f);
            }
        }
        return load(actors, agents, discards);
    }

    public static PetrarchActorDictionary load(List<Path> actorFiles, List<Path> agentFiles, List<Path> discardFiles) {
        PetrarchParser parser = new PetrarchParser();
        for (Path f : actorFiles) {
            parser.readActors(f.toString(), lines(f));
        }
        for (Path f : agentFiles) {
            parser.readAgents(f.toString(), lines(f));
        }
        for (Path f : discardFiles) {
            parser.readDiscards(f.toString(), lines(f));
        }
        return parser.build();
    }

    private static List<String> lines(Path f) {
        try {
            // the dictionaries are "flat ASCII" in intent but carry stray Latin-1 bytes: never fail on them
            return List.of(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).split("\\R", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH dictionary " + f, e);
        }
    }

    /** The code of the actor named exactly {@code name} on {@code day} (null day: the undated code). */
    public Optional<String> actorCode(String name, LocalDate day) {
        List<String> words = PetrarchPhrase.textWords(name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> entry = actorEntry(words);
        if (words.size() > 1 && words.get(0).equals("THE")) {
            // "the" is optional before a name; and the stem THE_KU must not take "the Kuwait" from KUWAIT
            List<String> rest = words.subList(1, words.size());
            Optional<Integer> withoutThe = actorEntry(rest);
            if (entry.isEmpty() || withoutThe.isPresent() && byStem(entry.get(), words) && !byStem(withoutThe.get(), rest)) {
                entry = withoutThe;
            }
        }
        return entry.flatMap(i -> DatedCode.resolve(actorEntries.get(i).codes(), day));
    }

    /** True when entry {@code i} matches {@code words} only as a stem (its last word is cut short). */
    private boolean byStem(int i, List<String> words) {
        List<String> phrase = actorPhrases.get(i).words();
        return !phrase.get(phrase.size() - 1).equals(words.get(words.size() - 1));
    }

    private Optional<Integer> actorEntry(List<String> words) {
        List<Integer> candidates = actorsByFirstWord.getOrDefault(indexKey(words.get(0)), List.of());
        return candidates.stream()
                .filter(i -> actorPhrases.get(i).matchesWhole(words))
                // an exact entry beats a stem; a longer stem beats a shorter one
                .min(Comparator.comparing((Integer i) -> actorPhrases.get(i).stemLast())
                        .thenComparing(i -> -actorPhrases.get(i).text().length()));
    }

    /** Role codes of the longest agent phrase that ends {@code phrase}: "Defense Minister" gives [GOV, MIL]. */
    public List<String> agentRoles(String phrase) {
        return agent(phrase).map(Agent::roles).orElse(List.of());
    }

    /**
     * Role codes of an agent phrase that is all of {@code phrase} (MAIN_OPPOSITION_GROUP for "main opposition
     * group", never OPPOSITION_GROUP for its tail); empty when no agent covers every word.
     */
    public List<String> agentRolesOfWhole(String phrase) {
        return wholeAgent(phrase).map(Agent::roles).orElse(List.of());
    }

    /** True when the agent phrase that is all of {@code phrase} puts its roles before the actor's code ({@code NGO~}). */
    public boolean agentPrecedes(String phrase) {
        return wholeAgent(phrase).map(Agent::prefix).orElse(false);
    }

    private Optional<Agent> wholeAgent(String phrase) {
        List<String> words = PetrarchPhrase.textWords(phrase);
        return agents.stream().filter(a -> a.phrase().matchesWhole(words)).findFirst();
    }

    private Optional<Agent> agent(String phrase) {
        List<String> words = PetrarchPhrase.textWords(phrase);
        for (int start = 0; start < words.size(); start++) {
            List<String> tail = words.subList(start, words.size());
            for (Agent a : agents) {
                if (a.phrase().matchesWhole(tail)) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    /** True when the name contains a discard phrase (sports clubs, storms: things that are not actors). */
    public boolean isDiscarded(String name) {
        List<String> words = PetrarchPhrase.textWords(name);
        for (Discard d : discards) {
            for (int i = 0; i < words.size(); i++) {
                if (d.phrase().matchesAt(words, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<ActorEntry> actorEntries() {
        return actorEntries;
    }

    public int agentCount() {
        return agents.size();
    }

    public int discardCount() {
        return discards.size();
    }

    public List<String> problems() {
        return problems;
    }

    /** Stems are indexed by their first three letters so that "ARGENTIN" is found from "ARGENTINA". */
    private static String indexKey(String firstWord) {
        return firstWord.length() <= 3 ? firstWord : firstWord.substring(0, 3);
    }
}
