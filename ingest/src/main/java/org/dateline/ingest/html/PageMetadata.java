package org.dateline.ingest.html;

/**
 * What a page says about itself outside the article body: headline, author, publication date (ISO
 * {@code YYYY-MM-DD}), site name, canonical URL, language, and the article body a JSON-LD block
 * carries. Any field may be null.
 */
record PageMetadata(String title, String byline, String published, String outlet, String canonicalUrl,
                    String language, String structuredBody) {
    static final PageMetadata EMPTY = new PageMetadata(null, null, null, null, null, null, null);
}
