package org.dateline.extract.times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeType;

/**
 * Business news counts in quarters: "the quarter" is the one the story reports on (the last one
 * named, else the last completed one), and "a year earlier", "the year-ago quarter", "the 1988
 * period" are that same quarter in another year. SUTime reads "the quarter" as the current quarter
 * and "a year earlier" as the article date minus a year.
 */
final class QuarterReferences implements Correction {
    private static final Pattern NAMED_QUARTER = Pattern.compile(
            ".*\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](fiscal[- ])?quarter\\b.*");
    private static final Pattern THE_QUARTER = Pattern.compile(
            "(the )?(latest |most recent |just-ended |recent |fiscal |latest fiscal )?quarter");
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            ".*\\b(a year (ago|earlier)|year-(earlier|ago)|last year's|(a|the) year before|the previous year's)\\b.*");
    private static final Pattern YEAR_BEFORE_PERIOD = Pattern.compile(".*\\b(quarter|period)\\b.*");
    private static final Pattern NUMBERED_PERIOD = Pattern.compile("(the )?(\\d{4}) (quarter|period)");
    /** "the latest quarter" is the last one completed, whatever quarter the story named before. */
    private static final Pattern LATEST = Pattern.compile(".*\\b(latest|most recent|just-ended)\\b.*");
    private static final Pattern ENDED = Pattern.compile("\\s*(that )?(ended|ending|ends|which ended)\\s*");
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q([1-4])");

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        List<Candidate> out = new ArrayList<>();
        int reference = -1;
        for (Candidate c : times) {
            String plain = c.plainText();
            Candidate resolved = c;
            if (NAMED_QUARTER.matcher(plain).matches() && !YEAR_BEFORE.matcher(plain).matches()
                    && c.value() != null && QUARTER_VALUE.matcher(c.value()).matches()) {
                reference = out.size();
            } else if (THE_QUARTER.matcher(plain).matches()) {
                String ended = quarterEnded(c, times, context);
                boolean latest = LATEST.matcher(plain).matches();
                resolved = ended != null ? c.withTypeAndValue(TimeType.DATE, ended)
                        : theQuarter(c, reference < 0 || latest ? null : out.get(reference), context.articleDate());
            } else if (YEAR_BEFORE.matcher(plain).matches()) {
                resolved = yearBefore(c, plain, reference < 0 ? null : out.get(reference), reference);
            } else {
                Matcher m = NUMBERED_PERIOD.matcher(plain);
                if (m.matches() && reference >= 0) {
                    int quarter = quarterOf(out.get(reference).value());
                    resolved = c.withTypeAndValue(TimeType.DATE, m.group(2) + "-Q" + quarter).withAnchor(Candidate.at(out.get(reference)));
                }
            }
            out.add(resolved);
        }
        return out;
    }

    /** "the quarter ended Sept. 30": the calendar quarter of the day named right after, or null. */
    private static String quarterEnded(Candidate c, List<Candidate> times, ResolutionContext context) {
        String text = context.text().text();
        for (Candidate next : times) {
            if (next.begin() >= c.end()) {
                String between = text.substring(c.end(), next.begin());
                TimexValue day = TimexValue.parse(next.value());
                if (ENDED.matcher(between).matches() && day != null && day.granularity() == TimexValue.Granularity.DAY) {
                    return TimexValue.truncate(day.first(), 'Q');
                }
                return null;
            }
        }
        return null;
    }

    private static Candidate theQuarter(Candidate c, Candidate reference, LocalDate articleDate) {
        if (reference != null) {
            return c.withTypeAndValue(TimeType.DATE, reference.value()).withAnchor(Candidate.at(reference));
        }
        if (articleDate == null) {
            return c;
        }
        LocalDate lastQuarter = articleDate.minusMonths(3);
        return c.withTypeAndValue(TimeType.DATE, TimexValue.truncate(lastQuarter, 'Q')).withAnchor(Candidate.ARTICLE);
    }

    private static Candidate yearBefore(Candidate c, String plain, Candidate reference, int index) {
        if (reference == null) {
            return c;
        }
        Matcher named = NAMED_QUARTER.matcher(plain);
        int year = Integer.parseInt(reference.value().substring(0, 4)) - 1;
        int quarter = quarterOf(reference.value());
        if (named.matches()) {
            quarter = ordinal(named.group(1));
        } else if (!YEAR_BEFORE_PERIOD.matcher(plain).matches() && !plain.startsWith("a year")
                && !plain.matches("(the )?(year-earlier|year-ago)")) {
            return c;
        }
        return c.withTypeAndValue(TimeType.DATE, year + "-Q" + quarter).withAnchor(Candidate.at(reference));
    }

    private static int quarterOf(String value) {
        return value.charAt(value.length() - 1) - '0';
    }

    private static int ordinal(String word) {
        return switch (word) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }
}
