package org.dateline.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReaderRegistry;
import org.dateline.ingest.SourceDocument;
import org.dateline.ingest.text.PlainTextReader;
import org.dateline.model.SectionKind;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    /** A wire story as a PDF prints it: hard-wrapped lines, a split word, a caption with its credit. */
    private static final List<String> LINES = List.of(
            "Fishing boats wait at the harbour of Arica on Monday. (Photo by Lumen)",
            "",
            "Arica, March 7 (Lumen)-- Chile and Peru have agreed to resume talks on the shared",
            "use of the port of Arica after weeks of tension over fishing rights, officials said on",
            "Thursday. The negotia-",
            "tions will be held in Lima next month.",
            "",
            "“We have found a common language,” the Chilean foreign minister told reporters in",
            "Santiago on Wednesday, adding that a written timetable was the first priority.");

    private static byte[] pdf(List<String> lines, boolean encrypt) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 740);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            if (encrypt) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static ReadDocument read(byte[] bytes) throws DocumentException {
        return new PdfReader().read(new SourceDocument("story.pdf", bytes, DocumentMetadata.NONE), ReadOptions.DEFAULTS);
    }

    @Test
    void printedArticleReadsLikeItsText() throws Exception {
        ReadDocument fromPdf = read(pdf(LINES, false));
        byte[] text = String.join("\n", LINES).getBytes(StandardCharsets.UTF_8);
        ReadDocument fromText = new PlainTextReader().read(new SourceDocument("story.txt", text, null), ReadOptions.DEFAULTS);
        assertEquals(fromText.article().text(), fromPdf.article().text());
        assertEquals(fromText.article().sections(), fromPdf.article().sections());
        assertEquals(fromText.article().dateline(), fromPdf.article().dateline());
        assertTrue(fromPdf.article().text().contains("The negotiations will be held in Lima"), fromPdf.article().text());
        assertEquals("Lumen", fromPdf.article().captions().get(0).credit());
        assertEquals(2, fromPdf.article().sectionTexts(SectionKind.PARAGRAPH).size());
        assertEquals("application/pdf", fromPdf.info().mediaType());
    }

    @Test
    void emptyFileIsReported() {
        DocumentException e = assertThrows(DocumentException.class, () -> read(new byte[0]));
        assertTrue(e.getMessage().startsWith("story.pdf: "), e.getMessage());
    }

    @Test
    void randomBinaryIsReported() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = '%';
        junk[1] = 'P';
        junk[2] = 'D';
        junk[3] = 'F';
        junk[4] = '-';
        assertThrows(DocumentException.class, () -> read(junk));
    }

    @Test
    void truncatedPdfIsReportedOrReadWithoutCrash() throws Exception {
        byte[] whole = pdf(LINES, false);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        try {
            ReadDocument d = read(half);
            // PDFBox may recover the first page of a cut file; what it recovers must be real text
            assertTrue(d.article().text().contains("Arica"));
        } catch (DocumentException e) {
            assertTrue(e.getMessage().contains("story.pdf"), e.getMessage());
        }
    }

    @Test
    void encryptedPdfNamesTheProblem() throws Exception {
        DocumentException e = assertThrows(DocumentException.class, () -> read(pdf(LINES, true)));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void pdfWithoutTextAsksForOcr() throws Exception {
        DocumentException e = assertThrows(DocumentException.class, () -> read(pdf(List.of(), false)));
        assertTrue(e.getMessage().contains("no extractable text"), e.getMessage());
    }

    @Test
    void oversizedPdfIsRefusedBeforeParsing() throws Exception {
        byte[] bytes = pdf(LINES, false);
        ReadOptions small = new ReadOptions(null, bytes.length - 1);
        DocumentException e = assertThrows(DocumentException.class, () -> new ReaderRegistry()
                .read(new SourceDocument("big.pdf", bytes, DocumentMetadata.NONE), null, small));
        assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    }

    @Test
    void registryFindsThePdfReaderByContent() throws Exception {
        ReadDocument d = new ReaderRegistry().read(new SourceDocument("no-extension", pdf(LINES, false), DocumentMetadata.NONE),
                null, ReadOptions.DEFAULTS);
        assertEquals("application/pdf", d.info().mediaType());
    }
}
