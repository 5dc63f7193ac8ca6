package org.dateline.extract.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.TimeRef;
import org.dateline.model.TimeType;
import org.dateline.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/** The corrections on hand-built annotations: no CoreNLP, so these run in milliseconds. */
class TimeResolverTest {
    /** Friday 24 November 2023. */
    private static final LocalDate FRIDAY = LocalDate.of(2023, 11, 24);
    private final TimeResolver resolver = new TimeResolver();

    private List<TimeRef> resolve(AnnotatedText text) {
        return resolver.resolve(text, FRIDAY, DateOrigin.DATELINE);
    }

    private static TimeRef only(List<TimeRef> times) {
        assertEquals(1, times.size(), times.toString());
        return times.get(0);
    }

    @Test
    void dayAndPartOfDayReportedApartBecomeOneTime() {
        AnnotatedText text = new TextBuilder().words("Shelling resumed Thursday night")
                .time("Thursday", "DATE", "2023-11-23TNI").time("night", "TIME", "2023-11-23TNI").build();
        TimeRef t = only(resolve(text));
        assertEquals("Thursday night", t.span().text());
        assertEquals(TimeType.TIME, t.type());
        assertEquals("2023-11-23TNI", t.value());
        assertEquals("dateline", t.anchor());
    }

    @Test
    void weekdayInAPastTenseClauseIsTheLatestOneByTheArticleDate() {
        // "Troops left on Saturday ." with SUTime's pick: the Saturday after the dateline
        AnnotatedText text = new TextBuilder().sentence(
                new String[] {"Troops/NNS", "left/VBD", "on/IN", "Saturday/NNP", "./."},
                new int[] {1, -1, 3, 1, 1}, new String[] {"nsubj", "root", "case", "obl", "punct"})
                .time("Saturday", "DATE", "2023-11-25").build();
        assertEquals("2023-11-18", only(resolve(text)).value());
    }

    @Test
    void weekdayInAFutureClauseIsTheNextOne() {
        AnnotatedText text = new TextBuilder().sentence(
                new String[] {"Talks/NNS", "will/MD", "resume/VB", "Monday/NNP"},
                new int[] {2, 2, -1, 2}, new String[] {"nsubj", "aux", "root", "obl:tmod"})
                .time("Monday", "DATE", "2023-11-20").build();
        assertEquals("2023-11-27", only(resolve(text)).value());
    }

    @Test
    void weekdayKeepsItsPartOfDayWhenMoved() {
        AnnotatedText text = new TextBuilder().sentence(
                new String[] {"Jets/NNS", "struck/VBD", "Saturday/NNP", "night/NN"},
                new int[] {1, -1, 3, 1}, new String[] {"nsubj", "root", "compound", "obl:tmod"})
                .time("Saturday night", "TIME", "2023-11-25TNI").build();
        assertEquals("2023-11-18TNI", only(resolve(text)).value());
    }

    @Test
    void sameWeekdayAsTheDatelineInThePastIsThatDay() {
        AnnotatedText text = new TextBuilder().sentence(
                new String[] {"Officials/NNS", "said/VBD", "Friday/NNP"},
                new int[] {1, -1, 1}, new String[] {"nsubj", "root", "obl:tmod"})
                .time("Friday", "DATE", "2023-12-01").build();
        assertEquals("2023-11-24", only(resolve(text)).value());
    }

    @Test
    void lastWithAWeekdayIsStrictlyBefore() {
        AnnotatedText text = new TextBuilder().words("Rain fell last Friday")
                .time("last Friday", "DATE", "2023-11-24").build();
        assertEquals("2023-11-17", only(resolve(text)).value());
    }

    @Test
    void monthWithoutYearInAPastClauseIsNotInTheFuture() {
        AnnotatedText text = new TextBuilder().sentence(
                new String[] {"Prices/NNS", "rose/VBD", "in/IN", "March/NNP"},
                new int[] {1, -1, 3, 1}, new String[] {"nsubj", "root", "case", "obl"})
                .time("March", "DATE", "2024-03").build();
        assertEquals("2023-03", only(resolve(text)).value());
    }

    @Test
    void explicitDateKeepsItsValueAndHasNoAnchor() {
        AnnotatedText text = new TextBuilder().words("Caption photo taken Nov. 23 , 2023")
                .time("Nov. 23 , 2023", "DATE", "2023-11-23").build();
        TimeRef t = only(resolve(text));
        assertEquals("2023-11-23", t.value());
        assertNull(t.anchor());
    }

    @Test
    void agesAndNamesAreNotTimes() {
        AnnotatedText text = new TextBuilder().words("the SEC said the 6-year-old boy was safe")
                .time("the SEC", "TIME", "2023-11-24TXX:XX").time("6-year-old", "DURATION", "P6Y")
                .name("SEC", "ORGANIZATION").build();
        assertTrue(resolve(text).isEmpty());
    }

    @Test
    void anOrdinalSecondBeforeANounIsNoDurationButASecondOfTimeIs() {
        AnnotatedText ordinal = new TextBuilder().words("farmers blocked the road for a second week")
                .time("a second", "DURATION", "PT1S").time("week", "DURATION", "P1W").build();
        assertEquals(List.of("P1W"), resolve(ordinal).stream().map(TimeRef::value).toList());
        AnnotatedText time = new TextBuilder().words("the lights went out for a second")
                .time("a second", "DURATION", "PT1S").build();
        assertEquals(List.of("PT1S"), resolve(time).stream().map(TimeRef::value).toList());
    }

    @Test
    void decadesIntersectionsAndTimeZonesInTimexNotation() {
        AnnotatedText text = new TextBuilder().words("in the 1990s during the first nine months at 4 a.m. EDT")
                .time("the 1990s", "DATE", "199X")
                .time("the first nine months", "DATE", "2023 INTERSECT P9M")
                .time("4 a.m. EDT", "TIME", "2023-11-24T04:00-0400").build();
        List<TimeRef> times = resolve(text);
        assertEquals(List.of("199", "P9M", "2023-11-24T04:00"), times.stream().map(TimeRef::value).toList());
        assertEquals(TimeType.DURATION, times.get(1).type());
    }

    @Test
    void yearsAgoIsAYearNotADay() {
        AnnotatedText text = new TextBuilder().words("the plant closed two years ago")
                .time("two years ago", "DATE", "2021-11-24").build();
        assertEquals("2021", only(resolve(text)).value());
    }

    @Test
    void hoursLaterIsAnOffsetFromTheTimeBefore() {
        AnnotatedText text = new TextBuilder().words("the blast came on Thursday . Hours later police arrived")
                .time("Thursday", "DATE", "2023-11-23").time("Hours later", "DATE", "2023-11-24").build();
        List<TimeRef> times = resolve(text);
        assertEquals(2, times.size());
        assertEquals(TimeType.DURATION, times.get(1).type());
        assertEquals("PTXH", times.get(1).value());
        assertEquals("T1", times.get(1).anchor());
    }

    @Test
    void lastSixWeeksIsADurationEndingAtTheArticleDate() {
        AnnotatedText text = new TextBuilder().words("prices rose over the last six weeks")
                .time("the last six weeks", "DURATION", "P6W").build();
        TimeRef t = only(resolve(text));
        assertEquals("P6W", t.value());
        assertEquals(TimeType.DURATION, t.type());
        assertEquals("dateline", t.anchor());
    }

    @Test
    void yearEarlierIsTheStorysQuarterOfTheYearBefore() {
        AnnotatedText text = new TextBuilder().words("profit in the third quarter rose from a year earlier")
                .time("the third quarter", "DATE", "2023-Q3").time("a year earlier", "DATE", "2022-11-24").build();
        List<TimeRef> times = resolve(text);
        assertEquals("2022-Q3", times.get(1).value());
        assertEquals("T1", times.get(1).anchor());
    }

    @Test
    void theQuarterWithoutANamedOneIsTheLastCompleted() {
        AnnotatedText text = new TextBuilder().words("sales fell in the quarter")
                .time("the quarter", "DATE", "2023-Q4").build();
        TimeRef t = only(resolve(text));
        assertEquals("2023-Q3", t.value());
        assertEquals("dateline", t.anchor());
    }

    @Test
    void theQuarterEndedADateIsThatDatesQuarter() {
        AnnotatedText text = new TextBuilder().words("for the quarter ended June 30 net rose")
                .time("the quarter", "DATE", "2023-Q4").time("June 30", "DATE", "2023-06-30").build();
        assertEquals("2023-Q2", resolve(text).get(0).value());
    }

    @Test
    void yearEarlierPeriodSutimeMissesIsAdded() {
        AnnotatedText text = new TextBuilder().words("net fell from the year-earlier period").build();
        TimeRef t = only(resolve(text));
        assertEquals("the year-earlier period", t.span().text());
        assertEquals("2022", t.value());
    }

    @Test
    void withoutArticleDateValuesStayAsSutimeGaveThemAndNothingIsAnchored() {
        AnnotatedText text = new TextBuilder().sentence(
                new String[] {"Troops/NNS", "left/VBD", "Saturday/NNP"},
                new int[] {1, -1, 1}, new String[] {"nsubj", "root", "obl:tmod"})
                .time("Saturday", "DATE", "XXXX-WXX-6").build();
        TimeRef t = only(resolver.resolve(text, null, DateOrigin.PUBLISHED));
        assertEquals("XXXX-WXX-6", t.value());
        assertNull(t.anchor());
    }

    @Test
    void idsFollowTheTextAndSpansPointIntoIt() {
        AnnotatedText text = new TextBuilder().words("on Monday and on Tuesday and last week")
                .time("Monday", "DATE", "2023-11-20").time("Tuesday", "DATE", "2023-11-21")
                .time("last week", "DATE", "2023-W46").build();
        List<TimeRef> times = resolver.resolve(text, FRIDAY, DateOrigin.PUBLISHED);
        assertEquals(List.of("T1", "T2", "T3"), times.stream().map(TimeRef::id).toList());
        for (TimeRef t : times) {
            assertTrue(t.span().pointsInto(text.text()), t.toString());
            assertEquals("published", t.anchor());
        }
    }
}
