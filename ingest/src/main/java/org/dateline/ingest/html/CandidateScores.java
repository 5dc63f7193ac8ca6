package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Scores every element as a possible article container from the paragraphs below it, after
 * Readability: each paragraph of at least 25 characters gives its container points for its length and
 * its commas, and gives a diminishing share to the containers above; class and id names add or take
 * points; and the total shrinks with the share of link text, which is what menus and link lists are.
 */
final class CandidateScores {
    static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private final Map<Element, double[]> raw = new IdentityHashMap<>();
    private final Map<Element, int[]> chars = new IdentityHashMap<>();
    /** Paragraph points summed over all descendants at any depth, without the decay: how much prose an element holds. */
    private final Map<Element, double[]> prose = new IdentityHashMap<>();
    private final boolean weighClasses;

    private CandidateScores(boolean weighClasses) {
        this.weighClasses = weighClasses;
    }

    static CandidateScores of(Element root, List<TextBlocks.Block> blocks, boolean weighClasses) {
        CandidateScores s = new CandidateScores(weighClasses);
        for (TextBlocks.Block b : blocks) {
            s.countChars(b, root);
        }
        for (TextBlocks.Block b : blocks) {
            s.score(b, root);
        }
        return s;
    }

    private void countChars(TextBlocks.Block b, Element root) {
        for (Element e = b.owner(); e != null; e = e == root ? null : e.parent()) {
            int[] c = chars.computeIfAbsent(e, k -> new int[2]);
            c[0] += b.text().length();
            c[1] += b.linkChars();
        }
    }

    private void score(TextBlocks.Block b, Element root) {
        String text = b.text();
        if (text.length() < MIN_PARAGRAPH || b.kind() == TextBlocks.Kind.HEADING) {
            return;
        }
        double points = 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
        Element owner = b.owner();
        for (Element e = owner; e != null; e = e == root ? null : e.parent()) {
            prose.computeIfAbsent(e, k -> new double[1])[0] += points;
        }
        Element start = hasBlockChildren(owner) || owner == root ? owner : owner.parent();
        int level = 0;
        for (Element e = start; e != null && level < ANCESTOR_LEVELS; e = e == root ? null : e.parent(), level++) {
            double[] score = raw.computeIfAbsent(e, this::initial);
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            score[0] += points / divider;
        }
    }

    private static boolean hasBlockChildren(Element e) {
        for (Element child : e.children()) {
            if (TextBlocks.isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private double[] initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article")) {
            base += 10;
        }
        return new double[] {base + (weighClasses ? Hints.weight(e) : 0)};
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c') {
                n++;
            }
        }
        return n;
    }

    boolean isCandidate(Element e) {
        return raw.containsKey(e);
    }

    /** The container score scaled by the share of text that is not link text. */
    double score(Element e) {
        double[] s = raw.get(e);
        return s == null ? 0 : s[0] * (1 - linkDensity(e));
    }

    /** The undecayed prose points of an element, scaled like {@link #score} by its share of non-link text. */
    double prose(Element e) {
        double[] p = prose.get(e);
        return p == null ? 0 : p[0] * (1 - linkDensity(e));
    }

    double linkDensity(Element e) {
        int[] c = chars.get(e);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    int textLength(Element e) {
        int[] c = chars.get(e);
        return c == null ? 0 : c[0];
    }

    List<Element> ranked() {
        List<Element> all = new ArrayList<>(raw.keySet());
        all.sort(Comparator.comparingDouble((Element e) -> score(e)).reversed());
        return all;
    }
}
