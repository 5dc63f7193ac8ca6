package org.dateline.extract.actors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Role nouns (default list {@code roles.tsv}); a title is looked up by its longest known ending. */
public final class RoleDictionary {
    private static final int LONGEST_PHRASE = 4;
    private final Map<String, RoleNoun> byPhrase = new HashMap<>();

    public RoleDictionary(List<RoleNoun> nouns) {
        nouns.forEach(n -> byPhrase.put(n.phrase(), n));
    }

    public static RoleDictionary defaults() {
        return new RoleDictionary(TsvResource.rows("roles.tsv", 3).stream().map(f -> new RoleNoun(
                f[0].trim().toLowerCase(Locale.ROOT),
                f[1].trim().equals("-") ? List.of() : Arrays.asList(f[1].trim().split("\\s+")),
                RoleNoun.Kind.valueOf(f[2].trim().toUpperCase(Locale.ROOT)))).toList());
    }

    /**
     * The role noun a title or noun phrase ends with: "Foreign Minister" gives "foreign minister",
     * "politburo chief" gives "chief", "ministers" gives "minister".
     */
    public Optional<RoleNoun> forPhrase(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).replace('’', '\'').trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        for (int start = Math.max(0, words.length - LONGEST_PHRASE); start < words.length; start++) {
            String tail = String.join(" ", Arrays.copyOfRange(words, start, words.length));
            RoleNoun found = byPhrase.get(tail);
            if (found == null) {
                found = byPhrase.get(singular(tail));
            }
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    static String singular(String phrase) {
        if (phrase.endsWith("ies")) {
            return phrase.substring(0, phrase.length() - 3) + "y";
        }
        if (phrase.endsWith("men")) {
            return phrase.substring(0, phrase.length() - 3) + "man";
        }
        if (phrase.endsWith("s") && !phrase.endsWith("ss")) {
            return phrase.substring(0, phrase.length() - 1);
        }
        return phrase;
    }
}
