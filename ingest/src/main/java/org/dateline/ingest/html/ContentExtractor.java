package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article body in a cleaned page and returns its paragraphs. Three steps: pick the best
 * container by {@link CandidateScores} (or the element the page marks as the body), add sibling
 * containers that look like more of the same, then prune furniture inside the chosen containers and
 * drop boilerplate lines ({@link BlockFilter}). When a strict first pass yields little text, the
 * extraction is repeated with looser settings, as Readability does.
 */
final class ContentExtractor {
    private static final int ENOUGH_TEXT = 500;
    private static final int MIN_TOP_CANDIDATES = 3;
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
            "header", "article");
    private static final Set<String> NEVER_PRUNED = Set.of("body", "html", "main", "article");

    /** The settings of one pass, strictest first. */
    private record Pass(boolean pruneUnlikely, boolean weighClasses, boolean cleanConditionally) {
    }

    private static final List<Pass> PASSES = List.of(new Pass(true, true, true), new Pass(false, true, true),
            new Pass(false, false, true), new Pass(false, false, false));

    private ContentExtractor() {
    }

    /** One paragraph of the body and whether it is a heading. */
    record Paragraph(String text, boolean heading) {
    }

    static List<Paragraph> extract(Element cleanedBody, PageMetadata meta) {
        List<Paragraph> fromPage = extractFromPage(cleanedBody, meta);
        return preferStructuredBody(fromPage, meta.structuredBody());
    }

    /**
     * The JSON-LD body is the publisher's own statement of the text, but often shortened to a teaser
     * and without paragraph breaks; it wins only when the page yields far less than it holds.
     */
    private static List<Paragraph> preferStructuredBody(List<Paragraph> fromPage, String structured) {
        if (structured == null || structured.length() < ENOUGH_TEXT) {
            return fromPage;
        }
        int pageLength = fromPage.stream().mapToInt(p -> p.text().length()).sum();
        if (pageLength * 2 >= structured.length()) {
            return fromPage;
        }
        List<Paragraph> out = new ArrayList<>();
        for (String line : structured.split("\\n+|\\r+")) {
            String text = TextBlocks.collapse(org.jsoup.parser.Parser.unescapeEntities(line, false));
            if (!text.isEmpty()) {
                out.add(new Paragraph(text, false));
            }
        }
        return out;
    }

    private static List<Paragraph> extractFromPage(Element cleanedBody, PageMetadata meta) {
        List<Paragraph> best = List.of();
        int bestLength = -1;
        for (Pass pass : PASSES) {
            List<Paragraph> result = extractOnce(cleanedBody.clone(), pass, meta);
            int length = result.stream().mapToInt(p -> p.text().length()).sum();
            if (length > bestLength) {
                best = result;
                bestLength = length;
            }
            if (length >= ENOUGH_TEXT) {
                break;
            }
        }
        return best;
    }

    private static List<Paragraph> extractOnce(Element body, Pass pass, PageMetadata meta) {
        if (pass.pruneUnlikely()) {
            pruneUnlikely(body);
        }
        List<TextBlocks.Block> blocks = TextBlocks.of(body);
        CandidateScores scores = CandidateScores.of(body, blocks, pass.weighClasses());
        Element top = topCandidate(body, scores);
        List<Element> containers = withSiblings(top, scores);
        List<Paragraph> out = new ArrayList<>();
        for (Element container : containers) {
            if (pass.cleanConditionally()) {
                cleanConditionally(container);
            }
            for (TextBlocks.Block b : TextBlocks.of(container)) {
                if (BlockFilter.keep(b)) {
                    out.add(new Paragraph(b.text(), b.kind() == TextBlocks.Kind.HEADING));
                }
            }
        }
        return BlockFilter.trimEdges(out, meta.title());
    }

    /** Removes elements whose names mark them as furniture, unless they hold most of the page's prose. */
    static void pruneUnlikely(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (NEVER_PRUNED.contains(e.normalName()) || e == body) {
                continue;
            }
            if (Hints.weight(e) < 0 && !containsMarkedBody(e) && !isProtected(e)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /**
     * Names inside tables and code say nothing about the page layout, links are judged by density
     * instead, and quoted posts (a tweet in a "social embed" box) are part of the story.
     */
    private static boolean isProtected(Element e) {
        if (e.normalName().equals("a") || !e.getElementsByTag("blockquote").isEmpty()) {
            return true;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsMarkedBody(Element e) {
        return !e.select("article, main, [itemprop=articleBody]").isEmpty();
    }

    static Element topCandidate(Element body, CandidateScores scores) {
        List<Element> ranked = scores.ranked();
        if (ranked.isEmpty()) {
            return body;
        }
        Element top = ranked.get(0);
        double topScore = scores.score(top);
        // several strong candidates under one ancestor mean the body is split: take the ancestor
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (scores.score(ranked.get(i)) / topScore >= 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() >= MIN_TOP_CANDIDATES) {
            for (Element ancestor = top.parent(); ancestor != null && ancestor != body.parent(); ancestor = ancestor.parent()) {
                final Element a = ancestor;
                long contained = alternatives.stream().filter(alt -> alt.parents().contains(a)).count();
                if (contained >= MIN_TOP_CANDIDATES) {
                    top = ancestor;
                    break;
                }
            }
        }
        // a lone child carries no more information than its parent
        while (top.parent() != null && top != body && top.parent().children().size() == 1
                && top.parent() != body) {
            top = top.parent();
        }
        return top;
    }

    static List<Element> withSiblings(Element top, CandidateScores scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (scores.isCandidate(sibling) && scores.score(sibling) + bonus >= threshold) {
                out.add(sibling);
            } else if (Hints.weight(sibling) >= 0 && scores.linkDensity(sibling) < 0.25
                    && scores.prose(sibling) >= Math.max(10, scores.prose(top) * 0.2)) {
                // prose nested too deep to reach the sibling's own score is still more of the body
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = TextBlocks.collapse(sibling.text());
                double linkDensity = scores.linkDensity(sibling);
                if ((text.length() > 80 && linkDensity < 0.25)
                        || (text.length() > 0 && text.length() <= 80 && linkDensity == 0 && text.matches(".*[.!?]\\W*$"))) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /** Readability's "clean conditionally": drops sub-containers that look like lists of links, forms or furniture. */
    static void cleanConditionally(Element container) {
        Elements all = container.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (!CONDITIONAL.contains(e.normalName()) || e.parent() == null || e == container) {
                continue;
            }
            if (e.getElementsByTag("blockquote").isEmpty()
                    && ElementStats.of(e).looksLikeFurniture(Hints.weight(e))) {
                e.remove();
            }
        }
        for (Element h : container.select("h1, h2, h3, h4, h5, h6")) {
            if (Hints.weight(h) < 0 || ElementStats.of(h).linkDensity() > 0.33) {
                h.remove();
            }
        }
    }
}
