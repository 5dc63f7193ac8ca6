package org.dateline.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Hand-built parses for the fast quote tests (sentences written for the tests): tokens as {@code
 * word/lemma/POS[/NER]} separated by single spaces, the text being the words joined by single spaces; basic
 * edges as {@code relation governor dependent}, governor -1 for the root.
 */
final class HandParse {
    private HandParse() {
    }

    static Sentence sentence(String tokens, String... edges) {
        List<Token> toks = new ArrayList<>();
        int offset = 0;
        for (String t : tokens.split(" ")) {
            String[] f = t.split("/");
            toks.add(new Token(toks.size(), offset, offset + f[0].length(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O"));
            offset += f[0].length() + 1;
        }
        List<Dependency> deps = new ArrayList<>();
        for (String e : edges) {
            String[] f = e.split(" ");
            deps.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        return new Sentence(0, 0, Math.max(0, offset - 1), toks, deps, deps);
    }

    /** The text the offsets of {@link #sentence} point into. */
    static String text(Sentence s) {
        StringBuilder text = new StringBuilder();
        for (Token t : s.tokens()) {
            text.append(text.length() > 0 ? " " : "").append(t.word());
        }
        return text.toString();
    }

    /** What the reported-speech stage finds in the one sentence, with no quotation marks. */
    static List<Attribution> reported(Sentence s) {
        return new ClauseAttributor().find(new AnnotatedText(text(s), List.of(s), List.of(), List.of()), List.of())
                .attributions();
    }
}
