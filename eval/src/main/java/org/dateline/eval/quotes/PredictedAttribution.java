package org.dateline.eval.quotes;

import java.util.List;

/**
 * One predicted statement as the scorer sees it: its content (one range, or several when a quote is
 * interrupted by its cue) and the speaker mention (empty when the system names none).
 */
public record PredictedAttribution(List<TextRange> content, List<TextRange> speaker) {
    public PredictedAttribution {
        content = List.copyOf(content);
        speaker = List.copyOf(speaker);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a predicted attribution needs content");
        }
    }
}
