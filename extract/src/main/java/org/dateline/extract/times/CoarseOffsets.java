package org.dateline.extract.times;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeType;

/**
 * "Two years ago", "five months earlier", "six weeks ago": SUTime gives the exact day, TimeML the
 * period at the unit's granularity (1996, 1997-10, 1998-W02), since the count is not that precise.
 * "Hours later", "days earlier" count from the event just told, not from the article date as SUTime
 * has it: they become an unspecified offset (PTXH, PXD) anchored to the time mentioned before, if any.
 */
final class CoarseOffsets implements Correction {
    private static final Pattern OFFSET = Pattern.compile(
            ".*\\b(years?|months?|weeks?|decades?)\\s+(ago|earlier|before|later)\\b.*");

    private static final Pattern VAGUE_OFFSET = Pattern.compile(
            "(a few |several |some |many )?(minutes|hours|days|weeks|months|years) (later|earlier|afterwards)");

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : times) {
            Matcher vague = VAGUE_OFFSET.matcher(c.plainText());
            if (vague.matches()) {
                String anchor = out.isEmpty() ? null : Candidate.at(out.get(out.size() - 1));
                out.add(c.withTypeAndValue(TimeType.DURATION, unspecified(vague.group(2))).withAnchor(anchor));
            } else {
                out.add(coarsen(c));
            }
        }
        return out;
    }

    /** The TIMEX3 duration of an unspecified count of {@code unit} (a plural English unit word). */
    static String unspecified(String unit) {
        return switch (unit) {
            case "minutes" -> "PTXM";
            case "hours" -> "PTXH";
            case "days" -> "PXD";
            case "weeks" -> "PXW";
            case "months" -> "PXM";
            default -> "PXY";
        };
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
