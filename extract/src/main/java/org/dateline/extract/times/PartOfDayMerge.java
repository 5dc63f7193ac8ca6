package org.dateline.extract.times;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.TimeType;

/**
 * Joins a day and the part of it that follows ("Thursday" + "night") into one time when they were
 * reported apart with the same or nested values: TimeML marks "Thursday night" as one TIMEX3
 * (TIME, 2023-11-23TNI).
 */
final class PartOfDayMerge implements Correction {
    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : times) {
            Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && adjacent(last, c, context.text().text()) && nested(last.value(), c.value())) {
                out.set(out.size() - 1, merge(last, c, context.text().text()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean adjacent(Candidate a, Candidate b, String text) {
        return a.end() <= b.begin() && text.substring(a.end(), b.begin()).isBlank() && a.sentence() == b.sentence();
    }

    /** Same value, or one a more precise form of the other (2023-11-23 and 2023-11-23TNI). */
    private static boolean nested(String a, String b) {
        if (a == null || b == null || !Character.isDigit(a.charAt(0)) || !Character.isDigit(b.charAt(0))) {
            return false;
        }
        return a.equals(b) || a.startsWith(b) && a.length() > 10 || b.startsWith(a) && b.length() > 10;
    }

    private static Candidate merge(Candidate a, Candidate b, String text) {
        String value = a.value().length() >= b.value().length() ? a.value() : b.value();
        TimeType type = a.type() == TimeType.TIME || b.type() == TimeType.TIME ? TimeType.TIME : a.type();
        String anchor = a.anchor() != null ? a.anchor() : b.anchor();
        return new Candidate(a.begin(), b.end(), text.substring(a.begin(), b.end()), type, value, a.sentence(), anchor);
    }
}
