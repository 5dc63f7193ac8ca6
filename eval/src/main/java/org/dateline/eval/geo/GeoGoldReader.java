package org.dateline.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the two geoparsing gold layouts: GeoWebNews ({@code <article file>}, toponyms with
 * {@code latitude}/{@code longitude}) and LGL ({@code <article docid>}, toponyms with a
 * {@code gaztag} holding {@code lat}/{@code lon}). Both give {@code start}/{@code end} as character
 * (code point) offsets into {@code <text>}; they are turned into Java string offsets here.
 */
public final class GeoGoldReader {
    private GeoGoldReader() {
    }

    public static List<GoldArticle> read(Path file) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = f.newDocumentBuilder();
            doc = builder.parse(in, file.toString());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot parse geo gold file " + file + ": " + e.getMessage(), e);
        }
        List<GoldArticle> out = new ArrayList<>();
        NodeList articles = doc.getDocumentElement().getElementsByTagName("article");
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String id = a.hasAttribute("docid") ? a.getAttribute("docid")
                    : a.hasAttribute("file") ? a.getAttribute("file") : String.valueOf(i);
            String text = childText(a, "text");
            if (text == null) {
                throw new IOException(file + ": article " + id + " has no <text>");
            }
            List<GoldToponym> toponyms = new ArrayList<>();
            int unusable = 0;
            NodeList tops = a.getElementsByTagName("toponym");
            for (int t = 0; t < tops.getLength(); t++) {
                GoldToponym g = toponym((Element) tops.item(t), text, file, id);
                if (g == null) {
                    unusable++;
                } else {
                    toponyms.add(g);
                }
            }
            String outlet = childText(a, "domain") != null ? childText(a, "domain") : childText(a, "link");
            out.add(new GoldArticle(id, text, toponyms, unusable, outlet == null ? null : outlet.strip()));
        }
        return out;
    }

    /** The toponym, or null when its offsets fall outside the text (a few gold entries do). */
    private static GoldToponym toponym(Element t, String text, Path file, String articleId) throws IOException {
        try {
            int start = Integer.parseInt(childText(t, "start").strip());
            int end = Integer.parseInt(childText(t, "end").strip());
            int codePoints = text.codePointCount(0, text.length());
            if (start < 0 || end <= start || end > codePoints) {
                return null;
            }
            int begin = text.offsetByCodePoints(0, start);
            int stop = text.offsetByCodePoints(begin, end - start);
            Double lat = number(t, "latitude", "lat");
            Double lon = number(t, "longitude", "lon");
            return new GoldToponym(begin, stop, text.substring(begin, stop), lat, lon);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IOException(file + ": article " + articleId + ": unreadable toponym: " + e, e);
        }
    }

    private static Double number(Element t, String tag, String gaztagTag) {
        String v = childText(t, tag);
        if (v == null) {
            Element gaztag = firstChild(t, "gaztag");
            v = gaztag == null ? null : childText(gaztag, gaztagTag);
        }
        return v == null || v.isBlank() ? null : Double.valueOf(v.strip());
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String tag) {
        Element e = firstChild(parent, tag);
        return e == null ? null : e.getTextContent();
    }
}
