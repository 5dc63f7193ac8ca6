package org.dateline.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentIds;
import org.dateline.ingest.DocumentReader;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;

/**
 * Reads a plain-text news article: decodes the bytes ({@link TextDecoder}) and finds the article in
 * the text ({@link TextStructurer}). The fallback reader for any type no other reader claims.
 */
public final class PlainTextReader implements DocumentReader {
    public static final String MEDIA_TYPE = "text/plain";

    private final TextDecoder decoder = new TextDecoder();
    private final TextStructurer.Mode mode;
    private final TextStructurer structurer;

    /** For {@link java.util.ServiceLoader}: the bundled word list is read on the first document. */
    public PlainTextReader() {
        this(null, TextStructurer.Mode.NORMALIZE);
    }

    public PlainTextReader(TextStructurer structurer, TextStructurer.Mode mode) {
        this.structurer = structurer;
        this.mode = mode == null ? TextStructurer.Mode.NORMALIZE : mode;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public ReadDocument read(SourceDocument source, ReadOptions options) throws DocumentException {
        ReadOptions opts = options == null ? ReadOptions.DEFAULTS : options;
        DecodedText decoded = decoder.decode(source.path(), source.bytes(), opts.maxBytes());
        StructuredText structured;
        try {
            structured = structurer().structure(decoded.text(), source.metadata(), opts, mode);
        } catch (RuntimeException e) {
            // a defect in a structuring stage must fail this document, not the batch
            throw new DocumentException(source.path(), "text structuring failed: " + e, e);
        }
        String id = DocumentIds.idFor(source);
        DocumentInfo info = new DocumentInfo(id, source.path(), MEDIA_TYPE, source.bytes().length,
                source.metadata().url());
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(structured.warnings());
        Article article = structured.article();
        return new ReadDocument(info, article, warnings);
    }

    /** The structurer given, else the process's shared one: the word list is read once, not per reader. */
    private TextStructurer structurer() {
        return structurer != null ? structurer : TextStructurer.bundled();
    }


    /** Reads one file from the command line and prints what was found; for looking at real documents. */
    public static void main(String[] args) throws java.io.IOException {
        PlainTextReader reader = new PlainTextReader();
        for (String path : args) {
            byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
            try {
                ReadDocument doc = reader.read(new SourceDocument(path, bytes, null), ReadOptions.DEFAULTS);
                Article a = doc.article();
                System.out.println("== " + path + " (" + doc.info().bytes() + " bytes)");
                System.out.println("published: " + a.published() + "  title: " + a.title() + "  byline: " + a.byline()
                        + "  language: " + a.language());
                System.out.println("dateline: " + a.dateline());
                a.captions().forEach(c -> System.out.println("caption [" + c.credit() + "]: " + c.span().text()));
                a.sections().forEach(s -> System.out.println(s.kind().wireName() + " [" + s.begin() + "," + s.end()
                        + ") " + abbreviate(a.text().substring(s.begin(), s.end()))));
                doc.warnings().forEach(w -> System.out.println("warning: " + w));
            } catch (DocumentException e) {
                System.out.println("cannot read: " + e.getMessage());
            }
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', '|');
        return one.length() <= 90 ? one : one.substring(0, 60) + " ... " + one.substring(one.length() - 25);
    }
}
