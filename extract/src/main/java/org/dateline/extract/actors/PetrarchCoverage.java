package org.dateline.extract.actors;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Measures how much of a PETRARCH/Phoenix dictionary our default dictionaries reproduce: for every
 * Phoenix entry coded as a bare country (IRN) or as an IGO (IGO...), does our lookup of the same name
 * give the same code? Usage: {@code PetrarchCoverage DICTIONARY_DIR_OR_FILE}.
 */
public final class PetrarchCoverage {
    /** Counts of one comparison: same code, another code, no code. */
    public record Tally(String what, int same, int different, int missing) {
        public int total() {
            return same + different + missing;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s %6d entries: %6d same code (%5.1f%%), %5d other code, %6d unknown",
                    what, total(), same, total() == 0 ? 0.0 : 100.0 * same / total(), different, missing);
        }
    }

    private final ActorDictionaries defaults;

    public PetrarchCoverage(ActorDictionaries defaults) {
        this.defaults = defaults;
    }

    public List<Tally> measure(PetrarchActorDictionary phoenix) {
        int[] countryAll = new int[3];
        int[] countryHeads = new int[3];
        int[] igoAll = new int[3];
        int[] igoPrefix = new int[3];
        Set<String> seenBlocks = new HashSet<>();
        for (PetrarchActorDictionary.ActorEntry e : phoenix.actorEntries()) {
            Optional<String> code = DatedCode.resolve(e.codes(), null);
            if (code.isEmpty()) {
                continue;
            }
            boolean blockHead = seenBlocks.add(e.source());
            String c = code.get();
            if (c.length() == 3 && defaults.countries().byAlpha3(c).isPresent()) {
                Optional<String> ours = countryOf(e.phrase());
                tally(countryAll, c, ours);
                if (blockHead) {
                    tally(countryHeads, c, ours);
                }
            } else if (c.startsWith("IGO")) {
                Optional<String> ours = knownCode(e.phrase());
                tally(igoAll, c, ours);
                tally(igoPrefix, c.substring(0, Math.min(6, c.length())), ours.map(o -> o.substring(0, Math.min(6, o.length()))));
            }
        }
        return List.of(tally("country entries (names, cities)", countryAll),
                tally("country entries, block heads only", countryHeads),
                tally("IGO entries, full code", igoAll),
                tally("IGO entries, first two parts", igoPrefix));
    }

    private Optional<String> countryOf(String phrase) {
        for (String form : forms(phrase)) {
            Optional<Country> c = defaults.countries().byName(form)
                    .or(() -> defaults.countries().byDemonym(form))
                    .or(() -> defaults.countries().byCapital(form));
            if (c.isPresent()) {
                return Optional.of(c.get().alpha3());
            }
        }
        return Optional.empty();
    }

    private Optional<String> knownCode(String phrase) {
        for (String form : forms(phrase)) {
            Optional<KnownActor> k = defaults.known().lookup(form);
            if (k.isPresent()) {
                return Optional.of(k.get().code());
            }
        }
        return Optional.empty();
    }

    /** The dictionary's upper-case phrase as a reader would write it: "UNITED_NATIONS_" as "United Nations", and as is. */
    private static List<String> forms(String phrase) {
        String spaced = String.join(" ", PetrarchPhrase.parse(phrase).words());
        StringBuilder title = new StringBuilder();
        for (String w : spaced.split(" ")) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return List.of(title.toString(), spaced);
    }

    private static void tally(int[] counts, String expected, Optional<String> ours) {
        counts[ours.isEmpty() ? 2 : ours.get().equals(expected) ? 0 : 1]++;
    }

    private static Tally tally(String what, int[] counts) {
        return new Tally(what, counts[0], counts[1], counts[2]);
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PetrarchCoverage DICTIONARY_DIR_OR_FILE");
            System.exit(2);
        }
        PetrarchActorDictionary phoenix = PetrarchActorDictionary.load(Path.of(args[0]));
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "PETRARCH dictionaries at %s: %d actor names, %d agent phrases, %d discards, %d unreadable codes%n",
                args[0], phoenix.actorEntries().size(), phoenix.agentCount(), phoenix.discardCount(), phoenix.problems().size());
        for (Tally t : new PetrarchCoverage(ActorDictionaries.defaults()).measure(phoenix)) {
            out.println(t);
        }
    }
}
