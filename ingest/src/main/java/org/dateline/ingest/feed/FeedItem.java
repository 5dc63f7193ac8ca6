package org.dateline.ingest.feed;

/**
 * One feed item as the feed describes it. {@code content} is the fullest text the item carries
 * (RSS {@code content:encoded}, else {@code description}; Atom {@code content}, else {@code summary});
 * {@code html} says whether it is markup. Any field may be null.
 */
record FeedItem(String link, String title, String published, String content, boolean html) {
}
