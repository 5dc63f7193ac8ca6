package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** The text of the sentence {@link #found} read last: the tests read single sentences, one at a time. */
    private static String lastText;

    /** What the reported-speech stage finds in the hand-built sentence; its spans read by {@link #content}. */
    static List<Attribution> found(String tokens, String... edges) {
        Sentence s = sentence(tokens, edges);
        lastText = text(s);
        return new ClauseAttributor().find(new AnnotatedText(lastText, List.of(s), List.of(), List.of()), List.of())
                .attributions();
    }

    static String content(Attribution a) {
        return lastText.substring(a.contentBegin, a.contentEnd);
    }

    static String speaker(Attribution a) {
        return a.speakerBegin < 0 ? "" : lastText.substring(a.speakerBegin, a.speakerEnd);
    }

    static Attribution only(List<Attribution> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
