package org.dateline.extract.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.dateline.nlp.TimeExpression;

/**
 * The day an event happened, from its own sentence: a time expression inside the trigger's clause
 * (or the trigger's own phrase for a nominal: {@code the meeting on Thursday night}) gives the day;
 * otherwise the article date, except when the clause is a backdrop to another event ({@code since
 * Israel launched its invasion}, {@code after the army had withdrawn}), whose day the sentence does not
 * say. The times given must be the resolved ones ({@code TimeResolver}), which already pick the weekday
 * a past-tense clause means; SUTime's raw values often land a week ahead.
 */
final class EventDater {
    /** The day (may be null) and whether the sentence itself gave it. */
    record Dated(LocalDate day, boolean explicit) {
    }

    private static final Set<String> BACKDROP_MARKS = Set.of("since", "before", "after", "until", "till", "once");
    /** Prepositions that set a nominal event as the scene of another: "amid the invasion", "since the war". */
    private static final Set<String> BACKDROP_CASES = Set.of("amid", "amidst", "since", "after", "before", "following",
            "during", "despite", "throughout");

    private EventDater() {
    }

    static Dated date(ParseView v, int trigger, int clause, List<TimeExpression> sentenceTimes, LocalDate articleDate) {
        List<Integer> own = v.phrase(clause, d -> ParseView.opensClause(d.relation()));
        if (trigger != clause) {
            own = new java.util.ArrayList<>(own);
            own.addAll(v.phrase(trigger, d -> ParseView.opensClause(d.relation())));
        }
        for (TimeExpression t : sentenceTimes) {
            if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
                continue;
            }
            boolean attached = own.stream().anyMatch(i -> v.token(i).begin() >= t.begin() && v.token(i).end() <= t.end());
            if (!attached) {
                continue;
            }
            LocalDate day = day(t.value());
            if (day == null) {
                return new Dated(null, true);
            }
            return new Dated(day, true);
        }
        if (backdrop(v, clause) || backdropPhrase(v, trigger)) {
            return new Dated(null, false);
        }
        return new Dated(articleDate, false);
    }

    private static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A nominal event in a phrase such as "amid the Israeli invasion": the sentence's day is another event's. */
    private static boolean backdropPhrase(ParseView v, int trigger) {
        String c = v.childWord(trigger, "case");
        return c != null && BACKDROP_CASES.contains(c);
    }

    /** A clause opened by since/before/after, or in the past perfect: the sentence's time is not its own. */
    private static boolean backdrop(ParseView v, int clause) {
        for (int cur = clause, guard = 0; cur >= 0 && guard < 3; cur = v.governor(cur), guard++) {
            String mark = v.childWord(cur, "mark");
            if (v.relation(cur).startsWith("advcl") && mark != null && BACKDROP_MARKS.contains(mark)) {
                return true;
            }
        }
        for (int a : v.children(clause, "aux")) {
            if (v.lower(a).equals("had")) {
                return true;
            }
        }
        return false;
    }
}
