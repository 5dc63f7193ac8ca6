package org.dateline.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Dateline's own trigger dictionary (format in {@code README.md} beside {@code events.dict}):
 * <pre>
 * &amp;CAPTIVE = prisoner, captive, hostage       a synset of lemmas or phrases
 * verb release 084                            a trigger, its code ("-" for none), optional "actorless"
 *   - * &amp;CAPTIVE =&gt; 0841                      a pattern of the entry above: words by lemma
 * noun truce 0871 actorless
 * verb carry_out -                            a multi-word trigger: the first word is the head
 * </pre>
 * Codes may be {@code a:b} (event a from source to target, event b back). Errors name the line.
 */
public final class DefaultDictionaryReader {
    public static final String RESOURCE = "events.dict";

    private DefaultDictionaryReader() {
    }

    /** The dictionary shipped with Dateline. */
    public static EventDictionary builtIn() {
        try (InputStream in = DefaultDictionaryReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + DefaultDictionaryReader.class.getName());
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(r.lines().toList(), RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    public static EventDictionary read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event dictionary " + file, e);
        }
    }

    public static EventDictionary parse(List<String> lines, String source) {
        Map<String, List<List<String>>> synsets = new HashMap<>();
        EventDictionary.Builder out = EventDictionary.builder();
        String[] head = null;
        List<TriggerPattern> patterns = new ArrayList<>();
        int headLine = 0;
        int n = 0;
        for (String raw : lines) {
            n++;
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("&")) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw error(source, n, "a synset needs '&NAME = word, word'");
                }
                List<List<String>> phrases = new ArrayList<>();
                for (String p : line.substring(eq + 1).split(",")) {
                    if (!p.isBlank()) {
                        phrases.add(Arrays.asList(p.strip().toLowerCase(Locale.ROOT).split("\\s+")));
                    }
                }
                synsets.put(line.substring(0, eq).strip(), phrases);
            } else if (line.startsWith("-")) {
                if (head == null) {
                    throw error(source, n, "a pattern before any trigger");
                }
                int arrow = line.indexOf("=>");
                if (arrow < 0) {
                    throw error(source, n, "a pattern needs '=> CODE'");
                }
                final int lineNo = n;
                List<List<PatternItem>> items = PatternSyntax.parse(line.substring(1, arrow), name -> {
                    List<List<String>> s = synsets.get(name);
                    if (s == null) {
                        throw error(source, lineNo, "unknown synset " + name);
                    }
                    return s;
                }, true);
                if (items == null) {
                    throw error(source, n, "a pattern needs '*' for the trigger");
                }
                String[] codes = codes(line.substring(arrow + 2).strip(), source, n);
                patterns.add(new TriggerPattern(items.get(0), items.get(1), codes[0], codes[1], patterns.size()));
            } else {
                if (head != null) {
                    out.add(entry(head, patterns, source, headLine));
                }
                head = line.split("\\s+");
                headLine = n;
                patterns = new ArrayList<>();
            }
        }
        if (head != null) {
            out.add(entry(head, patterns, source, headLine));
        }
        return out.build();
    }

    private static TriggerEntry entry(String[] f, List<TriggerPattern> patterns, String source, int line) {
        if (f.length < 3 || f.length > 4 || !Set.of("verb", "noun").contains(f[0])) {
            throw error(source, line, "expected 'verb|noun LEMMA CODE [actorless]'");
        }
        boolean actorless = f.length == 4 && f[3].equals("actorless");
        if (f.length == 4 && !actorless) {
            throw error(source, line, "unknown flag " + f[3]);
        }
        String[] words = f[1].toLowerCase(Locale.ROOT).split("_");
        String[] codes = codes(f[2], source, line);
        return new TriggerEntry(f[0].equals("verb") ? TriggerEntry.TriggerKind.VERB : TriggerEntry.TriggerKind.NOUN,
                words[0], Set.of(), List.of(), Arrays.asList(words).subList(1, words.length), codes[0], codes[1],
                patterns, actorless);
    }

    private static String[] codes(String text, String source, int line) {
        if (text.equals("-")) {
            return new String[] {null, null};
        }
        if (!text.matches("\\d{2,4}(:\\d{2,4})?")) {
            throw error(source, line, "bad code '" + text + "': two to four digits, optionally ':' and a reverse code");
        }
        return PetrarchVerbReader.splitCode(text);
    }

    private static IllegalArgumentException error(String source, int line, String problem) {
        return new IllegalArgumentException(source + " line " + line + ": " + problem);
    }
}
