package org.dateline.extract.times;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.TimeRef;
import org.dateline.model.TimeType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SUTime through the shared CoreNLP pipeline, then our corrections, on sentences written here. */
@Tag("slow")
class TimeResolverPipelineTest {
    /** A Friday. */
    private static final LocalDate DATELINE = LocalDate.of(2023, 11, 24);
    private final TimeResolver resolver = new TimeResolver();

    private List<TimeRef> times(String text) {
        AnnotatedText annotated = SharedPipeline.get().annotate(text, DATELINE);
        List<TimeRef> times = resolver.resolve(annotated, DATELINE, DateOrigin.DATELINE);
        times.forEach(t -> assertTrue(t.span().pointsInto(text), t.toString()));
        return times;
    }

    private static TimeRef find(List<TimeRef> times, String text) {
        return times.stream().filter(t -> t.span().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + times));
    }

    @Test
    void thursdayNightIsOneTimeOnTheDayBeforeTheDateline() {
        List<TimeRef> times = times("Rockets hit the harbour town on Thursday night, and the ferry sailed again Friday morning.");
        TimeRef night = find(times, "Thursday night");
        assertEquals("2023-11-23TNI", night.value());
        assertEquals(TimeType.TIME, night.type());
        assertEquals("dateline", night.anchor());
        assertEquals("2023-11-24TMO", find(times, "Friday morning").value());
        assertEquals(2, times.size(), times.toString());
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        List<TimeRef> times = times("The envoy arrived on Saturday, aides said. She will fly home on Monday.");
        assertEquals("2023-11-18", find(times, "Saturday").value());
        assertEquals("2023-11-27", find(times, "Monday").value());
    }

    @Test
    void lastSixWeeksIsASixWeekDurationUpToTheDateline() {
        TimeRef t = find(times("Grain prices have doubled over the last six weeks."), "the last six weeks");
        assertEquals(TimeType.DURATION, t.type());
        assertEquals("P6W", t.value());
        assertEquals("dateline", t.anchor());
    }

    @Test
    void hoursLaterCountsFromTheEventBefore() {
        List<TimeRef> times = times("The bridge collapsed on Wednesday. Hours later, divers found the driver.");
        TimeRef later = find(times, "Hours later");
        assertEquals("PTXH", later.value());
        assertEquals(find(times, "Wednesday").id(), later.anchor());
    }

    @Test
    void explicitCaptionDateIsThatDay() {
        TimeRef t = find(times("A vendor sells lanterns in the old market, Nov. 23, 2023."), "Nov. 23, 2023");
        assertEquals("2023-11-23", t.value());
    }

    @Test
    void relativeMonthsAndWeeks() {
        List<TimeRef> times = times("Earlier this month the council voted. Last week the mayor resigned.");
        assertEquals("2023-11", find(times, "Earlier this month").value());
        assertEquals("2023-W46", find(times, "Last week").value());
    }

    @Test
    void plansAndSchedulesLookAheadAlthoughTheVerbIsPast() {
        assertEquals("2023-11-30", find(times("The delegation planned to leave the capital on Thursday."), "Thursday").value());
        assertEquals("2023-11-30", find(times("The ministry scheduled a news conference for Thursday."), "Thursday").value());
    }

    @Test
    void cueWordsBeforeADayPointAhead() {
        assertEquals("2023-11-28", find(times("The court gave the company until Tuesday to respond."), "Tuesday").value());
        assertEquals("2024-02-01", find(times("The board declared a dividend payable Feb. 1 to holders of record."),
                "Feb. 1").value());
        assertEquals("2023-11-30", find(times("The envoy could return as soon as Thursday, officials said."),
                "Thursday").value());
    }

    @Test
    void presentAndModalClausesLookAhead() {
        assertEquals("2023-11-29", find(times("The two ministers meet in Geneva on Wednesday."), "Wednesday").value());
        assertEquals("2023-11-30", find(times("Officials said talks would resume on Thursday."), "Thursday").value());
        assertEquals("2023-11-23", find(times("The envoy may have met rebel leaders on Thursday."), "Thursday").value());
    }

    @Test
    void aDayModifyingANounIsNotTimedByTheClause() {
        assertEquals("2023-11-23", find(times("Lawyers are studying Thursday's ruling."), "Thursday").value());
    }

    @Test
    void theYearEndedADayIsATwelveMonthDuration() {
        List<TimeRef> times = times("The company earned $5 million in the year ended Sept. 30.");
        TimeRef year = find(times, "the year");
        assertEquals(TimeType.DURATION, year.type());
        assertEquals("P1Y", year.value());
        assertEquals("2023-09-30", find(times, "Sept. 30").value());
    }

    @Test
    void thatYearAndTheFollowingYearCountFromTheYearJustTold() {
        List<TimeRef> times = times("The plant opened in March 2015. Later that year it lost its licence, "
                + "and the following year it was sold.");
        TimeRef march = find(times, "March 2015");
        TimeRef later = find(times, "Later that year");
        assertEquals("2015", later.value());
        assertEquals(march.id(), later.anchor());
        assertEquals("2016", find(times, "the following year").value());
    }

    @Test
    void nowOpeningASentenceIsNoTime() {
        List<TimeRef> times = times("The mill closed. Now, the town hopes for tourists. Prices are now falling.");
        assertEquals(1, times.stream().filter(t -> t.span().text().equalsIgnoreCase("now")).count(), times.toString());
        assertEquals("now", find(times, "now").span().text());
    }
}
