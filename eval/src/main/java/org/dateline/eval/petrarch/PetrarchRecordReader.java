package org.dateline.eval.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH's unit-test file ({@code PETR.UnitTest.records.xml}). The file is XML in spirit only
 * (attributes with spaces around {@code =}, single- and double-quoted values, comments everywhere), so it
 * is read with patterns rather than a strict parser. Only the {@code <Text>} is used; the pre-parsed
 * trees are ignored because we parse with our own pipeline. {@code <Config>} settings between records
 * apply to the records after them; only {@code require_dyad} changes what we code.
 */
public final class PetrarchRecordReader {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>|<Config\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    private PetrarchRecordReader() {
    }

    public static List<PetrarchRecord> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH records " + file, e);
        }
    }

    public static List<PetrarchRecord> parse(String xml, String source) {
        String body = COMMENT.matcher(xml).replaceAll(" ");
        List<PetrarchRecord> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(body);
        boolean requireDyad = true;
        while (m.find()) {
            if (m.group(3) != null) {
                if ("require_dyad".equalsIgnoreCase(attribute(m.group(3), "option"))) {
                    requireDyad = !"false".equalsIgnoreCase(attribute(m.group(3), "value"));
                }
                continue;
            }
            String attrs = m.group(1);
            String inner = m.group(2);
            Matcher t = TEXT.matcher(inner);
            if (!t.find()) {
                throw new IllegalArgumentException(source + ": record " + attribute(attrs, "id") + " has no <Text>");
            }
            Set<PetrarchRecord.Triple> expected = new HashSet<>();
            String error = null;
            Matcher c = CODING.matcher(inner);
            while (c.find()) {
                String a = c.group(1);
                String code = attribute(a, "eventcode");
                if (code != null) {
                    expected.add(new PetrarchRecord.Triple(attribute(a, "sourcecode"), attribute(a, "targetcode"), code));
                } else if (attribute(a, "error") != null) {
                    error = attribute(a, "error");
                }
            }
            String text = unescape(t.group(1).trim().replaceAll("\\s+", " "));
            out.add(new PetrarchRecord(attribute(attrs, "id"), attribute(attrs, "category"), attribute(attrs, "date"),
                    text, expected, error, requireDyad));
        }
        return out;
    }

    /** {@code name = "value"} or {@code name='value'}, with inner quotes of the other kind kept out. */
    static String attribute(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(attrs);
        if (!m.find()) {
            return null;
        }
        String v = m.group(1) != null ? m.group(1) : m.group(2);
        return v.replace("\"", "").trim();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
