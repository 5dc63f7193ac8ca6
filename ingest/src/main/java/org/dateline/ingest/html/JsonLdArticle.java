package org.dateline.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in schema.org JSON-LD ({@code NewsArticle} and its kin): headline,
 * author names, dates, publisher and body. Blocks that do not parse are skipped: JSON-LD is a hint,
 * and many pages ship broken JSON there.
 */
record JsonLdArticle(String headline, String author, String datePublished, String publisher, String body, String url) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "socialmediaposting", "webpage",
            "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle", "report", "scholarlyarticle",
            "techarticle", "medicalwebpage", "itempage");

    static JsonLdArticle find(Document doc) {
        JsonLdArticle best = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue; // a broken JSON-LD block carries no evidence; the page's HTML still does
            }
            for (JsonNode node : flatten(root)) {
                if (!isArticle(node)) {
                    continue;
                }
                JsonLdArticle candidate = of(node);
                if (best == null || candidate.weight() > best.weight()) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Prefer the node that says most: a body beats none, a news type beats a plain web page. */
    private int weight() {
        return (body != null ? 4 : 0) + (headline != null ? 1 : 0) + (datePublished != null ? 1 : 0);
    }

    private static List<JsonNode> flatten(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        if (root.isArray()) {
            root.forEach(n -> out.addAll(flatten(n)));
        } else if (root.isObject()) {
            out.add(root);
            if (root.has("@graph")) {
                out.addAll(flatten(root.get("@graph")));
            }
            if (root.has("mainEntity")) {
                out.addAll(flatten(root.get("mainEntity")));
            }
        }
        return out;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)));
    }

    private static JsonLdArticle of(JsonNode node) {
        return new JsonLdArticle(text(node.get("headline")), names(node.get("author")),
                text(node.get("datePublished")), names(node.get("publisher")),
                text(node.get("articleBody")), text(node.get("url")));
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** One name, or several joined by "and"; a person or organization may be a string, an object or a list. */
    private static String names(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(item -> {
                String s = names(item);
                if (s != null) {
                    names.add(s);
                }
            });
        } else if (n.isObject()) {
            String s = text(n.get("name"));
            if (s != null) {
                names.add(s);
            }
        } else {
            String s = text(n);
            if (s != null) {
                names.add(s);
            }
        }
        return names.isEmpty() ? null : String.join(" and ", names);
    }
}
