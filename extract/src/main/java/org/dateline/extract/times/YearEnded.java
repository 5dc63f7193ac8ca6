package org.dateline.extract.times;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.model.TimeType;

/**
 * "The year ended Sept. 30", "the fiscal year ending March 31": a twelve-month span counted back from
 * the day named after it, which TimeML marks as the duration P1Y (the day is a time of its own).
 * SUTime reads "the year" as the article's year.
 */
final class YearEnded implements Correction {
    private static final Pattern THE_YEAR = Pattern.compile("the (fiscal )?year");
    private static final Pattern ENDED = Pattern.compile("(?s)\\s*(that |which )?(ended|ending|ends|to end)\\b.*");
    private static final int LOOK_AHEAD = 20;

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        String text = context.text().text();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : times) {
            String after = text.substring(c.end(), Math.min(text.length(), c.end() + LOOK_AHEAD));
            if (THE_YEAR.matcher(c.plainText()).matches() && ENDED.matcher(after).matches()) {
                out.add(c.withTypeAndValue(TimeType.DURATION, "P1Y").withAnchor(null));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
