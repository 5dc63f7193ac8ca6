package org.dateline.extract.times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.model.TimeRef;
import org.dateline.model.TimeType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TimeExpression;

/**
 * Turns SUTime's time expressions into the analysis record's times (T1, T2, ... in text order),
 * correcting SUTime in our own layer where it goes wrong. The corrections run in order; each is a
 * small stage of its own:
 * <ol>
 * <li>{@link NoiseFilter}: ages, frequency words and names are not times;</li>
 * <li>{@link PartOfDayMerge}: "Thursday" + "night" is one time;</li>
 * <li>{@link ValueCleanup}: SUTime's notation to TIMEX3 (decades, INTERSECT, time zones);</li>
 * <li>{@link CyclicDates}: which "Thursday" or "March" by the tense of the clause;</li>
 * <li>{@link CoarseOffsets}: "two years ago" is a year, not a day;</li>
 * <li>{@link YearAgoPeriods}: "the year-earlier period", which SUTime misses;</li>
 * <li>{@link QuarterReferences}: "the quarter" and "a year earlier" in business news;</li>
 * <li>{@link YearEnded}: "the year ended Sept. 30" is a twelve-month duration;</li>
 * <li>{@link AnaphoricPeriods}: "that year", "the following month" after the time the story told.</li>
 * </ol>
 * Relative times resolved against the article date get that date's origin as anchor ("dateline" or
 * "published"); times resolved against another time get its id. Without an article date relative
 * times keep SUTime's unresolved values (XXXX-WXX-4, PAST_REF).
 */
public final class TimeResolver {
    private static final Pattern EXPLICIT_YEAR = Pattern.compile(".*(\\b\\d{4}\\b|'\\d{2}\\b).*");
    private static final Pattern SPAN_TO_NOW = Pattern.compile(".*\\b(last|past|next|coming|recent|previous)\\b.*");

    private final List<Correction> corrections = List.of(new NoiseFilter(), new PartOfDayMerge(),
            new ValueCleanup(), new CyclicDates(), new CoarseOffsets(), new YearAgoPeriods(), new QuarterReferences(), new YearEnded(), new AnaphoricPeriods());

    /**
     * Resolves the times of {@code text}. {@code articleDate} must be the date the annotator was given
     * (it anchored SUTime's values); null when the article has none. {@code origin} says where that
     * date came from and becomes the anchor of relative times.
     */
    public List<TimeRef> resolve(AnnotatedText text, LocalDate articleDate, DateOrigin origin) {
        List<Candidate> times = new ArrayList<>();
        for (TimeExpression t : text.times()) {
            TimeType type = typeOf(t.type());
            if (type != null) {
                times.add(new Candidate(t.begin(), t.end(), t.text(), type, t.value(), t.sentence(), null));
            }
        }
        ResolutionContext context = new ResolutionContext(text, articleDate);
        for (Correction c : corrections) {
            times = c.apply(times, context);
        }
        return toRecords(times, text.text(), articleDate, origin);
    }

    private static TimeType typeOf(String type) {
        try {
            return type == null ? null : TimeType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // SUTime only reports the four TIMEX3 types; anything else is not a time for the record
            return null;
        }
    }

    private static List<TimeRef> toRecords(List<Candidate> times, String text, LocalDate articleDate,
                                           DateOrigin origin) {
        Map<String, String> idByPosition = new HashMap<>();
        for (int i = 0; i < times.size(); i++) {
            idByPosition.put(Candidate.at(times.get(i)), "T" + (i + 1));
        }
        List<TimeRef> out = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            Candidate c = times.get(i);
            String anchor = anchor(c, articleDate, origin, idByPosition);
            out.add(new TimeRef("T" + (i + 1), Span.of(text, c.begin(), c.end()), c.type(), c.value(), anchor));
        }
        return out;
    }

    private static String anchor(Candidate c, LocalDate articleDate, DateOrigin origin, Map<String, String> ids) {
        if (c.anchor() != null && c.anchor().startsWith("@")) {
            return ids.get(c.anchor());
        }
        if (articleDate == null || c.value() == null) {
            return null;
        }
        if (Candidate.ARTICLE.equals(c.anchor())) {
            return origin.wireName();
        }
        String plain = c.plainText();
        boolean relative = switch (c.type()) {
            case DATE, TIME -> !EXPLICIT_YEAR.matcher(plain).matches()
                    && (Character.isDigit(c.value().charAt(0)) || c.value().endsWith("_REF"));
            case DURATION -> SPAN_TO_NOW.matcher(plain).matches();
            case SET -> false;
        };
        return relative ? origin.wireName() : null;
    }
}
