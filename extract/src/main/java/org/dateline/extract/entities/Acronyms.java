package org.dateline.extract.entities;

import java.util.Locale;
import java.util.Set;
import org.dateline.model.EntityType;

/**
 * Merges an organization's acronym into its full name when the text has both: "IDF" and "Israel
 * Defense Forces", "UNRWA" and "United Nations Relief and Works Agency". Matching is by the initials
 * of the full name's words, leaving out "of", "the", "and", "for".
 */
final class Acronyms {
    private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "in", "on", "&");
    private static final Set<EntityType> ORGANIZED = Set.of(EntityType.ORGANIZATION, EntityType.GROUP, EntityType.MEDIA);

    private Acronyms() {
    }

    static void merge(EntitySet set) {
        for (EntityDraft shortForm : set.all()) {
            if (!ORGANIZED.contains(shortForm.type()) || !isAcronym(shortForm.name())) {
                continue;
            }
            String letters = shortForm.name().replace(".", "");
            for (EntityDraft full : set.all()) {
                if (full != shortForm && ORGANIZED.contains(full.type()) && letters.equals(initials(full.name()))) {
                    set.merge(full, shortForm);
                    break;
                }
            }
        }
    }

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return out.toString();
    }

    static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }
}
