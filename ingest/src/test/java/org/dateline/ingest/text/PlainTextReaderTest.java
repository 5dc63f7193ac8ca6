package org.dateline.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.DocumentReader;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.SectionKind;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private static final PlainTextReader READER = new PlainTextReader();
    private static final String PARAGRAPH = "Ministers from the five countries met again on Tuesday to discuss the\n"
            + "shipping of grain through the strait, officials said after the talks.\n\n";

    @Test
    void documentInfoCarriesHashPathTypeAndSize() throws DocumentException {
        byte[] bytes = "DOHA (Reuters) - Talks resumed.\n".getBytes(StandardCharsets.UTF_8);
        ReadDocument doc = READER.read(new SourceDocument("in/a.txt", bytes, null), ReadOptions.DEFAULTS);
        assertEquals(org.dateline.ingest.DocumentIds.sha256Hex(bytes), doc.info().id());
        assertEquals(64, doc.info().id().length());
        assertEquals("in/a.txt", doc.info().path());
        assertEquals("text/plain", doc.info().mediaType());
        assertEquals(bytes.length, doc.info().bytes());
    }

    @Test
    void idFromMetadataWins() throws DocumentException {
        DocumentMetadata meta = new DocumentMetadata("line-7", null, null, null, null, null);
        ReadDocument doc = READER.read(new SourceDocument("f.jsonl#7", "Talks resumed.".getBytes(StandardCharsets.UTF_8),
                meta), ReadOptions.DEFAULTS);
        assertEquals("line-7", doc.info().id());
    }

    @Test
    void foundByServiceLoaderForTextPlain() {
        boolean found = ServiceLoader.load(DocumentReader.class).stream()
                .anyMatch(p -> p.get().mediaTypes().contains("text/plain"));
        assertTrue(found);
    }

    @Test
    void decoderWarningsReachTheDocument() throws DocumentException {
        byte[] bytes = "Caf\u00e9 talks resumed in the capital on Monday.".getBytes(StandardCharsets.ISO_8859_1);
        ReadDocument doc = READER.read(new SourceDocument("l1.txt", bytes, null), ReadOptions.DEFAULTS);
        assertTrue(doc.article().text().startsWith("Caf\u00e9"));
        assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("windows-1252")));
    }

    @Test
    void utf16DocumentWithBomIsStructured() throws DocumentException {
        String text = "DOHA (Reuters) - Ministers met on Tuesday.\n\nThey will meet again.\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        ReadDocument doc = READER.read(new SourceDocument("u16.txt", bytes, null), ReadOptions.DEFAULTS);
        assertEquals(text, doc.article().text());
        assertEquals("DOHA", doc.article().dateline().place());
    }

    @Test
    void emptyDocumentIsRejectedByName() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> READER.read(new SourceDocument("none.txt", new byte[0], null), ReadOptions.DEFAULTS));
        assertEquals("none.txt: empty document", e.getMessage());
    }

    /** Fifty megabytes of wrapped prose, built here: refused over a smaller limit, read within the default one. */
    @Test
    void fiftyMegabyteDocument() throws DocumentException {
        byte[] unit = PARAGRAPH.getBytes(StandardCharsets.UTF_8);
        int copies = 50 * 1024 * 1024 / unit.length;
        byte[] bytes = new byte[copies * unit.length];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(unit, 0, bytes, i * unit.length, unit.length);
        }
        SourceDocument big = new SourceDocument("big.txt", bytes, null);
        DocumentException e = assertThrows(DocumentException.class,
                () -> READER.read(big, new ReadOptions(null, 10L * 1024 * 1024)));
        assertTrue(e.getMessage().contains("exceeds the limit"), e.getMessage());

        ReadDocument doc = READER.read(big, ReadOptions.DEFAULTS);
        assertEquals(copies, doc.article().sectionTexts(SectionKind.PARAGRAPH).size());
        assertTrue(doc.article().text().startsWith("Ministers from the five countries met again on Tuesday to discuss the "
                + "shipping of grain"));
        ArticleChecks.assertWellFormed(doc);
    }
}
