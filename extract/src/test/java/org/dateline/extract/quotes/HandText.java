package org.dateline.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Hand-built texts of several sentences for the fast quote tests: each sentence is appended to the text as {@link
 * HandParse} builds one (tokens {@code word/lemma/POS[/NER]}, edges {@code relation governor dependent}), with what
 * the test puts between them.
 */
final class HandText {
    private HandText() {
    }

    /** Sentence {@code index}, appended to {@code text} with single spaces between its words. */
    static Sentence append(int index, StringBuilder text, String tokens, String... edges) {
        int begin = text.length();
        List<Token> toks = new ArrayList<>();
        for (String t : tokens.split(" ")) {
            String[] f = t.split("/");
            if (!toks.isEmpty()) {
                text.append(' ');
            }
            toks.add(new Token(toks.size(), text.length(), text.length() + f[0].length(), f[0], f[1], f[2],
                    f.length > 3 ? f[3] : "O"));
            text.append(f[0]);
        }
        List<Dependency> deps = new ArrayList<>();
        for (String e : edges) {
            String[] f = e.split(" ");
            deps.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        return new Sentence(index, begin, text.length(), toks, deps, deps);
    }
}
