package org.dateline.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentIds;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.DocumentReader;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.ingest.text.StructuredText;
import org.dateline.ingest.text.TextStructurer;
import org.dateline.model.DocumentInfo;

/**
 * PDF press releases and clippings: PDFBox text in reading order, then the same structure repair as
 * plain text (wrapped lines, hyphens, captions, dateline), so a printed article reads like its text.
 * The PDF's own title and creation date are used only when the container gave none.
 */
public final class PdfReader implements DocumentReader {
    /** Pages beyond this are not read: a 2,000-page report is not a news article. */
    public static final int MAX_PAGES = 200;

    private final PdfTextExtractor extractor = new PdfTextExtractor(MAX_PAGES);
    private final TextStructurer structurer;

    public PdfReader() {
        this(null);
    }

    public PdfReader(TextStructurer structurer) {
        this.structurer = structurer;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.PDF);
    }

    @Override
    public ReadDocument read(SourceDocument source, ReadOptions options) throws DocumentException {
        PdfTextExtractor.PdfText pdf = extractor.extract(source.path(), source.bytes());
        if (pdf.text().isBlank()) {
            throw new DocumentException(source.path(), "PDF has no extractable text (scanned images need OCR first)");
        }
        DocumentMetadata given = source.metadata();
        DocumentMetadata meta = new DocumentMetadata(given.id(), given.url(),
                given.title() != null ? given.title() : pdf.title(), given.outlet(), given.published(), MediaTypes.PDF);
        StructuredText structured;
        try {
            structured = structurer().structure(pdf.text(), meta, options);
        } catch (RuntimeException e) {
            throw new DocumentException(source.path(), "text structuring failed: " + e, e);
        }
        List<String> warnings = new ArrayList<>(structured.warnings());
        if (pdf.pages() > MAX_PAGES) {
            warnings.add("only the first " + MAX_PAGES + " of " + pdf.pages() + " pages were read");
        }
        DocumentInfo info = new DocumentInfo(DocumentIds.idFor(source), source.path(), MediaTypes.PDF,
                source.bytes().length, given.url());
        return new ReadDocument(info, structured.article(), warnings);
    }

    /** The structurer given, else the process's shared one: the word list is read once, not per reader. */
    private TextStructurer structurer() {
        return structurer != null ? structurer : TextStructurer.bundled();
    }
}
