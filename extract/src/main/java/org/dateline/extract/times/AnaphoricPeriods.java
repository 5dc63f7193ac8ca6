package org.dateline.extract.times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeType;

/**
 * "That year", "later that month", "the same year", "the following year" point back at the time the
 * story just told, not at the article date: they become that time's year or month (the next one for
 * "following"), anchored to it. SUTime often tags only "year" and reads it as the duration P1Y.
 */
final class AnaphoricPeriods implements Correction {
    /** The words before "year"/"month" that make it anaphoric; SUTime may have left them out of the span. */
    private static final Pattern LEAD = Pattern.compile(
            "(?i)(((later|earlier) )?that|the same|the following) $");
    private static final Pattern UNIT = Pattern.compile("(?:((?:later|earlier) )?that |the same |the following )?(year|month)");

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        String text = context.text().text();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : times) {
            Candidate resolved = resolve(c, out, text);
            out.add(resolved);
        }
        return out;
    }

    private static Candidate resolve(Candidate c, List<Candidate> before, String text) {
        Matcher unit = UNIT.matcher(c.plainText());
        if (!unit.matches()) {
            return c;
        }
        int begin = c.begin();
        String words = c.plainText();
        if (words.equals("year") || words.equals("month")) {
            Matcher lead = LEAD.matcher(text.substring(Math.max(0, begin - 20), begin));
            if (!lead.find()) {
                return c;
            }
            begin -= lead.group().length();
            words = text.substring(begin, c.end()).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        }
        Candidate reference = lastCalendarTime(before, c.begin());
        if (reference == null) {
            return c;
        }
        LocalDate day = TimexValue.parse(reference.value()).first();
        boolean month = words.endsWith("month");
        if (words.contains("following")) {
            day = month ? day.plusMonths(1) : day.plusYears(1);
        }
        String value = TimexValue.truncate(day, month ? 'M' : 'Y');
        return new Candidate(begin, c.end(), text.substring(begin, c.end()), TimeType.DATE, value, c.sentence(),
                Candidate.at(reference));
    }

    /** The last time before {@code end} with a calendar value fine enough to name a year (or month). */
    private static Candidate lastCalendarTime(List<Candidate> before, int end) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Candidate c = before.get(i);
            TimexValue v = c.end() <= end ? TimexValue.parse(c.value()) : null;
            if (v != null) {
                return c;
            }
        }
        return null;
    }
}
