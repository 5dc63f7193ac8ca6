package org.dateline.ingest.html;

/** What the page says about its article outside the body; any field may be null. {@code published} is ISO. */
public record ArticleHead(String title, String byline, String outlet, String published, String language) {
}
