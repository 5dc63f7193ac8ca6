package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentIds;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.DocumentReader;
import org.dateline.ingest.ReadDocument;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.SourceDocument;
import org.dateline.ingest.text.StructuredText;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a news web page: decodes it ({@link CharsetSniffer}), reads what it says about itself
 * ({@link MetadataReader}), strips what is never text ({@link PageCleaner}) and finds the article
 * body ({@link ContentExtractor}); the {@link BodyStructurer} then lays the paragraphs out as text.
 */
public final class HtmlReader implements DocumentReader {
    public static final String MEDIA_TYPE = "text/html";
    private static final Set<String> MEDIA_TYPES = Set.of(MEDIA_TYPE, "application/xhtml+xml");
    private static final int BINARY_PROBE = 8 * 1024;

    private final BodyStructurer structurer;

    /** The production reader: body paragraphs go through the plain-text structurer (dateline, captions). */
    public HtmlReader() {
        this(new TextBodyStructurer());
    }

    public HtmlReader(BodyStructurer structurer) {
        this.structurer = Objects.requireNonNull(structurer, "structurer");
    }

    @Override
    public Set<String> mediaTypes() {
        return MEDIA_TYPES;
    }

    @Override
    public ReadDocument read(SourceDocument source, ReadOptions options) throws DocumentException {
        return readPage(source, options).document();
    }

    /** Reads the page and also returns its URL: the canonical one it names, else the container's, else null. */
    public HtmlPage readPage(SourceDocument source, ReadOptions options) throws DocumentException {
        String path = source.path();
        byte[] bytes = source.bytes();
        if (bytes.length > options.maxBytes()) {
            throw new DocumentException(path, "page is " + bytes.length + " bytes, over the limit of "
                    + options.maxBytes() + " bytes");
        }
        if (bytes.length == 0) {
            throw new DocumentException(path, "empty file, no HTML to read");
        }
        List<String> warnings = new ArrayList<>();
        CharsetSniffer.Decision charset = CharsetSniffer.sniff(bytes);
        if (charset.bomLength() == 0 && looksBinary(bytes)) {
            throw new DocumentException(path, "not an HTML page: the bytes are binary (control characters)");
        }
        if (charset.declarationOverruled()) {
            warnings.add("page declares charset " + charset.declared() + " but its bytes are "
                    + charset.charset().name() + "; read as " + charset.charset().name());
        }
        String html = new String(bytes, charset.bomLength(), bytes.length - charset.bomLength(), charset.charset());
        Document doc = parse(html, source.metadata());
        PageMetadata meta = MetadataReader.read(doc);
        Element body = doc.body();
        if (body == null) {
            throw new DocumentException(path, "page has no body");
        }
        PageCleaner.clean(body);
        List<String> paragraphs = ContentExtractor.extract(body, meta).stream()
                .map(ContentExtractor.Paragraph::text).toList();
        if (paragraphs.isEmpty()) {
            throw new DocumentException(path, "no article text found in the page");
        }
        ArticleHead head = head(meta, source.metadata(), options, warnings);
        StructuredText structured;
        try {
            structured = structurer.structure(head, paragraphs);
        } catch (RuntimeException e) {
            // a defect in a structuring stage must fail this document, not the batch
            throw new DocumentException(path, "structuring the page's text failed: " + e, e);
        }
        warnings.addAll(structured.warnings());
        Article article = structured.article();
        DocumentMetadata given = source.metadata();
        String id = given.id() != null ? given.id() : DocumentIds.sha256Hex(bytes);
        String url = meta.canonicalUrl() != null ? meta.canonicalUrl() : given.url();
        DocumentInfo info = new DocumentInfo(id, path, MEDIA_TYPE, bytes.length, url);
        return new HtmlPage(new ReadDocument(info, article, warnings), url);
    }

    private static Document parse(String html, DocumentMetadata given) {
        String baseUri = given.url() == null ? "" : given.url();
        return Jsoup.parse(html, baseUri, Parser.htmlParser());
    }

    private static ArticleHead head(PageMetadata meta, DocumentMetadata given, ReadOptions options, List<String> warnings) {
        String published = meta.published();
        if (published == null && given.published() != null) {
            published = MetadataReader.isoDate(given.published());
        }
        if (published == null && options.fallbackDate() != null) {
            published = options.fallbackDate().toString();
            warnings.add("no publication date in the page; using the given date " + published);
        }
        String title = meta.title() != null ? meta.title() : given.title();
        String outlet = meta.outlet() != null ? meta.outlet() : given.outlet();
        return new ArticleHead(title, meta.byline(), outlet, published, meta.language());
    }

    /** A page with NUL or many other control characters near the top is not text of any kind. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_PROBE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

}
