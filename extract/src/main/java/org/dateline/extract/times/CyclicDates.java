package org.dateline.extract.times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.model.TimeType;
import org.dateline.nlp.Sentence;

/**
 * Picks which occurrence a name of a recurring day or period means: "Thursday", "the weekend"
 * (weekly), "May 3", "March", "the third quarter", "Thanksgiving" (yearly). The verb decides: in a
 * past-tense clause it is the latest one that has begun by the article date, in a future clause the
 * first one that has not ended (for yearly names: not ended more than a quarter ago, since "will
 * report third-quarter earnings" speaks of a quarter just closed, and in a past clause a yearly
 * name may lie up to a month ahead); "last"/"previous" and
 * "next"/"coming" force a strict choice. When the tense is unknown a yearly name is the occurrence
 * nearest the article date, counting time ahead double since news mostly reports what happened,
 * and a weekday is the latest one by the article date (again: news mostly reports the past). SUTime picks the occurrence by its own heuristics and
 * often lands a week or a year off.
 */
final class CyclicDates implements Correction {
    private static final Pattern WEEKDAY = Pattern.compile(
            ".*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\\b.*");
    private static final Pattern YEARLY = Pattern.compile(".*\\b(january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|spring|summer|fall|autumn|winter|christmas|thanksgiving|easter|halloween"
            + "|(first|second|third|fourth|1st|2nd|3rd|4th)[- ](fiscal[- ])?(quarter|half))\\b.*");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile(".*(\\b\\d{4}\\b|'\\d{2}\\b).*");
    /** Words that make the expression relative to something other than the article date, or deictic. */
    private static final Pattern OTHER_REFERENCE = Pattern.compile(
            ".*\\b(this|ago|earlier|later|before|after|following|year-earlier|year-ago|same)\\b.*");
    private static final Pattern BACKWARD = Pattern.compile(".*\\b(last|previous|past)\\b.*");
    private static final Pattern FORWARD = Pattern.compile(".*\\b(next|coming)\\b.*");
    /**
     * Words right before the expression that point ahead: "until Tuesday", "payable Dec. 7", "as soon as
     * Monday". Not at the head of the sentence: "Until Thursday, they had not called him a suspect" looks back.
     */
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?is).*\\S.*\\b(until|till|through|payable|effective|starting|as soon as|as early as|no later than)\\s+(on\\s+|at\\s+)?$");
    private static final int MAX_SHIFT = 5;

    enum Direction { PAST, PAST_STRICT, FUTURE, FUTURE_STRICT, NEAREST }

    /** How long after a yearly period ends a future-tense clause may still be about it. */
    private static final int REPORTING_LAG_DAYS = 92;
    /**
     * How far ahead a yearly name in a past-tense clause may still lie: "has set Nov. 10 as the
     * deadline" a week before; news does not name a day of last year without its year.
     */
    private static final int SCHEDULE_AHEAD_DAYS = 31;

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        if (context.articleDate() == null) {
            return times;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : times) {
            out.add(resolve(c, context));
        }
        return out;
    }

    private static Candidate resolve(Candidate c, ResolutionContext context) {
        String plain = c.plainText();
        if (c.type() == TimeType.SET || c.type() == TimeType.DURATION || EXPLICIT_YEAR.matcher(plain).matches()
                || OTHER_REFERENCE.matcher(plain).matches()) {
            return c;
        }
        boolean yearly = YEARLY.matcher(plain).matches();
        // "Friday, Oct. 23" names its month: the year is what may be off, not the week
        boolean weekly = !yearly && WEEKDAY.matcher(plain).matches();
        if (!weekly && !yearly) {
            return c;
        }
        TimexValue value = TimexValue.parse(c.value());
        if (value == null || weekly && value.granularity() != TimexValue.Granularity.DAY
                && value.granularity() != TimexValue.Granularity.WEEKEND) {
            return c;
        }
        Direction direction = direction(c, plain, context);
        if (direction == null) {
            direction = weekly ? Direction.PAST : Direction.NEAREST;
        }
        if (direction == null) {
            return c;
        }
        TimexValue chosen = choose(value, weekly, direction, context.articleDate());
        String resolved = chosen.format();
        LocalDate feast = chosen.granularity() == TimexValue.Granularity.DAY
                ? MovableFeasts.in(plain, chosen.first().getYear()) : null;
        if (feast != null) {
            resolved = feast + chosen.suffix();
        }
        return c.withValue(resolved).withAnchor(Candidate.ARTICLE);
    }

    private static Direction direction(Candidate c, String plain, ResolutionContext context) {
        if (BACKWARD.matcher(plain).matches()) {
            return Direction.PAST_STRICT;
        }
        if (FORWARD.matcher(plain).matches()) {
            return Direction.FUTURE_STRICT;
        }
        Sentence sentence = context.sentence(c);
        String text = context.text().text();
        int from = sentence == null ? 0 : Math.min(sentence.begin(), c.begin());
        if (FUTURE_CUE.matcher(text.substring(from, c.begin())).matches()) {
            return Direction.FUTURE;
        }
        return switch (Tense.of(context.sentence(c), c.begin(), c.end())) {
            case PAST -> Direction.PAST;
            case FUTURE -> Direction.FUTURE;
            case UNKNOWN -> null;
        };
    }

    /** The occurrence of {@code v}'s cycle that {@code direction} picks relative to {@code day}. */
    static TimexValue choose(TimexValue v, boolean weekly, Direction direction, LocalDate day) {
        if (direction == Direction.NEAREST) {
            return nearest(v.plusYears(day.getYear() - v.first().getYear()), day);
        }
        LocalDate reference = day;
        if (!weekly && direction == Direction.FUTURE) {
            reference = day.minusDays(REPORTING_LAG_DAYS);
        } else if (!weekly && direction == Direction.PAST) {
            reference = day.plusDays(SCHEDULE_AHEAD_DAYS);
        }
        TimexValue current = v;
        for (int i = 0; i < MAX_SHIFT && !acceptable(current, direction, reference); i++) {
            current = shift(current, weekly, backward(direction) ? -1 : 1);
        }
        for (int i = 0; i < MAX_SHIFT; i++) {
            TimexValue closer = shift(current, weekly, backward(direction) ? 1 : -1);
            if (!acceptable(closer, direction, reference)) {
                break;
            }
            current = closer;
        }
        return current;
    }

    private static TimexValue nearest(TimexValue sameYear, LocalDate day) {
        TimexValue best = sameYear;
        for (int shift = -1; shift <= 1; shift += 2) {
            TimexValue other = sameYear.plusYears(shift);
            if (weightedDistance(other, day) < weightedDistance(best, day)) {
                best = other;
            }
        }
        return best;
    }

    private static long weightedDistance(TimexValue v, LocalDate day) {
        if (v.last().isBefore(day)) {
            return day.toEpochDay() - v.last().toEpochDay();
        }
        if (v.first().isAfter(day)) {
            return 2 * (v.first().toEpochDay() - day.toEpochDay());
        }
        return 0;
    }

    private static boolean backward(Direction d) {
        return d == Direction.PAST || d == Direction.PAST_STRICT;
    }

    private static boolean acceptable(TimexValue v, Direction direction, LocalDate day) {
        return switch (direction) {
            case PAST -> !v.first().isAfter(day);
            case PAST_STRICT -> v.last().isBefore(day);
            case FUTURE -> !v.last().isBefore(day);
            case FUTURE_STRICT -> v.first().isAfter(day);
            case NEAREST -> true;
        };
    }

    private static TimexValue shift(TimexValue v, boolean weekly, int steps) {
        return weekly ? v.plusWeeks(steps) : v.plusYears(steps);
    }
}
