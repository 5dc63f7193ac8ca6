package org.dateline.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TimeML (TempEval-3 style): the document date from {@code <DCT>}, and the {@code <TEXT>}
 * content as plain text with every TIMEX3 as a span into it. A hand-written scanner rather than a
 * DOM so that offsets are exactly those of the text left once tags are stripped.
 */
public final class TimeMlReader {
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"([^\"]*)\"", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-\\w:.]*)\\s*=\\s*\"([^\"]*)\"");

    /** Thrown when a file is not TimeML we can read; names the file. */
    public static final class TimeMlException extends IOException {
        public TimeMlException(String message) {
            super(message);
        }
    }

    public TimeMlDocument read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    public TimeMlDocument parse(String id, String xml) throws TimeMlException {
        int open = xml.indexOf("<TEXT>");
        int close = xml.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new TimeMlException(id + ": no <TEXT> element");
        }
        Body body = scan(id, xml.substring(open + "<TEXT>".length(), close));
        return new TimeMlDocument(id, creationDate(id, xml), body.text(), body.gold());
    }

    private static LocalDate creationDate(String id, String xml) throws TimeMlException {
        Matcher m = DCT.matcher(xml);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1);
        if (value.length() < 10) {
            throw new TimeMlException(id + ": DCT value '" + value + "' is not a day");
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new TimeMlException(id + ": DCT value '" + value + "' is not a day: " + e.getMessage());
        }
    }

    private record Body(String text, List<Timex> gold) {
    }

    private record OpenTag(String name, int offset, String type, String value) {
    }

    private static Body scan(String id, String inner) throws TimeMlException {
        StringBuilder text = new StringBuilder(inner.length());
        List<Timex> gold = new ArrayList<>();
        Deque<OpenTag> open = new ArrayDeque<>();
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (c == '<') {
                int end = inner.indexOf('>', i);
                if (end < 0) {
                    throw new TimeMlException(id + ": unterminated tag at character " + i + " of <TEXT>");
                }
                handleTag(id, inner.substring(i + 1, end), text, open, gold);
                i = end + 1;
            } else if (c == '&') {
                int end = inner.indexOf(';', i);
                if (end < 0 || end - i > 10) {
                    throw new TimeMlException(id + ": bad entity at character " + i + " of <TEXT>");
                }
                text.append(decodeEntity(id, inner.substring(i + 1, end)));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new TimeMlException(id + ": <" + open.peek().name() + "> never closed");
        }
        String plain = text.toString();
        List<Timex> withText = gold.stream()
                .map(g -> new Timex(g.begin(), g.end(), plain.substring(g.begin(), g.end()), g.type(), g.value()))
                .sorted((a, b) -> Integer.compare(a.begin(), b.begin()))
                .toList();
        return new Body(plain, withText);
    }

    private static void handleTag(String id, String tag, StringBuilder text, Deque<OpenTag> open,
                                  List<Timex> gold) throws TimeMlException {
        if (tag.startsWith("!") || tag.startsWith("?")) {
            return;
        }
        if (tag.startsWith("/")) {
            String name = tag.substring(1).trim();
            OpenTag top = open.poll();
            if (top == null || !top.name().equals(name)) {
                throw new TimeMlException(id + ": </" + name + "> closes " + (top == null ? "nothing" : "<" + top.name() + ">"));
            }
            if (name.equals("TIMEX3")) {
                gold.add(new Timex(top.offset(), text.length(), "", top.type(), top.value()));
            }
            return;
        }
        boolean selfClosing = tag.endsWith("/");
        String body = selfClosing ? tag.substring(0, tag.length() - 1) : tag;
        String name = body.split("\\s", 2)[0];
        if (selfClosing) {
            return;
        }
        String type = null;
        String value = null;
        Matcher m = ATTRIBUTE.matcher(body);
        while (m.find()) {
            if (m.group(1).equals("type")) {
                type = m.group(2);
            } else if (m.group(1).equals("value")) {
                value = m.group(2);
            }
        }
        open.push(new OpenTag(name, text.length(), type, value));
    }

    private static String decodeEntity(String id, String entity) throws TimeMlException {
        switch (entity) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                try {
                    if (entity.startsWith("#x") || entity.startsWith("#X")) {
                        return Character.toString(Integer.parseInt(entity.substring(2), 16));
                    }
                    if (entity.startsWith("#")) {
                        return Character.toString(Integer.parseInt(entity.substring(1)));
                    }
                } catch (NumberFormatException e) {
                    throw new TimeMlException(id + ": bad character reference &" + entity + ";");
                }
                throw new TimeMlException(id + ": unknown entity &" + entity + ";");
        }
    }
}
