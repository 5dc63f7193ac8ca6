package org.dateline.extract.places;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name in a list of counties: "Barrow, Jackson and Madison counties" names Barrow County, Jackson
 * County and Madison County, not the towns Barrow, Jackson and Madison. Reads the text after a
 * mention; the plural closing the list says which kind of division every name of it is.
 */
final class CountyList {
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";
    private static final String AND = "(?:,|,? and|,? or|,? &) ";
    private static final Pattern REST_OF_LIST = Pattern.compile(
            "\\G((?:" + AND + NAME + ")*),? (counties|parishes|boroughs)\\b", Pattern.CASE_INSENSITIVE);
    /** The list before its last name ("Clarke, Madison and "), as the text before that name ends. */
    private static final Pattern LIST_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*" + AND + "$");
    private static final int LOOK_BACK = 40;

    private CountyList() {
    }

    /**
     * "County", "Parish" or "Borough" when the mention [{@code begin}, {@code end}) is a member of such a
     * list; a list has two names at least ("the four metro Athens counties" is no Athens County).
     */
    static Optional<String> divisionWord(String text, int begin, int end) {
        Matcher m = REST_OF_LIST.matcher(text);
        if (!m.find(end) || m.start() != end) {
            return Optional.empty();
        }
        boolean lastOfList = m.group(1).isEmpty();
        if (lastOfList && !LIST_BEFORE.matcher(text.substring(Math.max(0, begin - LOOK_BACK), begin)).find()) {
            return Optional.empty();
        }
        String plural = m.group(2).toLowerCase(java.util.Locale.ROOT);
        return Optional.of(switch (plural) {
            case "parishes" -> "Parish";
            case "boroughs" -> "Borough";
            default -> "County";
        });
    }
}
