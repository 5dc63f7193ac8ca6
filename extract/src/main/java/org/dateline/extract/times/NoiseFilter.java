package org.dateline.extract.times;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.nlp.NerMention;

/**
 * Drops what SUTime reports but TimeML does not count as a time expression: ages ("6-year-old"),
 * some frequency words ("quarterly", "once"; "daily" is kept, TimeML usually marks it), vague adverbs TimeML leaves out
 * ("previously"), the ordinal "a second" before a noun, "Now," opening a sentence, and expressions inside a name ("the SEC" read as seconds).
 */
final class NoiseFilter implements Correction {
    private static final Pattern AGE = Pattern.compile(
            ".*\\b[\\w.]+[- ](year|month|week|day)s?[- ]old\\b.*");
    /** Words TimeML annotation leaves out although SUTime tags them, taken as whole expressions. */
    private static final Set<String> NOT_TIMEX = Set.of(
            "once", "previously", "future", "past", "quarterly", "annual", "annually", "day",
            // "present" is the verb or "were present at the ceremony" far more often than "the present"
            "present");
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : times) {
            String plain = c.plainText();
            if (AGE.matcher(plain).matches() || NOT_TIMEX.contains(plain) || insideName(c, context)
                    || discourseNow(c, context) || ordinalSecond(c, context)) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** "Now, he says, ...": at the head of a sentence and set off by a comma, "now" turns the story, it dates nothing. */
    private static boolean discourseNow(Candidate c, ResolutionContext context) {
        if (!c.plainText().equals("now")) {
            return false;
        }
        String text = context.text().text();
        org.dateline.nlp.Sentence s = context.sentence(c);
        boolean opens = s != null && text.substring(Math.min(s.begin(), c.begin()), c.begin()).replaceAll("[\\s\"'`“‘]", "").isEmpty();
        return opens && c.end() < text.length() && text.charAt(c.end()) == ',';
    }

    /** "for a second week", "the second round": the ordinal before a noun, not one second of time. */
    private static boolean ordinalSecond(Candidate c, ResolutionContext context) {
        if (!c.plainText().matches("(a |the )?second")) {
            return false;
        }
        org.dateline.nlp.Sentence s = context.sentence(c);
        if (s == null) {
            return false;
        }
        for (org.dateline.nlp.Token t : s.tokens()) {
            if (t.begin() >= c.end()) {
                return t.isNoun() || t.pos().startsWith("JJ");
            }
        }
        return false;
    }

    private static boolean insideName(Candidate c, ResolutionContext context) {
        for (NerMention m : context.text().mentions()) {
            if (NAME_TYPES.contains(m.type()) && m.begin() < c.end() && c.begin() < m.end()) {
                return true;
            }
        }
        return false;
    }
}
