package org.dateline.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.SharedPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The lean pipeline gives what CoreNLP's own NER and depparse annotators give, numbers and times included. */
@Tag("slow")
class LeanPipelineTest {
    private static final String TEXT = "LUMEN, May 3 (Harbour Wire) - The Chilean president, Gabriela Ortiz, met union leaders "
            + "in Valparaiso on Tuesday night, three weeks after the strike began.\n\n"
            + "Dock workers have lost more than $4.5 million and 12 percent of their wages since March 2023, "
            + "the union's first statement said.\n\n"
            + "She said talks would resume next week and end before Christmas; the 1998 accord, signed at 10:30 a.m. "
            + "on a Friday, still holds for two-thirds of the ports.\n\n"
            + "Nobody in the harbour town expected the envoys, who had travelled overnight from the capital, to stay long.\n\n"
            + "Windows 2000 and the Class of 1995 were mentioned by the minister, who spoke for half an hour.\n\n"
            + "He sang in the harbour bars and the small clubs of the Seventies and never played a stadium.\n\n"
            // composite time expressions: SUTime builds them from the ones above in later stages
            + "The ferry runs every Tuesday from 2 p.m. to 4 p.m. and twice a day in the first quarter of 2023; "
            + "it stopped in mid-March, two years ago, and the 1990s timetable lasted until last weekend.";

    @Test
    void leanAndFullPipelinesAgreeOnEveryTokenParseTimeAndMention() {
        CoreNlpAnnotator gated = (CoreNlpAnnotator) SharedPipeline.get();
        try (CoreNlpAnnotator full = new CoreNlpAnnotator(false)) {
            LocalDate date = LocalDate.of(2024, 5, 3);
            AnnotatedText want = full.annotate(TEXT, date);
            AnnotatedText got = gated.annotate(TEXT, date);
            assertEquals(List.of(), LeanPipelineCheck.differences(want, got));
            assertEquals(want.times(), got.times());
            assertTrue(want.times().size() >= 8, "the text is about numbers and times: " + want.times());
        }
    }
}
