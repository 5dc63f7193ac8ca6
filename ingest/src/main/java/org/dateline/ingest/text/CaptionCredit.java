package org.dateline.ingest.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the photo credit that ends a caption: {@code (Photo by Fars)}, {@code Photo: Reuters},
 * {@code (AP Photo/John Doe)}, {@code REUTERS/Name}, {@code Credit: ...}, {@code [Name/Agency]}.
 * The credit is returned without its wording: "Fars", "Reuters", "AP/John Doe", "REUTERS/Name".
 */
final class CaptionCredit {
    /** Only the end of a paragraph is searched, so long paragraphs cost nothing. */
    private static final int TAIL = 200;
    private static final String END = "[.]?\\s*$";
    private static final String NAME = "[\\p{L}\\p{M}.'\u2019&-]+";

    private static final List<Pattern> PATTERNS = List.of(
            // (Photo by Fars), (Photo: Reuters), (Image: AFP)
            Pattern.compile("\\((?i:photo(?:graph)?s?|pictures?|images?|video)(?i:\\s+by|\\s*:)\\s*([^()\\n]{1,80}?)\\s*\\)" + END),
            // (AP Photo/John Doe), (AP Photo)
            Pattern.compile("\\((\\p{Lu}[\\p{L}&.]{0,15})\\s+(?i:photo)(?:\\s*/\\s*([^()\\n]{1,60}?))?\\s*\\)" + END),
            // [Mohammed Salem/Reuters]
            Pattern.compile("\\[([^\\[\\]\\n]{1,60}/[^\\[\\]\\n]{1,60})\\]" + END),
            // Photo: Reuters / Photo by Jane Doe at the end of the line
            Pattern.compile("(?:^|[\\s.!?\u201D\"])(?i:photo(?:graph)?s?|pictures?|images?)(?i:\\s+by|\\s*:)\\s*([^()\\n:]{1,80}?)" + END),
            // Credit: Jane Doe / Photo credit: ...
            Pattern.compile("(?:^|\\s)(?i:(?:photo\\s+|image\\s+)?credit)\\s*:\\s*([^\\n]{1,80}?)" + END),
            // REUTERS/Mohammed Salem, AFP/Getty Images
            Pattern.compile("(?:^|\\s)(\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?/\\p{Lu}" + NAME + "(?:\\s\\p{Lu}" + NAME + "){0,4}(?:/[\\p{L} ]{1,30})?)" + END));

    /** A credit, and whether it stands alone (the paragraph holds nothing else, its caption went before it). */
    record Credit(String name, boolean alone) {
    }

    private CaptionCredit() {
    }

    /** The credit ending {@code paragraph}, if it ends with one. */
    static Optional<Credit> find(String paragraph) {
        String tail = paragraph.length() > TAIL ? paragraph.substring(paragraph.length() - TAIL) : paragraph;
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(tail);
            if (m.find()) {
                String credit = m.group(1).strip();
                if (i == 1 && m.group(2) != null) {
                    credit = credit + "/" + m.group(2).strip();
                }
                if (!credit.isEmpty()) {
                    int offset = paragraph.length() - tail.length();
                    boolean alone = paragraph.substring(0, offset + m.start()).isBlank();
                    return Optional.of(new Credit(credit, alone));
                }
            }
        }
        return Optional.empty();
    }
}
