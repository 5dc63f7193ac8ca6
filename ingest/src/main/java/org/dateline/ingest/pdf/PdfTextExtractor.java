package org.dateline.ingest.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dateline.ingest.DocumentException;

/**
 * Text of a PDF in reading order, line by line as printed, with a blank line where PDFBox sees a
 * paragraph end. Rejoining wrapped lines and repairing hyphens is left to the text structurer, so
 * that a PDF and its text extraction give the same article.
 */
final class PdfTextExtractor {
    /** The extracted text and what the PDF's information dictionary says. */
    record PdfText(String text, String title, int pages) {
    }

    private final int maxPages;

    PdfTextExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    PdfText extract(String path, byte[] bytes) throws DocumentException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentException(path, "PDF has no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setEndPage(Math.min(pages, maxPages));
            String text = stripper.getText(pdf);
            PDDocumentInformation info = pdf.getDocumentInformation();
            return new PdfText(text, blankToNull(info.getTitle()), pages);
        } catch (InvalidPasswordException e) {
            throw new DocumentException(path, "PDF is encrypted and needs a password", e);
        } catch (IOException e) {
            throw new DocumentException(path, "not a readable PDF (truncated or damaged?): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // PDFBox signals some malformed structures with unchecked exceptions
            throw new DocumentException(path, "damaged PDF: " + e, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
