package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.text.StructuredText;
import org.dateline.model.Article;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;

/**
 * Turns the body paragraphs found in a page into the article's text and structure. The production
 * reader uses {@link TextBodyStructurer} (dateline and photo captions inside the body, as in plain
 * text); {@link #PLAIN} makes the headline a title section and every paragraph a paragraph section,
 * joined by blank lines.
 */
@FunctionalInterface
public interface BodyStructurer {
    StructuredText structure(ArticleHead head, List<String> paragraphs);

    BodyStructurer PLAIN = (head, paragraphs) -> {
        StringBuilder text = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        if (head.title() != null && !head.title().isBlank()) {
            text.append(head.title());
            sections.add(new Section(SectionKind.TITLE, 0, text.length()));
        }
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int begin = text.length();
            text.append(p);
            sections.add(new Section(SectionKind.PARAGRAPH, begin, text.length()));
        }
        return new StructuredText(new Article(text.toString(), head.title(), head.byline(), head.outlet(),
                head.published(), null, sections, List.of(), head.language()), List.of());
    };
}
