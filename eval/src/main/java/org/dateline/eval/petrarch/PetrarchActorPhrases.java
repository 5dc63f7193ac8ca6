package org.dateline.eval.petrarch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.extract.actors.DatedCode;
import org.dateline.extract.actors.PetrarchActorDictionary;

/**
 * The PETRARCH actor and agent dictionaries as phrase tables for coding noun phrases, over the actors
 * stage's importer ({@link PetrarchActorDictionary}): actor phrase -> codes on a day (several for an entry
 * such as {@code [FRO/BIL/SAM]}), agent phrase -> role codes in PETRARCH's {@code ~GOV} (after the actor)
 * or {@code NGO~} (before it) form.
 */
final class PetrarchActorPhrases {
    private final PetrarchActorDictionary dictionary;

    private PetrarchActorPhrases(PetrarchActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    static PetrarchActorPhrases load(Path actorFile, Path agentFile) {
        return new PetrarchActorPhrases(PetrarchActorDictionary.load(List.of(actorFile), List.of(agentFile), List.of()));
    }

    /** Codes of the actor phrase {@code words} (upper case) on {@code day}; empty when unknown or null-coded. */
    List<String> actorCodes(List<String> words, LocalDate day) {
        return dictionary.actorCode(String.join(" ", words), day)
                .filter(c -> !c.isBlank() && !c.equals("---"))
                .map(DatedCode::codes).orElse(List.of());
    }

    boolean isActor(List<String> words, LocalDate day) {
        return dictionary.actorCode(String.join(" ", words), day).isPresent();
    }

    /** The role code of an agent phrase covering all of {@code words}, in {@code ~GOV} or {@code NGO~} form, or null. */
    String agentCode(List<String> words) {
        String phrase = String.join(" ", words);
        List<String> roles = dictionary.agentRolesOfWhole(phrase);
        if (roles.isEmpty()) {
            return null;
        }
        String joined = String.join("", roles);
        return dictionary.agentPrecedes(phrase) ? joined + "~" : "~" + joined;
    }

    int longestPhrase() {
        return 6;
    }

    /** YYYYMMDD, or TABARI's YYMMDD (years below 30 are 20xx). */
    static LocalDate date(String s) {
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            s = (yy < 30 ? "20" : "19") + s;
        }
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6, 8)));
    }
}
