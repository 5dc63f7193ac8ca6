package org.dateline.eval.quotes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.extract.Analyzer;
import org.dateline.ingest.ReadDocument;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.DocumentInfo;
import org.dateline.model.Quote;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;
import org.dateline.model.Span;
import org.dateline.nlp.Annotator;

/**
 * Our pipeline on a raw evaluation text: the text is analyzed verbatim (so gold offsets hold), one
 * paragraph section per non-blank line (the raw texts put a paragraph on each line, some without blank
 * lines between them). Quotes sharing one cue and speaker ("A," he said,
 * "B") are one statement whose content is in pieces, as in the gold standoff.
 */
public final class DatelinePredictor implements QuotePredictor {
    private final Annotator annotator;
    private final Analyzer analyzer;

    public DatelinePredictor(Annotator annotator) {
        this.annotator = annotator;
        this.analyzer = new Analyzer(annotator);
    }

    @Override
    public String name() {
        return "dateline";
    }

    @Override
    public List<PredictedAttribution> predict(String name, String text) {
        Analysis analysis = analyzer.analyze(new ReadDocument(
                new DocumentInfo(name, name, "text/plain", text.getBytes(StandardCharsets.UTF_8).length),
                article(text), List.of()));
        return group(analysis.quotes());
    }

    /** The raw text as an article of one paragraph per line, nothing else inferred. */
    static Article article(String text) {
        List<Section> sections = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int begin = lineStart;
            int end = lineEnd;
            while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > begin) {
                sections.add(new Section(SectionKind.PARAGRAPH, begin, end));
            }
            lineStart = lineEnd + 1;
        }
        return new Article(text, null, null, null, null, null, sections, List.of(), "en");
    }

    static List<PredictedAttribution> group(List<Quote> quotes) {
        Map<String, List<Quote>> byCue = new LinkedHashMap<>();
        for (Quote q : quotes) {
            String key = q.cue() == null ? q.id()
                    : q.cue().begin() + ":" + q.cue().end() + ":" + (q.speaker() == null || q.speaker().mention() == null
                    ? "" : q.speaker().mention().begin());
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<PredictedAttribution> out = new ArrayList<>();
        for (List<Quote> group : byCue.values()) {
            List<TextRange> content = group.stream().map(q -> range(q.content())).toList();
            Quote first = group.get(0);
            List<TextRange> speaker = first.speaker() == null || first.speaker().mention() == null
                    ? List.of() : List.of(range(first.speaker().mention()));
            out.add(new PredictedAttribution(content, speaker,
                    first.cue() == null ? List.of() : List.of(range(first.cue()))));
        }
        return out;
    }

    private static TextRange range(Span s) {
        return new TextRange(s.begin(), s.end());
    }

    @Override
    public void close() {
        annotator.close();
    }
}
