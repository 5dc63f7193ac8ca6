package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts an element into text blocks the way a browser lays it out: every block-level element (and a
 * double line break) ends a block; inline text runs on with its whitespace collapsed. Each block
 * remembers the element that holds it and how much of its text sits inside links.
 */
final class TextBlocks {
    /** Elements that start a new line in a browser. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "aside", "header",
            "footer", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
            "form", "fieldset", "address", "hr", "center", "body", "html", "details", "summary", "dialog",
            "hgroup", "menu", "noscript", "legend", "option", "output", "video", "audio", "canvas");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+");

    /** What kind of line a block is, from the element that holds it. */
    enum Kind {
        PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, CELL, OTHER
    }

    /** One line of text, the element that holds it, and how many of its characters are link text. */
    record Block(String text, Element owner, int linkChars, Kind kind) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    private TextBlocks() {
    }

    static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    static boolean isBlock(Node n) {
        return n instanceof Element e && BLOCK_TAGS.contains(e.normalName());
    }

    static Kind kindOf(Element owner) {
        return switch (owner.normalName()) {
            case "p" -> Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
            case "li", "dd", "dt" -> Kind.LIST_ITEM;
            case "blockquote" -> Kind.QUOTE;
            case "pre" -> Kind.PREFORMATTED;
            case "td", "th" -> Kind.CELL;
            default -> Kind.OTHER;
        };
    }

    static List<Block> of(Element root) {
        Collector c = new Collector(root);
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.blocks;
    }

    /** Walks the tree once, without recursion, so deeply nested pages cannot overflow the stack. */
    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final List<Element> owners = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private boolean lastWasBreak;

        Collector(Element root) {
            owners.add(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (!s.isBlank()) {
                    lastWasBreak = false;
                }
                int before = collapsedLength();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += Math.max(0, collapsedLength() - before);
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    if (lastWasBreak) {
                        flush();
                    }
                    text.append(' ');
                    lastWasBreak = true;
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    owners.add(e);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                    flush();
                    owners.remove(owners.size() - 1);
                }
            }
        }

        private int collapsedLength() {
            // cheap upper bound is enough for link accounting; exact collapse happens at flush
            return text.length();
        }

        void flush() {
            lastWasBreak = false;
            if (text.length() == 0) {
                return;
            }
            int rawLength = text.length();
            String s = collapse(text.toString());
            text.setLength(0);
            int links = linkChars;
            linkChars = 0;
            if (s.isEmpty()) {
                return;
            }
            int scaledLinks = rawLength == 0 ? 0 : (int) Math.round((double) links * s.length() / rawLength);
            Element owner = owners.get(owners.size() - 1);
            blocks.add(new Block(s, owner, Math.min(scaledLinks, s.length()), kindOf(owner)));
        }
    }
}
