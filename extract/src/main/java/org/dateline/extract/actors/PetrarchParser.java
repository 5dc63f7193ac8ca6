package org.dateline.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TABARI/PETRARCH dictionary formats line by line. Actors come in blocks: a name line, optional
 * "+" synonym lines, and codes in brackets on any of them or on indented lines of their own; every name
 * of a block gets every code of the block. Agents are one per line ({@code FOREIGN_MINIST [~GOV]}, with
 * {@code !PERSON!}-style macros and {@code {PLURALS}}); discards one per line, "+" marking story-level ones.
 * Comments: '#' to the end of the line and {@code <!-- -->}, which may span lines.
 */
final class PetrarchParser {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern PLURALS = Pattern.compile("\\{([^}]*)\\}");

    private final List<PetrarchActorDictionary.ActorEntry> actors = new ArrayList<>();
    private final List<PetrarchActorDictionary.Agent> agents = new ArrayList<>();
    private final List<PetrarchActorDictionary.Discard> discards = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    PetrarchActorDictionary build() {
        return new PetrarchActorDictionary(actors, agents, discards, problems);
    }

    void readActors(String file, List<String> lines) {
        List<String> names = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        String blockStart = file + ":1";
        boolean[] inComment = {false};
        for (int n = 0; n < lines.size(); n++) {
            String line = stripComments(lines.get(n), inComment);
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + (n + 1);
            boolean indented = Character.isWhitespace(line.charAt(0)) || line.trim().startsWith("[");
            String trimmed = line.trim();
            if (!indented && !trimmed.startsWith("+")) {
                addBlock(names, codes, blockStart);
                names = new ArrayList<>();
                codes = new ArrayList<>();
                blockStart = where;
            }
            String phrase = phrasePart(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
            if (!phrase.isBlank() && !indented) {
                names.add(phrase.trim());
            }
            codes.addAll(codes(line, where));
        }
        addBlock(names, codes, blockStart);
    }

    private void addBlock(List<String> names, List<DatedCode> codes, String where) {
        if (names.isEmpty() || codes.isEmpty()) {
            return;
        }
        for (String name : names) {
            actors.add(new PetrarchActorDictionary.ActorEntry(name, codes, where));
        }
    }

    void readAgents(String file, List<String> lines) {
        Map<String, List<String>> macros = new HashMap<>();
        boolean[] inComment = {false};
        for (int n = 0; n < lines.size(); n++) {
            String line = stripComments(lines.get(n), inComment).trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (n + 1);
            Matcher macro = MACRO.matcher(line);
            if (macro.matches()) {
                macros.put(macro.group(1), List.of(macro.group(2).trim().split("\\s*,\\s*")));
                continue;
            }
            List<DatedCode> codes = codes(line, where);
            if (codes.isEmpty()) {
                continue;
            }
            String code = codes.get(0).code();
            List<String> roles = ActorCodes.parts(code.replace("~", ""));
            // "NGO~" goes before the actor's code (NGOARN), "~GOV" after it (ARNGOV)
            boolean prefix = code.endsWith("~") && !code.startsWith("~");
            String phrase = phrasePart(line);
            List<String> forms = new ArrayList<>();
            Matcher plurals = PLURALS.matcher(phrase);
            if (plurals.find()) {
                for (String p : plurals.group(1).trim().split("\\s+")) {
                    if (!p.isBlank()) {
                        forms.add(p);
                    }
                }
                phrase = phrase.substring(0, plurals.start());
            }
            forms.add(0, phrase.trim());
            for (String form : forms) {
                for (String expanded : expand(form, macros)) {
                    agents.add(new PetrarchActorDictionary.Agent(PetrarchPhrase.parse(expanded), roles, prefix));
                }
            }
        }
    }

    void readDiscards(String file, List<String> lines) {
        boolean[] inComment = {false};
        for (String raw : lines) {
            String line = stripComments(raw, inComment).trim();
            if (line.isEmpty()) {
                continue;
            }
            boolean story = line.startsWith("+");
            PetrarchPhrase p = PetrarchPhrase.parse(story ? line.substring(1) : line);
            if (!p.words().isEmpty()) {
                discards.add(new PetrarchActorDictionary.Discard(new PetrarchPhrase(p.words(), false), story));
            }
        }
    }

    private static List<String> expand(String form, Map<String, List<String>> macros) {
        for (Map.Entry<String, List<String>> m : macros.entrySet()) {
            if (form.contains(m.getKey())) {
                List<String> out = new ArrayList<>();
                for (String value : m.getValue()) {
                    out.addAll(expand(form.replace(m.getKey(), value), macros));
                }
                return out;
            }
        }
        return List.of(form);
    }

    private List<DatedCode> codes(String line, String where) {
        List<DatedCode> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(line);
        while (m.find()) {
            String inside = m.group(1).trim();
            if (inside.isEmpty() || inside.startsWith("---")) {
                continue;
            }
            try {
                out.add(DatedCode.parse(inside));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": [" + inside + "]: " + e.getMessage());
            }
        }
        return out;
    }

    private static String phrasePart(String line) {
        int bracket = line.indexOf('[');
        return bracket < 0 ? line : line.substring(0, bracket);
    }

    private static String stripComments(String line, boolean[] inComment) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            if (inComment[0]) {
                int close = line.indexOf("-->", i);
                if (close < 0) {
                    return out.toString();
                }
                inComment[0] = false;
                i = close + 3;
            } else {
                int open = line.indexOf("<!--", i);
                int hash = line.indexOf('#', i);
                if (hash >= 0 && (open < 0 || hash < open)) {
                    out.append(line, i, hash);
                    return out.toString();
                }
                if (open < 0) {
                    out.append(line.substring(i));
                    return out.toString();
                }
                out.append(line, i, open);
                inComment[0] = true;
                i = open + 4;
            }
        }
        return out.toString();
    }
}
