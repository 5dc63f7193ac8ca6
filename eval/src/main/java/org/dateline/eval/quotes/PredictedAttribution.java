package org.dateline.eval.quotes;

import java.util.List;

/**
 * One predicted statement as the scorer sees it: its content (one range, or several when a quote is
 * interrupted by its cue), the speaker mention and the cue (each empty when the system names none).
 */
public record PredictedAttribution(List<TextRange> content, List<TextRange> speaker, List<TextRange> cue) {
    public PredictedAttribution {
        content = List.copyOf(content);
        speaker = List.copyOf(speaker);
        cue = List.copyOf(cue == null ? List.of() : cue);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a predicted attribution needs content");
        }
    }

    public PredictedAttribution(List<TextRange> content, List<TextRange> speaker) {
        this(content, speaker, List.of());
    }
}

