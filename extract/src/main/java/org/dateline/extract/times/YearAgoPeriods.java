package org.dateline.extract.times;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeType;
import org.dateline.nlp.Sentence;

/**
 * Adds the comparison periods of business news that SUTime does not see: "year-earlier" and
 * "year-ago" ("the year-earlier period", "year-ago results"). They start as last year, anchored to
 * the article date; {@link QuarterReferences} then makes them the story's quarter a year before.
 */
final class YearAgoPeriods implements Correction {
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(the (comparable |corresponding )?)?(year-earlier|year-ago)"
            + "( ((first|second|third|fourth)[- ])?(period|quarter))?\\b");

    @Override
    public List<Candidate> apply(List<Candidate> times, ResolutionContext context) {
        if (context.articleDate() == null) {
            return times;
        }
        String text = context.text().text();
        List<Candidate> out = new ArrayList<>(times);
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            int begin = m.start();
            int end = m.end();
            boolean known = times.stream().anyMatch(c -> c.begin() < end && begin < c.end());
            Sentence sentence = context.text().sentenceAt(begin);
            if (!known && sentence != null) {
                String year = String.valueOf(context.articleDate().getYear() - 1);
                out.add(new Candidate(begin, end, m.group(), TimeType.DATE, year, sentence.index(), Candidate.ARTICLE));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::begin));
        return out;
    }
}
