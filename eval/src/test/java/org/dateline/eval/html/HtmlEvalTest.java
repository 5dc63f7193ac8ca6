package org.dateline.eval.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlEvalTest {
    private static final String BODY = "The night ferry resumed service on Friday after the harbour dredging finished "
            + "two days ahead of schedule, the operator said.\n\nPassengers who bought tickets for cancelled crossings "
            + "can claim a refund until the end of next month at either terminal.";

    private static void writePage(Path dir, String id, String html) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("pages").resolve(id + ".html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresBothExtractorsOnABenchmarkLayout(@TempDir Path dir) throws IOException {
        String[] paragraphs = BODY.split("\n\n");
        writePage(dir, "p1", "<html><head><title>Ferry back</title></head><body>"
                + "<ul class=menu><li><a href=/a>Home</a></li><li><a href=/b>News</a></li></ul>"
                + "<div class=article-body><p>" + paragraphs[0] + "</p><p>" + paragraphs[1] + "</p></div>"
                + "<div class=footer><a href=/c>Contact</a></div></body></html>");
        writePage(dir, "p2", "");
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(BODY)
                + ", \"url\": \"https://x.example/1\"}, \"p2\": {\"articleBody\": \"\", \"url\": null}}");

        HtmlEvalResult result = new HtmlEval().run(dir);

        assertEquals(2, result.pages());
        assertEquals(2, result.systems().size());
        HtmlEvalResult.SystemResult ours = result.systems().get(0);
        assertEquals("dateline", ours.name());
        assertEquals("boilerpipe", result.systems().get(1).name());
        assertEquals(1.0, ours.perPage().get(0).precision(), 1e-9);
        assertEquals(1.0, ours.perPage().get(0).recall(), 1e-9);
        assertEquals(1, ours.failures().size(), "the empty page is a recorded failure");
        assertEquals("p2", ours.failures().get(0).id());
        assertTrue(ours.failures().get(0).problem().contains("p2.html"), ours.failures().get(0).problem());
        assertEquals(1.0, ours.f1(), 1e-9, "empty truth and empty prediction count 1");
        String json = result.toJson();
        assertTrue(json.contains("\"name\" : \"boilerpipe\"") && json.contains("\"f1\""), json);
    }
}
