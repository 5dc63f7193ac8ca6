package org.dateline.extract.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PETRARCH verb dictionary (the CAMEO.2.0 file and the PETR.Validate test file share the syntax)
 * into an {@link EventDictionary}. Understood: synsets ({@code &NAME} then {@code +member} lines), verb
 * blocks ({@code --- NAME [code] ---}), verb lines with irregular forms in braces and an optional own
 * code, multi-word verbs where {@code +} marks the verb word ({@code +ASK_FOR}, {@code WIRE_+TAP}), and
 * pattern lines ({@code - words * words [code]}) with {@code _} for adjacent words, {@code &SYNSET},
 * {@code $} source and {@code +} target slots, {@code ( )} prepositional and {@code { }} noun groups,
 * and {@code [a:b]} reciprocal codes. Ignored: {@code ^} and {@code %} (skip and compound markers;
 * our parse decides those). Codes are kept as written; a block or verb code {@code ---} means "no event".
 */
public final class PetrarchVerbReader {
    private final Map<String, List<String>> synsets = new HashMap<>();
    private final EventDictionary.Builder out = EventDictionary.builder();
    private final String source;
    private int order;

    private PetrarchVerbReader(String source) {
        this.source = source;
    }

    public static EventDictionary read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH verb dictionary " + file, e);
        }
    }

    public static EventDictionary parse(List<String> lines, String source) {
        PetrarchVerbReader r = new PetrarchVerbReader(source);
        r.parseLines(stripComments(lines));
        return r.out.build();
    }

    private record VerbLine(String lemma, Set<String> forms, List<String> before, List<String> after, String code) {
    }

    private void parseLines(List<String> lines) {
        String synset = null;
        String blockCode = null;
        List<VerbLine> verbs = new ArrayList<>();
        List<TriggerPattern> patterns = new ArrayList<>();
        // synsets may be used before their definition: read all definitions first
        collectSynsets(lines);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                synset = null;
                continue;
            }
            if (line.startsWith("---")) {
                flush(verbs, patterns, blockCode);
                verbs = new ArrayList<>();
                patterns = new ArrayList<>();
                blockCode = firstCode(line);
                synset = null;
            } else if (line.startsWith("&")) {
                synset = line.split("\\s+")[0];
            } else if (synset != null && line.startsWith("+")) {
                continue;
            } else if (line.startsWith("-")) {
                TriggerPattern p = pattern(line.substring(1));
                if (p != null) {
                    patterns.add(p);
                }
            } else {
                VerbLine v = verbLine(line);
                if (v != null) {
                    verbs.add(v);
                }
            }
        }
        flush(verbs, patterns, blockCode);
    }

    private void collectSynsets(List<String> lines) {
        String name = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("---")) {
                name = null;
            } else if (line.startsWith("&")) {
                name = line.split("\\s+")[0];
                synsets.put(name, new ArrayList<>());
            } else if (name != null && line.startsWith("+")) {
                synsets.get(name).add(line.substring(1).strip());
            }
        }
    }

    private void flush(List<VerbLine> verbs, List<TriggerPattern> patterns, String blockCode) {
        for (VerbLine v : verbs) {
            String[] codes = splitCode(v.code() != null ? v.code() : blockCode);
            out.add(new TriggerEntry(TriggerEntry.TriggerKind.VERB, v.lemma(), v.forms(), v.before(), v.after(),
                    codes[0], codes[1], patterns, false));
        }
    }

    /** {@code WORD {FORM FORM} [code]}, {@code +WORD_PARTICLE}, {@code PARTICLE_+WORD}. */
    private VerbLine verbLine(String line) {
        String code = firstCode(line);
        String rest = line.replaceAll("\\[[^\\]]*\\]", " ");
        Set<String> forms = new LinkedHashSet<>();
        int brace = rest.indexOf('{');
        if (brace >= 0) {
            int close = rest.indexOf('}', brace);
            String inside = rest.substring(brace + 1, close < 0 ? rest.length() : close);
            for (String f : inside.trim().split("\\s+")) {
                if (!f.isBlank() && !f.equals("}")) {
                    forms.add(verbWord(f));
                }
            }
            rest = rest.substring(0, brace);
        }
        String phrase = rest.trim();
        if (phrase.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int verbIndex = 0;
        String[] parts = phrase.split("[\\s_]+");
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("+")) {
                verbIndex = words.size();
                p = p.substring(1);
            }
            if (!p.isEmpty()) {
                words.add(p.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        return new VerbLine(words.get(verbIndex), forms, words.subList(0, verbIndex),
                words.subList(verbIndex + 1, words.size()), code);
    }

    /** The verb word of an irregular form: the {@code +}-marked word of a multi-word form, else the first. */
    private static String verbWord(String form) {
        String[] parts = form.split("_");
        for (String p : parts) {
            if (p.startsWith("+")) {
                return p.substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return parts[0].toLowerCase(Locale.ROOT);
    }

    private TriggerPattern pattern(String body) {
        String code = firstCode(body);
        if (code == null) {
            return null;
        }
        String text = body.substring(0, body.indexOf('[')).trim();
        List<List<PatternItem>> items = PatternSyntax.parse(text, name -> synset(name, 0), false);
        if (items == null) {
            return null;
        }
        String[] codes = splitCode(code);
        return new TriggerPattern(items.get(0), items.get(1), codes[0], codes[1], order++);
    }

    /** The phrases of a synset, members that name other synsets expanded; null when undefined. */
    private List<List<String>> synset(String name, int depth) {
        String key = synsets.containsKey(name) ? name : name + "_";
        List<String> members = synsets.get(key);
        if (members == null || depth > 4) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        for (String m : members) {
            if (m.startsWith("&")) {
                List<List<String>> inner = synset(m.split("\\s+")[0], depth + 1);
                if (inner != null) {
                    out.addAll(inner);
                }
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String w : m.split("[\\s_]+")) {
                if (!w.isEmpty()) {
                    words.add(word(w));
                }
            }
            if (!words.isEmpty()) {
                out.add(words);
                if (!key.endsWith("_") && !m.endsWith("_")) {
                    out.add(plural(words));
                }
            }
        }
        return out;
    }

    /** PETRARCH's regular plural of a synset phrase: last word plus s, ies after a consonant y, es after ss. */
    private static List<String> plural(List<String> words) {
        List<String> out = new ArrayList<>(words);
        String last = out.get(out.size() - 1);
        String p = last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0
                ? last.substring(0, last.length() - 1) + "ies" : last.endsWith("ss") ? last + "es" : last + "s";
        out.set(out.size() - 1, p);
        return out;
    }

    private static String word(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** The first {@code [...]} of a line, or null. */
    private static String firstCode(String line) {
        int open = line.indexOf('[');
        int close = open < 0 ? -1 : line.indexOf(']', open);
        return close < 0 ? null : line.substring(open + 1, close).trim();
    }

    /** {@code 042:043} to {042, 043}; {@code ---} and empty parts to null. */
    static String[] splitCode(String code) {
        if (code == null) {
            return new String[] {null, null};
        }
        String[] parts = code.split(":", -1);
        return new String[] {eventCode(parts[0]), parts.length > 1 ? eventCode(parts[1]) : null};
    }

    private static String eventCode(String c) {
        String t = c.trim();
        return t.isEmpty() || t.equals("---") ? null : t;
    }

    /** Removes XML comments (possibly over several lines) and {@code #} comments outside brackets. */
    static List<String> stripComments(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean inXml = false;
        for (String line : lines) {
            StringBuilder b = new StringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (inXml) {
                    int end = line.indexOf("-->", i);
                    if (end < 0) {
                        i = line.length();
                    } else {
                        inXml = false;
                        i = end + 3;
                    }
                } else if (line.startsWith("<!", i)) {
                    inXml = true;
                    i += 2;
                } else {
                    b.append(line.charAt(i++));
                }
            }
            out.add(stripHash(b.toString()));
        }
        return out;
    }

    private static String stripHash(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '#' && depth == 0) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    @Override
    public String toString() {
        return "PetrarchVerbReader[" + source + "]";
    }
}
