package org.dateline.nlp.corenlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Checks that the lean annotators change nothing: annotates each text with the lean pipeline and
 * with CoreNLP's own NER and depparse annotators, and reports every token (NER tag included),
 * dependency graph, time expression (text, type, normalized value) or name mention that differs,
 * and the CPU time of each annotator in both. Texts: .txt files (document date taken from a yyyy-mm-dd in the file name) and
 * TimeML .tml files (the TEXT element, the creation time as document date).
 *
 * <pre>java -cp app/target/dateline.jar org.dateline.nlp.corenlp.LeanPipelineCheck FILE_OR_DIR...</pre>
 */
public final class LeanPipelineCheck {
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TML_TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
    private static final Pattern TML_DCT = Pattern.compile("functionInDocument=\"CREATION_TIME\"[^>]*|value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\"[^>]*functionInDocument=\"CREATION_TIME\"");

    private LeanPipelineCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tml")).sorted().forEach(files::add);
            }
        }
        CoreNlpAnnotator reference = new CoreNlpAnnotator(false);
        CoreNlpAnnotator lean = new CoreNlpAnnotator(true);
        int documents = 0;
        int tokens = 0;
        int differences = 0;
        for (Path f : files) {
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            String text = f.toString().endsWith(".tml") ? tmlText(raw) : raw;
            LocalDate date = f.toString().endsWith(".tml") ? tmlDate(raw) : nameDate(f);
            AnnotatedText want = reference.annotate(text, date);
            AnnotatedText got = lean.annotate(text, date);
            List<String> diffs = differences(want, got);
            documents++;
            tokens += want.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
            differences += diffs.size();
            for (String d : diffs) {
                System.out.println(f.getFileName() + ": " + d);
            }
            System.out.flush();
        }
        System.out.printf("documents %d, tokens %d, differences %d%n", documents, tokens, differences);
        System.out.println("reference CPU ms per annotator: " + reference.annotatorCpuMillis());
        System.out.println("lean CPU ms per annotator:      " + lean.annotatorCpuMillis());
    }

    static List<String> differences(AnnotatedText want, AnnotatedText got) {
        List<String> out = new ArrayList<>();
        if (want.sentences().size() != got.sentences().size()) {
            out.add("sentences " + want.sentences().size() + " vs " + got.sentences().size());
            return out;
        }
        for (int s = 0; s < want.sentences().size(); s++) {
            Sentence a = want.sentences().get(s);
            Sentence b = got.sentences().get(s);
            for (int i = 0; i < a.tokens().size(); i++) {
                Token x = a.tokens().get(i);
                Token y = b.tokens().get(i);
                if (!x.equals(y)) {
                    out.add("token " + x + " vs " + y);
                }
            }
            if (!a.basic().equals(b.basic())) {
                out.add("basic dependencies of sentence " + s + ": " + a.basic() + " vs " + b.basic());
            }
            if (!a.enhanced().equals(b.enhanced())) {
                out.add("enhanced++ dependencies of sentence " + s + ": " + a.enhanced() + " vs " + b.enhanced());
            }
        }
        for (var t : want.times()) {
            if (!got.times().contains(t)) {
                out.add("time missing " + t);
            }
        }
        for (var t : got.times()) {
            if (!want.times().contains(t)) {
                out.add("time extra " + t);
            }
        }
        if (!want.mentions().equals(got.mentions())) {
            out.add("mentions " + want.mentions() + " vs " + got.mentions());
        }
        return out;
    }

    static String tmlText(String raw) {
        Matcher m = TML_TEXT.matcher(raw);
        String body = m.find() ? m.group(1) : raw;
        return body.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'");
    }

    static LocalDate tmlDate(String raw) {
        Matcher m = TML_DCT.matcher(raw);
        while (m.find()) {
            if (m.group(1) != null) {
                return LocalDate.parse(m.group(1));
            }
        }
        return null;
    }

    static LocalDate nameDate(Path f) {
        Matcher m = DATE_IN_NAME.matcher(f.getFileName().toString());
        return m.find() ? LocalDate.parse(m.group(1)) : null;
    }
}
