package org.dateline.model;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** The test kit: every module's tests call this on every record they produce. */
public final class AnalysisAssertions {
    private AnalysisAssertions() {
    }

    /** Fails listing every span that does not point at its own text and every dangling id. */
    public static void assertSpansPointAtText(Analysis a) {
        List<String> problems = SpanCheck.problems(a);
        if (!problems.isEmpty()) {
            fail("record of " + a.document().path() + " has " + problems.size() + " bad spans/ids:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Fails unless every section lies inside the text and sections do not overlap. */
    public static void assertSectionsWellFormed(Article article) {
        int last = 0;
        for (Section s : article.sections()) {
            if (s.begin() < last) {
                fail("section " + s + " overlaps the one before it");
            }
            if (s.end() > article.text().length()) {
                fail("section " + s + " runs past the text");
            }
            last = s.end();
        }
    }
}
