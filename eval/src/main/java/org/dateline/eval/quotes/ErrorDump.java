package org.dateline.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A readable listing of one text's misses, wrong speakers and false alarms, for error analysis; each span
 * is shown with the character offsets of its first and last piece ({@code [text]@begin-end}).
 */
final class ErrorDump {
    private ErrorDump() {
    }

    static void write(Path file, String text, List<GoldAttribution> gold, List<PredictedAttribution> predicted,
                      QuoteScorer.Scored scored) {
        StringBuilder sb = new StringBuilder();
        boolean[] predMatched = new boolean[predicted.size()];
        QuoteScorer.Match[] byGold = new QuoteScorer.Match[gold.size()];
        for (QuoteScorer.Match m : scored.matches()) {
            predMatched[m.predicted()] = true;
            byGold[m.gold()] = m;
        }
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution a = gold.get(g);
            QuoteScorer.Match m = byGold[g];
            String status = m == null ? "MISS" : !a.hasSource() ? "OK-NOSRC" : m.attributed() ? "OK" : "WRONG-SPEAKER";
            sb.append(status).append("\tsrc=").append(show(text, a.source())).append("\tcue=").append(show(text, a.cue()))
                    .append("\n\tgold=").append(show(text, a.content())).append('\n');
            if (m != null) {
                PredictedAttribution p = predicted.get(m.predicted());
                sb.append("\tpred-speaker=").append(show(text, p.speaker())).append("\tpred-cue=").append(show(text, p.cue()))
                        .append("\n\tpred=")
                        .append(show(text, p.content())).append('\n');
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predMatched[p]) {
                PredictedAttribution a = predicted.get(p);
                sb.append("FALSE-ALARM\tspeaker=").append(show(text, a.speaker())).append("\tcue=").append(show(text, a.cue())).append("\n\tpred=")
                        .append(show(text, a.content())).append('\n');
            }
        }
        sb.append(scored.counts()).append('\n');
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write error dump " + file, e);
        }
    }

    private static String show(String text, List<TextRange> ranges) {
        if (ranges.isEmpty()) {
            return "-";
        }
        return ranges.stream().map(r -> text.substring(r.begin(), Math.min(r.end(), text.length())).replace('\n', ' '))
                .map(s -> s.length() > 200 ? s.substring(0, 200) + "..." : s)
                .collect(Collectors.joining(" | ", "[", "]")) + "@" + ranges.get(0).begin() + "-" + ranges.get(ranges.size() - 1).end();
    }
}
