package org.dateline.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.ingest.ContainerReader;
import org.dateline.ingest.DocumentException;
import org.dateline.ingest.DocumentMetadata;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.InputLimits;
import org.dateline.ingest.MediaTypes;
import org.dateline.ingest.SourceDocument;

/**
 * RSS 2.0 and Atom feeds: each item becomes a document named {@code FEED#N} with its link, title,
 * date and the channel's title as outlet; HTML content goes on to the HTML reader, plain text to the
 * text reader. Parsed as a stream with the JDK's StAX parser, DTDs and external entities off (no XXE,
 * no entity expansion bombs). A feed that breaks off keeps the items read before the break.
 */
public final class FeedReader implements ContainerReader {
    @Override
    public String mediaType() {
        return MediaTypes.FEED;
    }

    @Override
    public void read(String name, InputStream in, InputLimits limits, DocumentSink sink) {
        FeedText text;
        try {
            text = FeedText.decode(in.readAllBytes());
        } catch (IOException e) {
            sink.failed(new DocumentException(name, "cannot read feed: " + e.getMessage(), e));
            return;
        }
        if (text.warning() != null) {
            sink.warning(name, text.warning());
        }
        int items = 0;
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(new StringReader(text.xml()));
            FeedParser parser = new FeedParser(xml);
            FeedItem item;
            while ((item = parser.nextItem()) != null) {
                items++;
                if (items > limits.maxItems()) {
                    sink.failed(new DocumentException(name, "feed holds more than " + limits.maxItems()
                            + " items; the items after " + limits.maxItems() + " were not read (--max-items)"));
                    return;
                }
                emit(name + "#" + items, item, parser.outlet(), sink);
            }
            if (!parser.sawFeedRoot()) {
                sink.failed(new DocumentException(name, "not an RSS or Atom feed: the root element is <"
                        + parser.rootName() + ">"));
            } else if (items == 0) {
                sink.failed(new DocumentException(name, "feed has no items"));
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber();
            sink.failed(new DocumentException(name, "malformed feed XML" + where + ": " + firstLine(e.getMessage())
                    + (items == 0 ? "; no item read" : items == 1 ? "; the item before it was read"
                    : "; the " + items + " items before it were read"), e));
        }
    }

    private static void emit(String path, FeedItem item, String outlet, DocumentSink sink) {
        if (item.content() == null || item.content().isBlank()) {
            String what = item.link() != null ? item.link() : item.title() != null ? "\"" + item.title() + "\"" : "";
            sink.failed(new DocumentException(path, "feed item " + what
                    + " has no content, summary or description; nothing to analyze"));
            return;
        }
        String type = item.html() ? MediaTypes.HTML : MediaTypes.TEXT;
        DocumentMetadata meta = new DocumentMetadata(null, item.link(), item.title(), outlet, item.published(), type);
        sink.accept(new SourceDocument(path, item.content().getBytes(StandardCharsets.UTF_8), meta));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** A parser that reads no DTD and resolves no external entity; text comes as one piece. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
