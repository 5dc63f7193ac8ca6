package org.dateline.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dateline.model.Article;

/**
 * The date relative times are resolved against, and where it came from: the dateline's full date
 * first, else the published date. Null date when the article has neither.
 */
public record ArticleDate(LocalDate date, String source) {
    public static final ArticleDate NONE = new ArticleDate(null, null);

    public static ArticleDate of(Article article) {
        if (article.dateline() != null) {
            LocalDate d = parse(article.dateline().date());
            if (d != null) {
                return new ArticleDate(d, "dateline");
            }
        }
        LocalDate published = parse(article.published());
        return published == null ? NONE : new ArticleDate(published, "published");
    }

    static LocalDate parse(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
