package org.dateline.extract.times;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two years ago", "five months earlier", "six weeks ago": SUTime gives the exact day, TimeML the
 * period at the unit's granularity (1996, 1997-10, 1998-W02), since the count is not that precise.
 */
final class CoarseOffsets implements Correction {
    private static final Pattern OFFSET = Pattern.compile(
            ".*\\b(years?|months?|weeks?|decades?)\\s+(ago|earlier|before|later)\\b.*");

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : times) {
            out.add(coarsen(c));
        }
        return out;
    }

    private static Candidate coarsen(Candidate c) {
        Matcher m = OFFSET.matcher(c.plainText());
        TimexValue v = TimexValue.parse(c.value());
        if (!m.matches() || v == null || v.granularity() != TimexValue.Granularity.DAY) {
            return c;
        }
        String unit = m.group(1);
        if (unit.startsWith("decade")) {
            return c.withValue(String.valueOf(v.first().getYear() / 10));
        }
        return c.withValue(TimexValue.truncate(v.first(), Character.toUpperCase(unit.charAt(0))));
    }
}
