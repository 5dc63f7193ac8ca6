package org.dateline.eval.geo;

import java.io.PrintWriter;
import java.util.List;

/** Human-readable error listing for one article: missed gold toponyms, false positives, far resolutions. */
final class GeoDetails {
    private GeoDetails() {
    }

    static void write(PrintWriter out, GoldArticle gold, List<PredictedToponym> predicted) {
        String text = gold.text();
        for (GoldToponym g : gold.toponyms()) {
            if (!g.hasCoordinates()) {
                continue;
            }
            PredictedToponym hit = null;
            for (PredictedToponym p : predicted) {
                if (p.begin() < g.end() && g.begin() < p.end()) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                out.printf("%s\tMISS\t%s\t%s%n", gold.id(), g.text(), context(text, g.begin(), g.end()));
            } else if (!hit.hasCoordinates()) {
                out.printf("%s\tNOCOORD\t%s\tpredicted '%s'\t%s%n", gold.id(), g.text(),
                        text.substring(hit.begin(), hit.end()), context(text, g.begin(), g.end()));
            } else {
                double km = GeoScorer.distanceKm(hit.lat(), hit.lon(), g.lat(), g.lon());
                if (km > GeoScorer.ACCURACY_KM) {
                    out.printf("%s\tFAR\t%s\t%.0f km\tpredicted %s %.3f,%.3f gold %.3f,%.3f\t%s%n", gold.id(), g.text(),
                            km, hit.resolvedTo(), hit.lat(), hit.lon(), g.lat(), g.lon(),
                            context(text, g.begin(), g.end()));
                }
            }
        }
        for (PredictedToponym p : predicted) {
            boolean overlaps = gold.toponyms().stream().anyMatch(g -> p.begin() < g.end() && g.begin() < p.end());
            if (!overlaps) {
                out.printf("%s\tFP\t%s\t%s\t%s%n", gold.id(), text.substring(p.begin(), p.end()), p.resolvedTo(),
                        context(text, p.begin(), p.end()));
            }
        }
        out.flush();
    }

    /** The mention in [brackets] with a few words either side, on one line. */
    static String context(String text, int begin, int end) {
        int from = Math.max(0, begin - 50);
        int to = Math.min(text.length(), end + 50);
        return (text.substring(from, begin) + "[" + text.substring(begin, end) + "]" + text.substring(end, to))
                .replaceAll("\\s+", " ");
    }
}
