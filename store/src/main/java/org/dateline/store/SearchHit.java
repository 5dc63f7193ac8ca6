package org.dateline.store;

/**
 * A full-text match: an article ({@code kind} "article", {@code ref} null) or a quote ({@code kind}
 * "quote", {@code ref} its id), with a snippet whose matches are in [brackets].
 */
public record SearchHit(String kind, long documentId, String ref, String title, String snippet, double score,
                        String path) {
}
