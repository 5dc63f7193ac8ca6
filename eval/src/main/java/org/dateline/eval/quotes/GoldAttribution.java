package org.dateline.eval.quotes;

import java.util.List;

/**
 * One gold attribution relation: its content, source and cue, each possibly discontinuous (BRAT
 * fragments). {@code source} is empty when the annotator marked none.
 */
public record GoldAttribution(String id, List<TextRange> content, List<TextRange> source, List<TextRange> cue) {
    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
    }

    public boolean hasSource() {
        return !source.isEmpty();
    }
}
