package org.dateline.extract.times;

/** Where the article date that anchors relative times came from; its wire name is a TimeRef anchor. */
public enum DateOrigin {
    DATELINE("dateline"), PUBLISHED("published");

    private final String wireName;

    DateOrigin(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
