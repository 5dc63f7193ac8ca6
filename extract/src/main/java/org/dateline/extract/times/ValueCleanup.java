package org.dateline.extract.times;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeType;

/**
 * Brings SUTime's values to TIMEX3 notation where they differ: decades are three digits
 * ({@code 199}, not {@code 199X}); SUTime's internal "A INTERSECT B" becomes the part the words
 * name ("the first nine months" is P9M, "this year" is 1989); time zones are dropped from clock
 * times (TimeML keeps local time); a part of day is a TIME.
 */
final class ValueCleanup implements Correction {
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern INTERSECT = Pattern.compile("(\\S+) INTERSECT (\\S+)");
    private static final Pattern DURATION = Pattern.compile("P[\\dX.]+[YMWDQEL]|PT[\\dX.]+[HMS]");
    private static final Pattern COUNTED_PERIOD = Pattern.compile(
            ".*\\b(first|last|past|next|previous|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    + "\\s+(years|months|weeks|days|quarters|hours)\\b.*");
    private static final Pattern ZONED_TIME = Pattern.compile("(.*T\\d{2}:\\d{2}(?::\\d{2})?)[-+]\\d{4}");
    /** "two to three weeks": SUTime's range of durations; TimeML keeps the first. */
    private static final Pattern DURATION_RANGE = Pattern.compile("\\(?(?:REF,UNKNOWN,)?(P[^/]+)/P[^)]+\\)?");
    /** "the next several days": SUTime gives a range of dates, TimeML an unspecified count of the unit. */
    private static final Pattern VAGUE_COUNT = Pattern.compile(
            ".*\\b(several|few|many|some) (minutes|hours|days|weeks|months|years)\\b.*");
    private static final Pattern DATE_RANGE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}");
    /** "the 20th century" is 19 in TIMEX3 (the century's first two digits), SUTime writes 19XX. */
    private static final Pattern ORDINAL_CENTURY = Pattern.compile(".*\\b\\d{1,2}(st|nd|rd|th) century\\b.*");
    private static final Pattern CENTURY_VALUE = Pattern.compile("(\\d{2})XX");
    private static final Pattern PART_OF_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI|DT)");

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : times) {
            out.add(clean(c));
        }
        return out;
    }

    private static Candidate clean(Candidate c) {
        String value = c.value();
        if (value == null) {
            return c;
        }
        Matcher vague = VAGUE_COUNT.matcher(c.plainText());
        if (DATE_RANGE.matcher(value).matches() && vague.matches()) {
            return c.withTypeAndValue(TimeType.DURATION, CoarseOffsets.unspecified(vague.group(2)));
        }
        Matcher m = DURATION_RANGE.matcher(value);
        if (m.matches()) {
            if (value.startsWith("(")) {
                // "(REF,UNKNOWN,P12M/P18M)": "the next 12 to 18 months", a stretch of unknown length
                return c.withTypeAndValue(TimeType.DURATION, m.group(1).replaceAll("[\\d.]+", "X"));
            }
            return c.withTypeAndValue(TimeType.DURATION, m.group(1));
        }
        m = CENTURY_VALUE.matcher(value);
        if (m.matches() && ORDINAL_CENTURY.matcher(c.plainText()).matches()) {
            return c.withValue(m.group(1));
        }
        m = INTERSECT.matcher(value);
        if (m.matches()) {
            if (DURATION.matcher(m.group(2)).matches() && COUNTED_PERIOD.matcher(c.plainText()).matches()) {
                return c.withTypeAndValue(TimeType.DURATION, m.group(2));
            }
            value = m.group(1);
        }
        m = DECADE.matcher(value);
        if (m.matches()) {
            value = m.group(1);
        }
        m = ZONED_TIME.matcher(value);
        if (m.matches()) {
            value = m.group(1);
        }
        TimeType type = c.type();
        if (type == TimeType.DATE && PART_OF_DAY.matcher(value).matches()) {
            type = TimeType.TIME;
        }
        return c.withTypeAndValue(type, value);
    }
}
