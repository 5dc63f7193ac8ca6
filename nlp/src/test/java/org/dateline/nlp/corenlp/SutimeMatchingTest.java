package org.dateline.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.tokensregex.StartFilteredExtractRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The start filter reaches SUTime's rules through CoreNLP's private fields, and only those of one combiner. */
@Tag("slow")
class SutimeMatchingTest {
    @Test
    void filtersMostOfSutimesRulesOfOneCombinerOnly() {
        var first = GatedNerAnnotator.numericOnly(CoreNlpAnnotator.properties());
        var second = GatedNerAnnotator.numericOnly(CoreNlpAnnotator.properties());
        StartFilteredExtractRule.Report report = SutimeMatching.speedUp(first);
        // SUTime 4.5.10: 215 of its 239 extraction rules; the rest are text (character regex) rules
        assertTrue(report.filtered() >= 200, report.toString());
        // a second combiner has rules of its own, untouched by the first installation
        assertEquals(report, SutimeMatching.speedUp(second));
        // installed twice on the same rules, nothing more is replaced
        assertEquals(0, SutimeMatching.speedUp(first).filtered());
    }
}
