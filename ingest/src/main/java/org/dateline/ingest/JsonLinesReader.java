package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Documents as JSON lines ({@code spec/CLI.md}): {@code {"id", "text"|"html", "published", "url",
 * "title", "outlet"}}. A broken line is reported with its number and skipped; the others go on.
 */
public final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final long maxBytes;

    public JsonLinesReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public void read(Path file, DocumentSink sink) throws IOException {
        try (var in = Files.newInputStream(file)) {
            read(file.toString(), in, sink);
        }
    }

    /** Reads the lines of {@code in}, naming each document {@code file#LINE}; does not close {@code in}. */
    public void read(String file, java.io.InputStream input, DocumentSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader in = new BufferedReader(new InputStreamReader(input, decoder));
        int lineNo = 0;
        String line;
        while (true) {
            try {
                line = in.readLine();
            } catch (CharacterCodingException e) {
                sink.failed(new DocumentException(file + "#" + (lineNo + 1), "not valid UTF-8; the rest of the file is skipped", e));
                return;
            }
            if (line == null) {
                return;
            }
            lineNo++;
            if (!line.isBlank()) {
                readLine(file + "#" + lineNo, line, sink);
            }
        }
    }

    void readLine(String where, String line, DocumentSink sink) {
        if (line.length() > maxBytes) {
            sink.failed(new DocumentException(where, "line is over the limit of " + maxBytes + " characters"));
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.failed(new DocumentException(where, "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.failed(new DocumentException(where, "not a JSON object"));
            return;
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if (text == null && html == null) {
            sink.failed(new DocumentException(where, "has neither \"text\" nor \"html\""));
            return;
        }
        DocumentMetadata meta = new DocumentMetadata(string(node, "id"), string(node, "url"), string(node, "title"),
                string(node, "outlet"), string(node, "published"), text != null ? MediaTypes.TEXT : MediaTypes.HTML);
        String body = text != null ? text : html;
        sink.accept(new SourceDocument(where, body.getBytes(StandardCharsets.UTF_8), meta));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
