package org.dateline.store;

/**
 * One stored article as a line of a listing: where it came from, and how much was found in it
 * (rows of entities, places, times, quotes and event reports).
 */
public record ArticleSummary(long documentId, String title, String outlet, String published, String datelinePlace,
                             String url, String path, String ingestedAt, int textLength, int entities, int places,
                             int times, int quotes, int events) {
}
