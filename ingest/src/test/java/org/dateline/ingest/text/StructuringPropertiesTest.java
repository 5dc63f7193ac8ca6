package org.dateline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Article;

/** Properties of reading and structuring that must hold for any input. */
class StructuringPropertiesTest {
    private static TextStructurer structurer;
    private static PlainTextReader reader;

    @BeforeContainer
    static void load() {
        structurer = TextStructurer.withBundledWordList();
        reader = new PlainTextReader(structurer, TextStructurer.Mode.NORMALIZE);
    }

    @Property(tries = 300)
    void readerThrowsNothingButDocumentException(@ForAll byte[] bytes) {
        try {
            ReadDocument doc = reader.read(new SourceDocument("prop.bin", bytes, null), ReadOptions.DEFAULTS);
            ArticleChecks.assertWellFormed(doc);
        } catch (DocumentException expected) {
            assertEquals("prop.bin", expected.path());
        }
    }

    @Property(tries = 300)
    void structuringAnyStringGivesAWellFormedArticleAndIsIdempotent(@ForAll("messyText") String text) {
        Article once = structurer.structure(text, DocumentMetadata.NONE, ReadOptions.DEFAULTS).article();
        ArticleChecks.assertWellFormed(once);
        Article twice = structurer.structure(once.text(), DocumentMetadata.NONE, ReadOptions.DEFAULTS).article();
        assertEquals(once.text(), twice.text());
        assertEquals(once.sections(), twice.sections());
    }

    @Property(tries = 200)
    void cleanProseIsTheIdentity(@ForAll("cleanProse") String text) {
        Article a = structurer.structure(text, DocumentMetadata.NONE, ReadOptions.DEFAULTS).article();
        assertEquals(text, a.text());
        ArticleChecks.assertWellFormed(a);
    }

    @Property(tries = 200)
    void unwrappingHardWrappedProseGivesTheProseBack(@ForAll("paragraphs") List<String> paragraphs,
                                                     @ForAll @IntRange(min = 40, max = 110) int width) {
        String wrapped = String.join("\n\n", paragraphs.stream().map(p -> wrap(p, width)).toList()) + "\n";
        Assume.that(wrapped.chars().anyMatch(c -> c == '\n') && hasLowercaseContinuation(wrapped));
        Article a = structurer.structure(wrapped, DocumentMetadata.NONE, ReadOptions.DEFAULTS).article();
        assertEquals(String.join("\n\n", paragraphs), a.text());
        ArticleChecks.assertWellFormed(a);
        Article verbatim = structurer.structure(wrapped, null, null, TextStructurer.Mode.VERBATIM).article();
        assertEquals(wrapped, verbatim.text());
        assertEquals(a.sections().size(), verbatim.sections().size());
    }

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("\n", "\n\n", "\r\n", " ", "-\n", "\u00a0", "\u2014", "(Photo by Fars)", "DOHA (Reuters) - ",
                        "Doha, November 24 (RHC)-- ", "By Jane Doe", "on Nov. 23, 2023.", "REUTERS/Ann Lee", "\f", "\u2028",
                        "nego-\ntiations", "Amir-\nAbdollahian", "\uFEFF", "Photo: ", "\ud83d\ude00"),
                word());
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> cleanProse() {
        Arbitrary<String> separator = Arbitraries.of("\n\n", "\n", "\r\n\r\n");
        return Combinators.combine(paragraphs(), separator, Arbitraries.of("", "\n"))
                .as((ps, sep, end) -> String.join(sep, ps) + end);
    }

    @Provide
    Arbitrary<List<String>> paragraphs() {
        Arbitrary<String> sentence = Combinators.combine(capitalized(), word().list().ofMinSize(2).ofMaxSize(14),
                Arbitraries.of(".", "?", "!", ".\u201d", ".\""))
                .as((first, rest, end) -> first + " " + String.join(" ", rest) + end);
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(5).map(s -> String.join(" ", s));
        return paragraph.list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<String> word() {
        return Arbitraries.oneOf(
                Arbitraries.of("the", "minister", "said", "talks", "in", "on", "of", "truce", "would", "and", "a",
                        "\u201cpivotal", "role\u201d", "ceasefire,", "U.S.", "\u2014", "long-term", "well-known", "forces",
                        "captives", "prisoners", "across", "region", "humanitarian", "so\u00a0said", "2023", "12,000"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12));
    }

    private static Arbitrary<String> capitalized() {
        return Arbitraries.of("The", "Iran", "Officials", "Qatar\u2019s", "\u201cWe", "He", "Hamas", "Aid", "Nobody");
    }

    /** Greedy wrapping, as an editor or a PDF does: never splits a word. */
    private static String wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        lines.add(line.toString());
        return String.join("\n", lines);
    }

    private static boolean hasLowercaseContinuation(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i - 1) == '\n' && Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
