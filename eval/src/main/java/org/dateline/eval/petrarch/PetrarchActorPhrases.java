package org.dateline.eval.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PETRARCH actor and agent dictionaries as phrase tables: actor phrase -> codes with date
 * restrictions, agent phrase -> agent code ({@code ~GOV} appends, {@code NGO~} prepends). Minimal
 * reader for the evaluation; the actors stage has the full importer for production use.
 */
final class PetrarchActorPhrases {
    private static final Pattern RESTRICTION = Pattern.compile(
            "^\\s*([^\\s<>\\d][^\\s<>]*)?\\s*(?:<\\s*(\\d{6,8})|>\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*$");

    private record Dated(String code, LocalDate from, LocalDate until) {
        boolean applies(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }

        boolean restricted() {
            return from != null || until != null;
        }
    }

    private final Map<String, List<Dated>> actors = new HashMap<>();
    private final Map<String, String> agents = new HashMap<>();
    private int longest = 1;

    static PetrarchActorPhrases load(Path actorFile, Path agentFile) {
        PetrarchActorPhrases p = new PetrarchActorPhrases();
        p.readActors(lines(actorFile));
        p.readAgents(lines(agentFile));
        return p;
    }

    /** Codes of the actor phrase {@code words} (upper case) on {@code day}; empty when unknown or null-coded. */
    List<String> actorCodes(List<String> words, LocalDate day) {
        List<Dated> codes = actors.get(String.join(" ", words));
        if (codes == null) {
            return List.of();
        }
        String chosen = null;
        for (Dated d : codes) {
            if (d.restricted() && d.applies(day)) {
                chosen = d.code();
                break;
            }
        }
        if (chosen == null) {
            for (Dated d : codes) {
                if (!d.restricted()) {
                    chosen = d.code();
                    break;
                }
            }
        }
        if (chosen == null || chosen.equals("---")) {
            return List.of();
        }
        return List.of(chosen.split("/"));
    }

    boolean isActor(List<String> words) {
        return actors.containsKey(String.join(" ", words));
    }

    /** The agent code of a phrase ({@code ~GOV} or {@code NGO~}), or null. */
    String agentCode(List<String> words) {
        return agents.get(String.join(" ", words));
    }

    int longestPhrase() {
        return longest;
    }

    private void readActors(List<String> lines) {
        List<String> phrases = new ArrayList<>();
        List<Dated> codes = new ArrayList<>();
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && line.strip().startsWith("[")) {
                codes.addAll(codesIn(line));
                continue;
            }
            String t = line.strip();
            if (t.startsWith("+")) {
                phrases.add(phraseKey(t.substring(1).replaceAll("\\[.*", "")));
                codes.addAll(codesIn(t));
                continue;
            }
            flushActor(phrases, codes);
            phrases = new ArrayList<>(List.of(phraseKey(t.replaceAll("\\[.*", ""))));
            codes = new ArrayList<>(codesIn(t));
        }
        flushActor(phrases, codes);
    }

    private void flushActor(List<String> phrases, List<Dated> codes) {
        for (String p : phrases) {
            if (!p.isEmpty()) {
                actors.put(p, List.copyOf(codes));
                longest = Math.max(longest, p.split(" ").length);
            }
        }
    }

    private static List<Dated> codesIn(String line) {
        List<Dated> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\[([^\\]]*)\\]").matcher(line);
        while (m.find()) {
            Matcher r = RESTRICTION.matcher(m.group(1));
            if (!r.matches() || r.group(1) == null) {
                continue;
            }
            LocalDate from = null;
            LocalDate until = null;
            if (r.group(2) != null) {
                until = date(r.group(2));
            } else if (r.group(3) != null) {
                from = date(r.group(3));
            } else if (r.group(4) != null) {
                from = date(r.group(4));
                until = date(r.group(5));
            }
            out.add(new Dated(r.group(1), from, until));
        }
        return out;
    }

    /** YYYYMMDD, or TABARI's YYMMDD (years below 30 are 20xx). */
    static LocalDate date(String s) {
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            s = (yy < 30 ? "20" : "19") + s;
        }
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6, 8)));
    }

    private void readAgents(List<String> lines) {
        Map<String, List<String>> markers = new HashMap<>();
        for (String raw : lines) {
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("!") && line.contains("=")) {
                String name = line.substring(0, line.indexOf('=')).strip();
                List<String> values = new ArrayList<>();
                for (String v : line.substring(line.indexOf('=') + 1).split(",")) {
                    values.add(v.strip());
                }
                markers.put(name, values);
                continue;
            }
            Matcher c = Pattern.compile("\\[\\s*([^\\]]*?)\\s*\\]").matcher(line);
            if (!c.find()) {
                continue;
            }
            String code = c.group(1);
            String head = line.substring(0, line.indexOf('[')).strip();
            String plural = null;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                plural = head.substring(brace + 1, head.indexOf('}', brace)).strip();
                head = head.substring(0, brace).strip();
            }
            for (String form : substitute(head, markers)) {
                agents.put(phraseKey(form), code);
                longest = Math.max(longest, phraseKey(form).split(" ").length);
                if (plural == null && !head.contains("!")) {
                    agents.putIfAbsent(phraseKey(pluralOf(form)), code);
                }
            }
            if (plural != null && !plural.isEmpty()) {
                agents.put(phraseKey(plural), code);
            }
        }
    }

    private static List<String> substitute(String phrase, Map<String, List<String>> markers) {
        for (Map.Entry<String, List<String>> m : markers.entrySet()) {
            if (phrase.contains(m.getKey())) {
                List<String> out = new ArrayList<>();
                for (String v : m.getValue()) {
                    out.addAll(substitute(phrase.replace(m.getKey(), v), markers));
                }
                return out;
            }
        }
        return List.of(phrase);
    }

    private static String pluralOf(String phrase) {
        String p = phrase.strip();
        if (p.endsWith("_")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.endsWith("Y") && !Set.of('A', 'E', 'O', 'U').contains(p.charAt(p.length() - 2))) {
            return p.substring(0, p.length() - 1) + "IES";
        }
        return p.endsWith("SS") || p.endsWith("CH") || p.endsWith("SH") ? p + "ES" : p + "S";
    }

    /** Upper-case words joined by one space; underscores and final underscores are spaces. */
    static String phraseKey(String phrase) {
        return String.join(" ", phrase.toUpperCase(Locale.ROOT).replace('_', ' ').trim().split("\\s+"));
    }

    private static String stripComment(String line) {
        String s = line.replaceAll("<!.*?>", "");
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH dictionary " + p, e);
        }
    }
}
