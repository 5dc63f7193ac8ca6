package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line-level boilerplate removal inside the chosen body: link-heavy lines, the stock phrases of
 * share bars, ad slots and subscription prompts, and stray headings or bylines at the edges.
 */
final class BlockFilter {
    private static final int SHORT_LINE = 120;
    private static final int LONG_LINE = 150;
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^\\W*(?:"
            + "advertisement|advertising|sponsored(?: content)?|ad|story continues below|continue reading|"
            + "read more|read next|read also|more:|related:|related stories|related articles|see also|also read|"
            + "click here|sign up|subscribe|follow us|follow (?:him|her|them|@)|share (?:this|on|via)|"
            + "all rights reserved|copyright|\u00a9|photo:|image:|photograph:|getty images|"
            + "you (?:may|might) also like|recommended|most popular|trending|newsletter|"
            + "this (?:article|story) (?:was|is|has been) (?:originally )?(?:published|updated|amended)|"
            + "last (?:updated|modified)|updated:|published:|posted:?|email|print|comments?|tags?:|topics?:"
            + ")\\b.*");
    /** Phrases that mark a short line as a prompt to the reader wherever they occur in it. */
    private static final Pattern PROMPT = Pattern.compile("(?i)\\b(?:newsletters?|subscribe|sign up|click here|"
            + "follow (?:us|him|her|them) on|(?:may|can) be reached at|e-?mail (?:us|him|her|them) at|"
            + "all rights reserved|have a tip)\\b");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|von|par|por)\\s+\\p{Lu}.{0,80}$");
    /** "Updated at 1:23 p.m.", "Published 12 May 2019": a time stamp line, short and with a number in it. */
    private static final Pattern STAMP = Pattern.compile(
            "(?i)^(?:last )?(?:updated|posted|published|modified)(?: at| on)?\\b[^\\p{L}]{0,3}(?=.*\\d).{0,50}$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\u3002\"\u201d\u2019)\\]:;]\\W*$");

    private BlockFilter() {
    }

    static boolean keep(TextBlocks.Block b) {
        String text = b.text();
        // a long line that links its lead-in is prose; a short mostly-linked line is a teaser or a menu
        if (b.linkDensity() > (text.length() >= LONG_LINE ? 0.8 : 0.5)) {
            return false;
        }
        if (b.kind() == TextBlocks.Kind.HEADING) {
            return text.length() <= 200 && !BOILERPLATE.matcher(text).matches();
        }
        return text.length() > SHORT_LINE
                || !(BOILERPLATE.matcher(text).matches() || PROMPT.matcher(text).find());
    }

    /**
     * Drops the headline wherever it repeats, and the headings, bylines and time stamps that open or
     * close the body: they are not prose.
     */
    static List<ContentExtractor.Paragraph> trimEdges(List<ContentExtractor.Paragraph> paragraphs, String title) {
        List<ContentExtractor.Paragraph> out = new ArrayList<>();
        String headline = title == null ? null : normalize(title);
        for (ContentExtractor.Paragraph p : paragraphs) {
            if (headline == null || !normalize(p.text()).equals(headline)) {
                out.add(p);
            }
        }
        while (!out.isEmpty() && (out.get(0).heading() || isEdgeNoise(out.get(0)))) {
            out.remove(0);
        }
        while (!out.isEmpty() && (out.get(out.size() - 1).heading() || isEdgeNoise(out.get(out.size() - 1)))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean isEdgeNoise(ContentExtractor.Paragraph p) {
        String t = p.text();
        return BYLINE.matcher(t).matches() || STAMP.matcher(t).matches() || (t.length() < 40
                && !SENTENCE_END.matcher(t).matches() && MetadataReader.isoDate(t) != null);
    }

    private static String normalize(String s) {
        return TextBlocks.collapse(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
