package org.dateline.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Builds a hand-annotated text for tests: write {@code [Doha|LOCATION]} for a NER mention; every
 * capitalized word outside brackets is a proper noun without NER type, the rest common words. The
 * whole text is one sentence.
 */
final class TextFixture {
    private static final Pattern MARKUP = Pattern.compile("\\[([^|\\]]+)\\|([A-Z]+)\\]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’.-]+|[^\\s]");

    private TextFixture() {
    }

    static AnnotatedText annotate(String markup) {
        StringBuilder text = new StringBuilder();
        List<int[]> mentionSpans = new ArrayList<>();
        List<String> mentionTypes = new ArrayList<>();
        Matcher m = MARKUP.matcher(markup);
        int last = 0;
        while (m.find()) {
            text.append(markup, last, m.start());
            int begin = text.length();
            text.append(m.group(1));
            mentionSpans.add(new int[] {begin, text.length()});
            mentionTypes.add(m.group(2));
            last = m.end();
        }
        text.append(markup.substring(last));
        String s = text.toString();
        List<Token> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            String word = w.group();
            if (word.endsWith(".") && word.length() > 1 && word.indexOf('.') == word.length() - 1) {
                word = word.substring(0, word.length() - 1); // sentence-final period is its own token
            }
            String ner = "O";
            for (int i = 0; i < mentionSpans.size(); i++) {
                if (mentionSpans.get(i)[0] <= w.start() && w.start() < mentionSpans.get(i)[1]) {
                    ner = mentionTypes.get(i);
                }
            }
            String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(tokens.size(), w.start(), w.start() + word.length(), word, word, pos, ner));
        }
        List<NerMention> mentions = new ArrayList<>();
        for (int i = 0; i < mentionSpans.size(); i++) {
            int[] sp = mentionSpans.get(i);
            int first = -1;
            int end = -1;
            for (Token t : tokens) {
                if (t.begin() >= sp[0] && t.end() <= sp[1]) {
                    first = first < 0 ? t.index() : first;
                    end = t.index() + 1;
                }
            }
            mentions.add(new NerMention(sp[0], sp[1], s.substring(sp[0], sp[1]), mentionTypes.get(i), 0, first, end));
        }
        Sentence sentence = new Sentence(0, 0, s.length(), tokens, List.of(), List.of());
        return new AnnotatedText(s, List.of(sentence), mentions, List.of());
    }
}
