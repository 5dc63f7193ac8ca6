package org.dateline.extract;

import org.dateline.model.Article;
import org.dateline.model.Section;
import org.dateline.model.SectionKind;

/**
 * The article text as the NLP stage should see it: same length and offsets, with the dateline blanked
 * out so that "Doha, November 24 (RHC)--" does not become the subject of the lead sentence. The
 * dateline's place and date are already structured by the reader.
 */
final class NlpText {
    private NlpText() {
    }

    static String of(Article article) {
        char[] chars = article.text().toCharArray();
        for (Section s : article.sections()) {
            if (s.kind() == SectionKind.DATELINE) {
                for (int i = s.begin(); i < s.end(); i++) {
                    if (!Character.isWhitespace(chars[i])) {
                        chars[i] = ' ';
                    }
                }
            }
        }
        return new String(chars);
    }
}
