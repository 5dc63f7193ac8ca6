package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.places.Gazetteer;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;

class GeoEvalTest {
    /** Tags every word it is told as LOCATION: enough NLP to drive the geoparser without CoreNLP. */
    private static final class WordListAnnotator implements Annotator {
        private final List<String> places;

        WordListAnnotator(List<String> places) {
            this.places = places;
        }

        @Override
        public AnnotatedText annotate(String text, LocalDate documentDate) {
            List<Token> tokens = new ArrayList<>();
            List<NerMention> mentions = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
            while (m.find()) {
                boolean place = places.contains(m.group());
                int i = tokens.size();
                tokens.add(new Token(i, m.start(), m.end(), m.group(), m.group(),
                        Character.isUpperCase(m.group().charAt(0)) ? "NNP" : "NN", place ? "LOCATION" : "O"));
                if (place) {
                    mentions.add(new NerMention(m.start(), m.end(), m.group(), "LOCATION", 0, i, i + 1));
                }
            }
            Sentence s = new Sentence(0, 0, text.length(), tokens, List.of(), List.of());
            return new AnnotatedText(text, List.of(s), mentions, List.of());
        }

        @Override
        public void close() {
        }
    }

    @Test
    void runsTheGeoparserOnEachArticleAndScoresItsMentions() throws Exception {
        Path gold = Path.of(GeoEvalTest.class.getResource("webnews-layout.xml").toURI());
        GeoEvalResult r = new GeoEval(Gazetteer.bundled())
                .run(gold, new WordListAnnotator(List.of("Dover", "Calais", "noon")), 0);
        assertEquals(1, r.articles());
        assertEquals(2, r.goldToponyms());
        assertEquals(1, r.unusableGoldToponyms());
        assertEquals(2, r.matched());
        assertEquals(1.0, r.recall(), 1e-9);
        // "noon" is tagged a place, is not in the gazetteer, and overlaps no gold toponym
        assertEquals(1, r.falsePositives());
        assertEquals(2.0 / 3, r.precision(), 1e-9);
        assertTrue(r.toJson().contains("\"accuracyAt161Km\""), r.toJson());
    }
}
