package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.text.StructuredText;
import org.dateline.ingest.text.TextStructurer;
import org.dateline.model.Article;
import org.dateline.model.Caption;
import org.dateline.model.Dateline;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;
import org.dateline.model.Span;

/**
 * Page paragraphs through the plain-text structurer, so that a body opening "DOHA, Nov 24 (Reuters) -"
 * gets its dateline and photo captions are captions, exactly as in a text file. The structurer runs
 * verbatim on the paragraphs joined by blank lines (the extractor already gave clean paragraphs); the
 * page's headline is then put in front as the title section. What the page says in its head (title,
 * byline, date, language) wins over what the body suggests.
 */
public final class TextBodyStructurer implements BodyStructurer {
    private static final String SEPARATOR = "\n\n";
    private final TextStructurer structurer;

    /** With the bundled English word list, read at the first page. */
    public TextBodyStructurer() {
        this(null);
    }

    public TextBodyStructurer(TextStructurer structurer) {
        this.structurer = structurer;
    }

    @Override
    public StructuredText structure(ArticleHead head, List<String> paragraphs) {
        String body = String.join(SEPARATOR, paragraphs);
        DocumentMetadata meta = new DocumentMetadata(null, null, head.title(), head.outlet(), head.published(),
                HtmlReader.MEDIA_TYPE);
        StructuredText found = structurer().structure(body, meta, ReadOptions.DEFAULTS, TextStructurer.Mode.VERBATIM);
        Article a = found.article();
        String title = head.title() != null && !head.title().isBlank() ? head.title() : null;
        String prefix = title == null ? "" : title + SEPARATOR;
        String text = prefix + a.text();
        int shift = prefix.length();
        List<Section> sections = new ArrayList<>();
        if (title != null) {
            sections.add(new Section(SectionKind.TITLE, 0, title.length()));
        }
        for (Section s : a.sections()) {
            // the page's own headline is the title; a short first body paragraph that looks like one is not
            SectionKind kind = title != null && s.kind() == SectionKind.TITLE ? SectionKind.PARAGRAPH : s.kind();
            sections.add(new Section(kind, s.begin() + shift, s.end() + shift));
        }
        List<Caption> captions = a.captions().stream()
                .map(c -> new Caption(moved(text, c.span(), shift), c.credit())).toList();
        Dateline dateline = a.dateline() == null ? null : new Dateline(moved(text, a.dateline().span(), shift),
                a.dateline().place(), a.dateline().date(), a.dateline().agency());
        Article article = new Article(text, title != null ? title : a.title(), first(head.byline(), a.byline()),
                first(head.outlet(), a.outlet()), first(head.published(), a.published()), dateline, sections, captions,
                first(head.language(), a.language()));
        return new StructuredText(article, found.warnings());
    }

    private static Span moved(String text, Span span, int shift) {
        return Span.of(text, span.begin() + shift, span.end() + shift);
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** The structurer given, else the process's shared one: the word list is read once, not per reader. */
    private TextStructurer structurer() {
        return structurer != null ? structurer : TextStructurer.bundled();
    }
}
