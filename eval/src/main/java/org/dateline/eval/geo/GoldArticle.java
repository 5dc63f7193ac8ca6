package org.dateline.eval.geo;

import java.util.List;

/**
 * One article of a geoparsing gold set: its id in the set, its raw text, its toponyms, and how many
 * toponyms were left out because their offsets fall outside the text; the outlet's web address or
 * domain when the set gives it (null otherwise).
 */
public record GoldArticle(String id, String text, List<GoldToponym> toponyms, int unusableToponyms, String outlet) {
    public GoldArticle {
        toponyms = List.copyOf(toponyms);
    }
}
