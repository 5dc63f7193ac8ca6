package org.dateline.eval.petrarch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.eval.petrarch.PetrarchRecord.Triple;
import org.dateline.extract.events.CodedEvent;
import org.dateline.extract.events.EventCoder;
import org.dateline.extract.events.EventDictionary;
import org.dateline.extract.events.PetrarchVerbReader;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.SaidClauseRepair;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.corenlp.CoreNlpAnnotator;

/**
 * PETRARCH's unit tests as an evaluation of our event coder: each record's sentence is parsed by our
 * pipeline (not PETRARCH's pre-parsed tree) and coded with the PETR.Validate verb, actor and agent
 * dictionaries. A record passes when its set of (source, target, code) triples equals the expected set;
 * records expecting no event (or an error such as a discard) pass with none. Like PETRARCH, only events
 * with both a source and a target are counted, and a sentence containing a discard phrase is not coded.
 */
public final class PetrarchEval {
    private final EventCoder coder;
    private final PetrarchActorPhrases actors;
    private final List<String> discards;

    public PetrarchEval(Path petrarchDir) {
        Path dict = petrarchDir.resolve("dictionaries");
        EventDictionary verbs = PetrarchVerbReader.read(dict.resolve("PETR.Validate.verbs.txt"));
        this.coder = new EventCoder(verbs);
        this.actors = PetrarchActorPhrases.load(dict.resolve("PETR.Validate.actors.txt"),
                dict.resolve("PETR.Validate.agents.txt"));
        this.discards = readDiscards(dict.resolve("PETR.Validate.discards.txt"));
    }

    /** The outcome: pass rate and, per failing record, what was expected and what we produced. */
    public record Result(int records, int passed, Map<String, Map<String, Object>> failures) {
        public double passRate() {
            return records == 0 ? 0 : (double) passed / records;
        }

        public String toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("records", records);
            m.put("passed", passed);
            m.put("passRate", Math.round(passRate() * 10000) / 10000.0);
            m.put("failing", new ArrayList<>(failures.keySet()));
            m.put("failures", failures);
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the PETRARCH evaluation as JSON", e);
            }
        }
    }

    public Result run(List<PetrarchRecord> records, Annotator annotator) {
        int passed = 0;
        Map<String, Map<String, Object>> failures = new LinkedHashMap<>();
        int n = 0;
        for (PetrarchRecord r : records) {
            Set<Triple> got = code(r, annotator);
            if (got.equals(r.expected())) {
                passed++;
            } else {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("text", r.text());
                f.put("expected", new TreeSet<>(r.expected().stream().map(Triple::toString).toList()));
                f.put("got", new TreeSet<>(got.stream().map(Triple::toString).toList()));
                failures.put(r.id() + "#" + n, f);
            }
            n++;
        }
        return new Result(records.size(), passed, failures);
    }

    /** The triples our coder gives a record's sentence. */
    public Set<Triple> code(PetrarchRecord r, Annotator annotator) {
        Set<Triple> out = new java.util.HashSet<>();
        String lower = " " + r.text().toLowerCase(Locale.ROOT) + " ";
        for (String d : discards) {
            if (lower.contains(" " + d + " ") || lower.contains(" " + d + ",") || lower.contains(" " + d + ".")) {
                return out;
            }
        }
        LocalDate day = recordDate(r.date());
        AnnotatedText text = SaidClauseRepair.apply(annotator.annotate(r.text(), day));
        PetrarchNounPhraseActors lookup = new PetrarchNounPhraseActors(actors, day);
        for (Sentence s : text.sentences()) {
            for (CodedEvent e : coder.code(s, lookup)) {
                if (e.source() != null && e.target() != null) {
                    out.add(new Triple(e.source().code(), e.target().code(), e.code()));
                } else if (!r.requireDyad() && e.hasActor()) {
                    out.add(new Triple(e.source() == null ? "---" : e.source().code(),
                            e.target() == null ? "---" : e.target().code(), e.code()));
                }
            }
        }
        return out;
    }

    static LocalDate recordDate(String date) {
        if (date == null || !date.matches("\\d{8}")) {
            return LocalDate.of(1995, 1, 1);
        }
        return PetrarchActorPhrases.date(date);
    }

    private static List<String> readDiscards(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String s = line.replaceAll("#.*", "").strip();
                if (s.startsWith("+")) {
                    s = s.substring(1).strip();
                }
                if (!s.isEmpty()) {
                    out.add(s.toLowerCase(Locale.ROOT).replace('_', ' '));
                }
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read PETRARCH discards " + file, e);
        }
    }

    /** {@code PetrarchEval [PETRARCH_DIR]}: default {@code ../shared/data/events/petrarch}. Prints the result as JSON. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/events/petrarch");
        List<PetrarchRecord> records = PetrarchRecordReader.read(dir.resolve("text").resolve("PETR.UnitTest.records.xml"));
        PetrarchEval eval = new PetrarchEval(dir);
        try (Annotator annotator = new CoreNlpAnnotator()) {
            System.out.println(eval.run(records, annotator).toJson());
        }
    }
}
