package org.dateline.eval.geo;

import java.util.List;

/**
 * One article of a geoparsing gold set: its id in the set, its raw text, its toponyms, and how many
 * toponyms were left out because their offsets fall outside the text.
 */
public record GoldArticle(String id, String text, List<GoldToponym> toponyms, int unusableToponyms) {
    public GoldArticle {
        toponyms = List.copyOf(toponyms);
    }
}
