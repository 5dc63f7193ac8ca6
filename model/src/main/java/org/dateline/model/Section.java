package org.dateline.model;

import java.util.Objects;

/** A structural part of the article: a caption, the dateline, the title, the byline or a paragraph. */
public record Section(SectionKind kind, int begin, int end) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad section [" + begin + "," + end + ")");
        }
    }
}
