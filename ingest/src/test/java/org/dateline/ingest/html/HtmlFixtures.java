package org.dateline.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Article;
import org.dateline.model.SectionKind;

/** Loads the hand-written pages under {@code src/test/resources/html} and reads them. */
final class HtmlFixtures {
    private HtmlFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = HtmlFixtures.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadDocument read(String path, byte[] bytes) throws DocumentException {
        return new HtmlReader().read(new SourceDocument(path, bytes, null), ReadOptions.DEFAULTS);
    }

    static ReadDocument readFixture(String name) throws DocumentException {
        return read(name, bytes(name));
    }

    /** The body as the evaluation sees it: the paragraph sections joined by blank lines. */
    static String body(Article article) {
        return String.join("\n\n", article.sectionTexts(SectionKind.PARAGRAPH));
    }
}
